// Text as the browser laid it out: a text node split into its line boxes by measuring
// each character with a Range, and the font named so that another renderer picks the
// face Chromium used. Positions come from layout, never from re-flowing the text, so
// the export wraps exactly where the screen does.

import { splitTop } from './cssColor';

export interface Glyph {
  ch: string;
  left: number;
  right: number;
}

export interface LineBox {
  glyphs: Glyph[];
  top: number;
  bottom: number;
  /** The first glyph's box height: the primary font's ascent + descent, which places the baseline. */
  height: number;
}

const PRESERVE = new Set(['pre', 'pre-wrap', 'break-spaces']);

/**
 * The line boxes of adjacent text nodes of one element (React writes "T{tid}" as two),
 * in viewport coordinates, collapsed white space gone. Taken together, as the browser
 * shapes them: apart, a kerned pair such as "T1" would overlap by its kerning.
 */
export function lineBoxes(nodes: readonly Text[], whiteSpace: string): LineBox[] {
  const range = document.createRange();
  const keepSpace = PRESERVE.has(whiteSpace);
  const lines: LineBox[] = [];
  let cur: LineBox | null = null;
  for (const node of nodes) {
    const data = node.data;
    if (data.length === 0) continue;
    range.selectNodeContents(node);
    if (range.getClientRects().length === 0) continue;
    for (let i = 0; i < data.length; ) {
      const cp = data.codePointAt(i) ?? 0;
      const len = cp > 0xffff ? 2 : 1;
      range.setStart(node, i);
      range.setEnd(node, i + len);
      i += len;
      const r = range.getBoundingClientRect();
      // Collapsed white space, zero-width characters, and a line feed that ends a line.
      if (r.width <= 0.01 || r.height <= 0) continue;
      let ch = String.fromCodePoint(cp);
      if (ch === '\n' || ch === '\r') continue;
      if (!keepSpace && /\s/.test(ch) && ch !== '\u00a0') ch = ' ';
      const last = cur?.glyphs[cur.glyphs.length - 1];
      if (!cur || !last || Math.abs(r.top - cur.top) > r.height / 2 || r.left < last.right - 2) {
        cur = { glyphs: [], top: r.top, bottom: r.bottom, height: r.height };
        lines.push(cur);
      }
      cur.glyphs.push({ ch, left: r.left, right: r.right });
      cur.bottom = Math.max(cur.bottom, r.bottom);
    }
  }
  // The space at a soft wrap belongs to no visible line.
  for (const l of lines.slice(0, -1)) while (l.glyphs.length > 1 && l.glyphs[l.glyphs.length - 1]?.ch === ' ') l.glyphs.pop();
  return lines;
}

export function transformText(s: string, how: string): string {
  if (how === 'uppercase') return s.toUpperCase();
  if (how === 'lowercase') return s.toLowerCase();
  if (how === 'capitalize') return s.replace(/(^|\s)(\p{L})/gu, (_, a: string, b: string) => a + b.toUpperCase());
  return s;
}

let ctx: CanvasRenderingContext2D | null | undefined;
const canvas = () => {
  if (ctx === undefined) ctx = typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
  return ctx;
};

/** The CSS font shorthand canvas needs, from a computed style. */
export const fontOf = (cs: CSSStyleDeclaration): string => `${cs.fontStyle} ${cs.fontWeight} ${cs.fontSize} ${cs.fontFamily}`;

const ascents = new Map<string, number>();
/** Baseline below a glyph box's top: the font's ascent as layout rounds it (canvas agrees). */
export function ascentOf(font: string, boxHeight: number): number {
  let a = ascents.get(font);
  if (a === undefined) {
    const c = canvas();
    if (c) c.font = font;
    const m = c?.measureText('Hg');
    a = m ? m.fontBoundingBoxAscent / (m.fontBoundingBoxAscent + m.fontBoundingBoxDescent) : 0.8;
    ascents.set(font, a);
  }
  return a * boxHeight;
}

export function textWidth(font: string, s: string): number {
  const c = canvas();
  if (!c) return s.length * 8;
  c.font = font;
  return c.measureText(s).width;
}

const KEYWORDS = new Set(['serif', 'sans-serif', 'monospace', 'cursive', 'fantasy', 'math', 'emoji', 'fangsong']);
// Keywords only browsers know: they name a real face, which we find among the named ones.
const BROWSER_ONLY = new Set(['system-ui', 'ui-serif', 'ui-sans-serif', 'ui-monospace', 'ui-rounded', '-apple-system', 'blinkmacsystemfont']);
const SAMPLE = 'Hamburgefontsiv 0123456789 {}[]_->';
const families = new Map<string, string>();
const quote = (f: string) => (KEYWORDS.has(f.toLowerCase()) || BROWSER_ONLY.has(f.toLowerCase()) ? f : `'${f.replace(/'/g, '')}'`);

/**
 * The font-family list for the SVG: the face Chromium used first (found by measuring,
 * since no API says which one it picked), the named fallbacks after it, and a generic
 * family last, so rsvg and slide tools take the same metrics where they can.
 */
export function svgFontFamily(cssFamily: string): string {
  const hit = families.get(cssFamily);
  if (hit !== undefined) return hit;
  const list = splitTop(cssFamily).map((f) => f.replace(/^["']|["']$/g, ''));
  const lower = list.map((f) => f.toLowerCase());
  const generic = lower.some((f) => f === 'monospace' || f === 'ui-monospace') ? 'monospace' : lower.includes('serif') || lower.includes('ui-serif') ? 'serif' : 'sans-serif';
  const named = list.filter((f) => !KEYWORDS.has(f.toLowerCase()) && !BROWSER_ONLY.has(f.toLowerCase()));
  const c = canvas();
  const width = (font: string) => {
    if (!c) return 0;
    c.font = `40px ${font}`;
    return c.measureText(SAMPLE).width;
  };
  const present = (f: string) => width(`${quote(f)}, monospace`) === width(`${quote(f)}, serif`);
  let first: string | undefined;
  if (c) {
    for (const f of list) {
      if (KEYWORDS.has(f.toLowerCase())) break;
      if (!present(f)) continue;
      first = BROWSER_ONLY.has(f.toLowerCase()) ? named.find((n) => present(n) && width(quote(n)) === width(quote(f))) : f;
      break;
    }
  }
  const rest = first ? named.slice(named.indexOf(first) + 1) : named;
  const out = [...(first ? [first] : []), ...rest].map(quote).concat(generic).join(', ');
  families.set(cssFamily, out);
  return out;
}
