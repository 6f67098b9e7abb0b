// ::before and ::after boxes that are absolutely positioned, such as a badge pinned to
// a corner (the "!" on an object in a broken invariant): their box, and their text
// placed as the browser centres it in the line. They are not in the DOM, so no Range
// can measure them; their computed style gives their used position and size.
// List markers (bullets, numbers, a <summary>'s triangle) are drawn as text at the
// start of the first line. Inline generated content (a zero-width break, a counter) is
// not drawn.

import { boxPaint, type Box, type Defs } from './cssBox';
import type { SvgNode } from './svgTree';
import { num } from './svgTree';
import { textAttrs } from './paintText';
import { ascentOf, fontOf, textWidth } from './textLines';

export interface PseudoContext {
  ox: number;
  oy: number;
  defsApi: Defs;
}

const f = (v: string) => Number.parseFloat(v) || 0;

/** The quoted string of a `content` value, or null for anything else (counters, url(), attr()). */
export function contentString(content: string): string | null {
  const m = /^"((?:[^"\\]|\\.)*)"$/.exec(content.trim());
  return m ? (m[1] ?? '').replace(/\\(.)/g, '$1') : null;
}

export function pseudoPaint(el: HTMLElement, which: '::before' | '::after', ctx: PseudoContext): SvgNode[] {
  const cs = getComputedStyle(el, which);
  const text = contentString(cs.content);
  if (text === null || cs.display === 'none' || cs.visibility !== 'visible') return [];
  if (cs.position !== 'absolute' && cs.position !== 'fixed') return [];
  const [left, top, width, height] = [cs.left, cs.top, cs.width, cs.height].map((v) => Number.parseFloat(v));
  if (![left, top, width, height].every((v) => Number.isFinite(v))) return [];
  // The containing block: the nearest positioned box, the element itself included.
  let cb: Element | null = el;
  while (cb && cb !== document.documentElement && getComputedStyle(cb).position === 'static') cb = cb.parentElement;
  if (!cb) return [];
  const r = cs.position === 'fixed' ? { left: 0, top: 0 } : cb.getBoundingClientRect();
  const cbx = r.left + (cs.position === 'fixed' ? 0 : cb.clientLeft);
  const cby = r.top + (cs.position === 'fixed' ? 0 : cb.clientTop);
  // `*` does not reach pseudo-elements, so their box-sizing is their own.
  const extraW = cs.boxSizing === 'border-box' ? 0 : f(cs.paddingLeft) + f(cs.paddingRight) + f(cs.borderLeftWidth) + f(cs.borderRightWidth);
  const extraH = cs.boxSizing === 'border-box' ? 0 : f(cs.paddingTop) + f(cs.paddingBottom) + f(cs.borderTopWidth) + f(cs.borderBottomWidth);
  const b: Box = { x: cbx + (left as number) + f(cs.marginLeft) - ctx.ox, y: cby + (top as number) + f(cs.marginTop) - ctx.oy, w: (width as number) + extraW, h: (height as number) + extraH };
  const out = boxPaint(cs, b, ctx.defsApi);
  const attrs = text.trim() ? textAttrs(cs, null) : null;
  if (!attrs) return out;
  const font = fontOf(cs);
  const innerX = b.x + f(cs.borderLeftWidth) + f(cs.paddingLeft);
  const innerW = b.w - f(cs.borderLeftWidth) - f(cs.paddingLeft) - f(cs.paddingRight) - f(cs.borderRightWidth);
  const tw = textWidth(font, text);
  const align = cs.textAlign;
  const x = align === 'center' ? innerX + (innerW - tw) / 2 : align === 'right' || align === 'end' ? innerX + innerW - tw : innerX;
  const size = f(cs.fontSize);
  const lineHeight = cs.lineHeight === 'normal' ? size * 1.2 : f(cs.lineHeight);
  const m = measure(font);
  // The glyphs' ascent + descent sit centred in the line box, as CSS lays out one line.
  const y = b.y + f(cs.borderTopWidth) + f(cs.paddingTop) + (lineHeight - (m.a + m.d)) / 2 + m.a;
  out.push({ tag: 'text', attrs: { x: num(x), y: num(y), ...attrs }, text });
  return out;
}

function measure(font: string): { a: number; d: number } {
  const c = document.createElement('canvas').getContext('2d');
  if (!c) return { a: 0, d: 0 };
  c.font = font;
  const t = c.measureText('Hg');
  return { a: t.fontBoundingBoxAscent, d: t.fontBoundingBoxDescent };
}

const SYMBOLS: Record<string, string> = { disc: '\u2022', circle: '\u25e6', square: '\u25aa', 'disclosure-closed': '\u25b8', 'disclosure-open': '\u25be' };

/** The marker of a list item (or a <summary>), placed before or at the start of its first line. */
export function markerPaint(el: HTMLElement, cs: CSSStyleDeclaration, ctx: PseudoContext): SvgNode[] {
  if (cs.display !== 'list-item' || cs.listStyleImage !== 'none' || getComputedStyle(el, '::marker').content === 'none') return [];
  const type = cs.listStyleType;
  let marker = SYMBOLS[type];
  if (!marker && (type === 'decimal' || type === 'decimal-leading-zero')) {
    const parent = el.parentElement;
    const start = parent instanceof HTMLOListElement ? parent.start : 1;
    marker = `${start + [...(parent?.children ?? [])].filter((c) => c !== el && c.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING).length}.`;
  }
  if (!marker) return [];
  // The first line: the first text inside that the browser laid out.
  const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  let line: DOMRect | undefined;
  for (let t = walker.nextNode(); t && !line; t = walker.nextNode()) {
    range.selectNodeContents(t);
    line = [...range.getClientRects()].find((r) => r.width > 0 && r.height > 0);
  }
  if (!line) return [];
  const attrs = textAttrs(cs, null);
  if (!attrs) return [];
  const font = fontOf(cs);
  const r = el.getBoundingClientRect();
  const contentLeft = r.left + f(cs.borderLeftWidth) + f(cs.paddingLeft);
  const inside = cs.listStylePosition === 'inside';
  const x = inside ? contentLeft : contentLeft - textWidth(font, `${marker} `);
  const y = line.top + ascentOf(font, line.height);
  return [{ tag: 'text', attrs: { x: num(x - ctx.ox), y: num(y - ctx.oy), ...attrs }, text: marker }];
}
