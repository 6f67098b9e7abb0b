// Making the live page hold still while it is read: animations run to where they
// settle, and a transformed element is measured as laid out, then drawn through its
// matrix. Both touch the page only within the synchronous walk; nothing is painted
// in between, and whatever is changed is put back.

import { num } from './svgTree';

/**
 * Sets the element's transform to none for the walk (no paint happens in between), and
 * returns its matrix about its transform-origin in region coordinates. Transitions are
 * held off while it changes and while it is put back, so the page does not animate.
 */
export function untransform(el: HTMLElement, cs: CSSStyleDeclaration, ox: number, oy: number): { matrix: string; restore(): void } {
  const m = new DOMMatrix(cs.transform);
  const [tx = 0, ty = 0] = cs.transformOrigin.split(' ').map((v) => Number.parseFloat(v));
  const saved = ['transform', 'transition'].map((p) => [p, el.style.getPropertyValue(p), el.style.getPropertyPriority(p)] as const);
  el.style.setProperty('transition', 'none', 'important');
  el.style.setProperty('transform', 'none', 'important');
  const r = el.getBoundingClientRect();
  // M about the origin O: translate(O) * M * translate(-O), folded into one matrix.
  const px = r.left + tx - ox;
  const py = r.top + ty - oy;
  const e = m.e + px - m.a * px - m.c * py;
  const f = m.f + py - m.b * px - m.d * py;
  return {
    matrix: `matrix(${[m.a, m.b, m.c, m.d].map((v) => num(v, 5)).join(' ')} ${num(e, 2)} ${num(f, 2)})`,
    restore() {
      for (const [p, v, prio] of saved) {
        // Flush the restored transform before transitions come back, so none starts.
        if (p === 'transition') void getComputedStyle(el).transform;
        if (v) el.style.setProperty(p, v, prio);
        else el.style.removeProperty(p);
      }
    },
  };
}

/** Runs CSS and script animations in the region to their end: the export is a still of where they settle. */
export function settle(roots: Element[]): void {
  for (const a of document.getAnimations()) {
    const t = a.effect instanceof KeyframeEffect ? a.effect.target : null;
    if (!t || !roots.some((r) => r.contains(t))) continue;
    const end = a.effect?.getComputedTiming().endTime;
    if (typeof end === 'number' && Number.isFinite(end)) {
      try {
        a.finish();
      } catch {
        // An animation that cannot finish is drawn as it is now.
      }
    }
  }
}
