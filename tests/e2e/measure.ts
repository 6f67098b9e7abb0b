// Measurements of what is on screen, for the browser tests: the size of every visible
// piece of text as drawn (its font size times any scale of its ancestors), and the
// boxes a container cuts off.

import type { Page } from '@playwright/test';

export interface TypeSizes {
  count: number;
  min: number;
  median: number;
  /** The smallest few, with their text, for a failure message. */
  smallest: string[];
}

/** Every visible text run inside `within`, sized as drawn on screen. */
export function typeSizes(page: Page, within = 'body'): Promise<TypeSizes> {
  return page.evaluate((within) => {
    const root = document.querySelector(within);
    const sizes: Array<{ px: number; text: string }> = [];
    if (root) {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const text = (n.textContent ?? '').trim();
        const el = n.parentElement;
        if (!text || !el || el.closest('svg')) continue;
        const r = el.getBoundingClientRect();
        const style = getComputedStyle(el);
        if (r.width === 0 || r.height === 0 || style.visibility === 'hidden') continue;
        // Text that is there only for screen readers is clipped to a pixel: not drawn.
        if (r.width <= 1 && r.height <= 1) continue;
        // The drawn size: the computed size times the scale of every transform above it.
        let scale = 1;
        for (let a: Element | null = el; a; a = a.parentElement) {
          const t = getComputedStyle(a).transform;
          if (t && t !== 'none') scale *= new DOMMatrixReadOnly(t).a;
        }
        sizes.push({ px: Number.parseFloat(style.fontSize) * scale, text: text.slice(0, 24) });
      }
    }
    sizes.sort((a, b) => a.px - b.px);
    const px = sizes.map((s) => s.px);
    return {
      count: px.length,
      min: px[0] ?? 0,
      median: px[Math.floor(px.length / 2)] ?? 0,
      smallest: sizes.slice(0, 5).map((s) => `${s.px.toFixed(1)}px "${s.text}"`),
    };
  }, within);
}

/**
 * The elements matching `selector` that are not whole on screen: outside the viewport,
 * or cut by an ancestor that clips its overflow. Each as "what: why".
 */
export function notWhole(page: Page, selector: string): Promise<string[]> {
  return page.evaluate((selector) => {
    const out: string[] = [];
    const vw = window.innerWidth;
    const vh = window.innerHeight;
    for (const el of document.querySelectorAll<HTMLElement>(selector)) {
      const r = el.getBoundingClientRect();
      const name = `${el.dataset.testid ?? el.tagName}${el.dataset.id ? `[${el.dataset.id}]` : ''}${el.dataset.op ? `[${el.dataset.op}]` : ''}`;
      if (r.width === 0 && r.height === 0) {
        out.push(`${name}: not drawn`);
        continue;
      }
      if (r.left < -0.5 || r.top < -0.5 || r.right > vw + 0.5 || r.bottom > vh + 0.5) out.push(`${name}: outside the window ${JSON.stringify(r)}`);
      for (let a = el.parentElement; a; a = a.parentElement) {
        const s = getComputedStyle(a);
        if (s.overflowX === 'visible' && s.overflowY === 'visible') continue;
        const b = a.getBoundingClientRect();
        if (r.left < b.left - 0.5 || r.top < b.top - 0.5 || r.right > b.right + 0.5 || r.bottom > b.bottom + 0.5) {
          out.push(`${name}: cut by ${a.className || a.tagName}`);
          break;
        }
      }
    }
    return out;
  }, selector);
}
