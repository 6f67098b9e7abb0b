// The text of an element (a run of adjacent text nodes) as <text> elements, one per line box, at the browser's own positions:
// the font, weight, style, colour and decoration from the computed style; the glyphs an
// overflow clip hides left out; a text-overflow ellipsis written where the browser
// draws it (it is not in the DOM text).

import type { Rect } from './domToSvg';
import { paintOf } from './cssColor';
import { type Attr, type SvgNode, num, svgNode } from './svgTree';
import { ascentOf, fontOf, type Glyph, lineBoxes, svgFontFamily, textWidth, transformText } from './textLines';

export interface TextContext {
  ox: number;
  oy: number;
  /** Ellipsis containers that already have their "…" on a given line (by line top). */
  ellipsized: WeakMap<Element, Set<number>>;
  /** Per export: each text parent's ellipsis container (layout may differ next time). */
  ellipses: WeakMap<Element, Ellipsis | null>;
}

/** Decorations reach a text from every inline ancestor up to its block container. */
function decorations(el: Element): string {
  const lines = new Set<string>();
  for (let e: Element | null = el; e; e = e.parentElement) {
    const cs = getComputedStyle(e);
    for (const d of cs.textDecorationLine.split(' ')) if (d !== 'none' && d !== '') lines.add(d);
    if (cs.display !== 'inline' && cs.display !== 'contents') break;
  }
  return [...lines].join(' ');
}

/** The attributes of text set in `cs` (for a pseudo-element, `decorated` is null). */
export function textAttrs(cs: CSSStyleDeclaration, decorated: Element | null): Record<string, Attr> | null {
  const fill = paintOf(cs.color, 'fill');
  if (!fill) return null;
  const weight = cs.fontWeight;
  const spacing = Number.parseFloat(cs.letterSpacing);
  return {
    'font-family': svgFontFamily(cs.fontFamily),
    'font-size': num(Number.parseFloat(cs.fontSize)),
    'font-weight': weight === '400' || weight === 'normal' ? undefined : weight,
    'font-style': cs.fontStyle === 'normal' ? undefined : 'italic',
    'letter-spacing': Number.isFinite(spacing) && spacing !== 0 ? num(spacing, 2) : undefined,
    'text-decoration': decorated ? decorations(decorated) || undefined : undefined,
    ...fill,
  };
}

export interface Ellipsis {
  el: Element;
  /** Glyphs must end before this x (region coordinates) to leave room for "…". */
  cut: number;
  limit: number;
}

/** The block container that truncates this text with an ellipsis, if any. */
function ellipsisOf(el: Element, ctx: TextContext): Ellipsis | null {
  if (ctx.ellipses.has(el)) return ctx.ellipses.get(el) ?? null;
  let found: Ellipsis | null = null;
  for (let e: Element | null = el; e; e = e.parentElement) {
    const cs = getComputedStyle(e);
    if (cs.textOverflow === 'ellipsis' && cs.overflowX !== 'visible') {
      const r = e.getBoundingClientRect();
      const limit = r.right - Number.parseFloat(cs.borderRightWidth) - Number.parseFloat(cs.paddingRight) - ctx.ox;
      found = { el: e, limit, cut: limit - textWidth(fontOf(cs), '…') };
      break;
    }
    if (cs.display !== 'inline' && cs.display !== 'contents') break;
  }
  ctx.ellipses.set(el, found);
  return found;
}

/**
 * A line as runs of text, each placed at its first glyph: split at tabs and at runs of
 * spaces, with no space at either end. Nothing then depends on how a renderer treats
 * white space (Chromium's SVG-as-image ignores an inherited xml:space, for one).
 */
function segments(glyphs: Glyph[], ox: number, how: string, decorated: boolean): Array<{ x: number; text: string }> {
  const out: Array<{ x: number; text: string }> = [];
  let cur: { x: number; glyphs: Glyph[] } | null = null;
  const runs: Array<{ x: number; glyphs: Glyph[] }> = [];
  for (let i = 0; i < glyphs.length; i++) {
    const g = glyphs[i] as Glyph;
    const space = g.ch === ' ' || g.ch === '\t';
    const breaks = g.ch === '\t' || (space && (glyphs[i + 1]?.ch === ' ' || glyphs[i - 1]?.ch === ' '));
    if (breaks || (space && !cur)) {
      cur = null;
      continue;
    }
    if (!cur) {
      cur = { x: g.left - ox, glyphs: [] };
      runs.push(cur);
    }
    cur.glyphs.push(g);
  }
  for (const r of runs) {
    const whole = r.glyphs.map((g) => g.ch).join('');
    let text = whole.trimEnd();
    // An underline runs on under the space before the next run: a no-break space keeps it.
    if (decorated && text && text !== whole) text += '\u00a0';
    if (text) out.push({ x: r.x, text: transformText(text, how) });
  }
  return out;
}

export function paintText(nodes: readonly Text[], parent: Element, cs: CSSStyleDeclaration, clip: Rect, ctx: TextContext, out: SvgNode[]): void {
  const lines = lineBoxes(nodes, cs.whiteSpace);
  if (lines.length === 0) return;
  const attrs = textAttrs(cs, parent);
  if (!attrs) return;
  const font = fontOf(cs);
  const ell = ellipsisOf(parent, ctx);
  for (const line of lines) {
    const top = line.top - ctx.oy;
    const bottom = line.bottom - ctx.oy;
    if (bottom <= clip.y1 || top >= clip.y2) continue;
    let glyphs = line.glyphs.filter((g) => g.right - ctx.ox > clip.x1 && g.left - ctx.ox < clip.x2);
    if (ell && glyphs.length && (glyphs[glyphs.length - 1] as Glyph).right - ctx.ox > ell.limit + 0.5) {
      const kept = glyphs.filter((g) => g.right - ctx.ox <= ell.cut + 0.5);
      const done = ellipsized(ctx, ell.el);
      const key = Math.round(top);
      if (!done.has(key)) {
        done.add(key);
        const at = (kept[kept.length - 1]?.right ?? glyphs[0]?.left ?? 0) - ctx.ox;
        kept.push({ ch: '…', left: at + ctx.ox, right: ell.limit + ctx.ox });
      }
      glyphs = kept;
    }
    const parts = segments(glyphs, ctx.ox, cs.textTransform, attrs['text-decoration'] !== undefined);
    if (parts.length === 0) continue;
    const y = num(top + ascentOf(font, line.height));
    const first = parts[0] as { x: number; text: string };
    if (parts.length === 1) {
      out.push({ tag: 'text', attrs: { x: num(first.x), y, ...attrs }, text: first.text });
    } else {
      const spans = parts.map((p) => ({ tag: 'tspan', attrs: { x: num(p.x) }, text: p.text }));
      out.push(svgNode('text', { y, ...attrs }, spans));
    }
  }
}

function ellipsized(ctx: TextContext, el: Element): Set<number> {
  let s = ctx.ellipsized.get(el);
  if (!s) {
    s = new Set();
    ctx.ellipsized.set(el, s);
  }
  return s;
}
