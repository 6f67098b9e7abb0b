// Making the live page hold still while it is read: animations run to where they
// settle, and a transformed element is measured as laid out, then drawn through its
// matrix. Both touch the page only within the synchronous walk; nothing is painted
// in between, and whatever is changed is put back.

import { num } from './svgTree';

/** An axis-aligned rectangle; an edge may be infinite (a side that does not clip). */
export interface Rect {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface Untransformed {
  /** The transform about its origin, in region coordinates, for the group drawn through it. */
  matrix: string;
  /**
   * A rectangle of the region (a clip of the panels around) in the element's own,
   * untransformed coordinates, where its inside is measured and drawn: the smallest
   * rectangle that holds it there.
   */
  local(r: Rect): Rect;
  restore(): void;
}

/** A 2D affine matrix as CSS and SVG write it: matrix(a b c d e f). */
export interface Affine {
  a: number;
  b: number;
  c: number;
  d: number;
  e: number;
  f: number;
}

const OPEN: Rect = { x1: -Infinity, y1: -Infinity, x2: Infinity, y2: Infinity };

/** The bounding box of `r` through the inverse of `m`; an infinite edge stays infinite. */
export function inverseRect(m: Affine, r: Rect): Rect {
  const det = m.a * m.d - m.b * m.c;
  if (!Number.isFinite(det) || Math.abs(det) < 1e-12) return OPEN;
  const inv = { a: m.d / det, b: -m.b / det, c: -m.c / det, d: m.a / det, e: (m.c * m.f - m.d * m.e) / det, f: (m.b * m.e - m.a * m.f) / det };
  if (Math.abs(inv.b) < 1e-9 && Math.abs(inv.c) < 1e-9) {
    // Scale and translate (a talk's stage): each axis on its own, infinities kept.
    const [x1, x2] = [inv.a * r.x1 + inv.e, inv.a * r.x2 + inv.e].sort((p, q) => p - q) as [number, number];
    const [y1, y2] = [inv.d * r.y1 + inv.f, inv.d * r.y2 + inv.f].sort((p, q) => p - q) as [number, number];
    return { x1, y1, x2, y2 };
  }
  // Rotated or skewed: the corners' box, and no clip where an edge is open.
  if (![r.x1, r.y1, r.x2, r.y2].every(Number.isFinite)) return OPEN;
  const xs: number[] = [];
  const ys: number[] = [];
  for (const [x, y] of [
    [r.x1, r.y1],
    [r.x2, r.y1],
    [r.x1, r.y2],
    [r.x2, r.y2],
  ] as const) {
    xs.push(inv.a * x + inv.c * y + inv.e);
    ys.push(inv.b * x + inv.d * y + inv.f);
  }
  return { x1: Math.min(...xs), y1: Math.min(...ys), x2: Math.max(...xs), y2: Math.max(...ys) };
}

/**
 * Sets the element's transform to none for the walk (no paint happens in between), and
 * returns its matrix about its transform-origin in region coordinates. Transitions are
 * held off while it changes and while it is put back, so the page does not animate.
 */
export function untransform(el: HTMLElement, cs: CSSStyleDeclaration, ox: number, oy: number): Untransformed {
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
  const about = { a: m.a, b: m.b, c: m.c, d: m.d, e, f };
  return {
    matrix: `matrix(${[m.a, m.b, m.c, m.d].map((v) => num(v, 5)).join(' ')} ${num(e, 2)} ${num(f, 2)})`,
    local: (r) => inverseRect(about, r),
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
