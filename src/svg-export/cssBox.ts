// An element's own paint as SVG shapes, from its computed style and border box: the
// rings of spread-only box-shadows, the background (colour and linear gradients), the
// border, and the outline. Rounded corners follow border-radius, per corner.

import { paintOf, parseColor, splitTop } from './cssColor';
import { type Box, linearGradient } from './cssGradient';
import { type SvgNode, num, svgNode } from './svgTree';

export type { Box };

interface Corner {
  x: number;
  y: number;
}
/** top-left, top-right, bottom-right, bottom-left */
export type Radii = [Corner, Corner, Corner, Corner];

/** Where gradients go: returns the id to reference with url(#id). */
export interface Defs {
  add(make: (id: string) => SvgNode | null): string | null;
}

const px = (v: string | undefined, of: number) => (v?.endsWith('%') ? (Number.parseFloat(v) / 100) * of : Number.parseFloat(v ?? '0') || 0);

export function radiiOf(cs: CSSStyleDeclaration, w: number, h: number): Radii {
  const c = (v: string): Corner => {
    const [a, b = a] = v.trim().split(/\s+/);
    return { x: px(a, w), y: px(b, h) };
  };
  const r: Radii = [c(cs.borderTopLeftRadius), c(cs.borderTopRightRadius), c(cs.borderBottomRightRadius), c(cs.borderBottomLeftRadius)];
  // CSS scales all radii down together when two on one side would overlap.
  const f = Math.min(1, w / (r[0].x + r[1].x || 1), w / (r[3].x + r[2].x || 1), h / (r[0].y + r[3].y || 1), h / (r[1].y + r[2].y || 1));
  return r.map((k) => ({ x: k.x * f, y: k.y * f })) as Radii;
}

const grow = (r: Radii, by: number): Radii => r.map((k) => ({ x: k.x > 0 ? Math.max(0, k.x + by) : 0, y: k.y > 0 ? Math.max(0, k.y + by) : 0 })) as Radii;
const zero = (r: Radii) => r.every((k) => k.x <= 0.05 && k.y <= 0.05);
const same = (r: Radii) => r.every((k) => Math.abs(k.x - r[0].x) < 0.05 && Math.abs(k.y - r[0].y) < 0.05);

export const expand = (b: Box, by: number): Box => ({ x: b.x - by, y: b.y - by, w: b.w + 2 * by, h: b.h + 2 * by });

export function roundRectPath(b: Box, r: Radii): string {
  const [tl, tr, br, bl] = r;
  const arc = (k: Corner, x: number, y: number) => (k.x > 0 && k.y > 0 ? `A${num(k.x)} ${num(k.y)} 0 0 1 ${num(x)} ${num(y)}` : `L${num(x)} ${num(y)}`);
  const { x, y, w, h } = b;
  return (
    `M${num(x + tl.x)} ${num(y)}H${num(x + w - tr.x)}${arc(tr, x + w, y + tr.y)}V${num(y + h - br.y)}${arc(br, x + w - br.x, y + h)}` +
    `H${num(x + bl.x)}${arc(bl, x, y + h - bl.y)}V${num(y + tl.y)}${arc(tl, x + tl.x, y)}Z`
  );
}

/** A <rect> when the corners allow it, else a <path>. */
export function shape(b: Box, r: Radii, attrs: Record<string, string | undefined>): SvgNode {
  if (zero(r) || same(r)) {
    const k = r[0];
    return svgNode('rect', { x: num(b.x), y: num(b.y), width: num(b.w), height: num(b.h), rx: k.x > 0.05 ? num(k.x) : undefined, ry: Math.abs(k.y - k.x) > 0.05 ? num(k.y) : undefined, ...attrs });
  }
  return svgNode('path', { d: roundRectPath(b, r), ...attrs });
}

export function dashOf(style: string, w: number): string | undefined {
  if (style === 'dashed') return `${num(3 * w)} ${num(2 * w)}`;
  if (style === 'dotted') return `${num(w)} ${num(w)}`;
  return undefined;
}

interface Side {
  w: number;
  style: string;
  color: string;
}

function sidesOf(cs: CSSStyleDeclaration): Side[] {
  const side = (w: string, style: string, color: string): Side => {
    const visible = style !== 'none' && style !== 'hidden' && (parseColor(color)?.a ?? 0) > 0;
    return { w: visible ? Number.parseFloat(w) || 0 : 0, style, color };
  };
  return [
    side(cs.borderTopWidth, cs.borderTopStyle, cs.borderTopColor),
    side(cs.borderRightWidth, cs.borderRightStyle, cs.borderRightColor),
    side(cs.borderBottomWidth, cs.borderBottomStyle, cs.borderBottomColor),
    side(cs.borderLeftWidth, cs.borderLeftStyle, cs.borderLeftColor),
  ];
}

const insetBox = (b: Box, [t, r, bo, l]: number[]): Box => ({ x: b.x + (l ?? 0), y: b.y + (t ?? 0), w: Math.max(0, b.w - (l ?? 0) - (r ?? 0)), h: Math.max(0, b.h - (t ?? 0) - (bo ?? 0)) });
const innerRadii = (r: Radii, [t = 0, ri = 0, bo = 0, l = 0]: number[]): Radii =>
  [
    { x: Math.max(0, r[0].x - l), y: Math.max(0, r[0].y - t) },
    { x: Math.max(0, r[1].x - ri), y: Math.max(0, r[1].y - t) },
    { x: Math.max(0, r[2].x - ri), y: Math.max(0, r[2].y - bo) },
    { x: Math.max(0, r[3].x - l), y: Math.max(0, r[3].y - bo) },
  ] as Radii;

/** The rings of box-shadows with a spread and no blur (outlines drawn as shadows); blurred ones are left out. */
function shadowRings(cs: CSSStyleDeclaration, b: Box, r: Radii): SvgNode[] {
  if (!cs.boxShadow || cs.boxShadow === 'none') return [];
  const out: SvgNode[] = [];
  for (const s of splitTop(cs.boxShadow).reverse()) {
    const parts = splitTop(s, ' ');
    if (parts.includes('inset')) continue;
    const lengths = parts.filter((p) => /^-?[\d.]+(px)?$/.test(p)).map((p) => Number.parseFloat(p));
    const color = parts.filter((p) => !/^-?[\d.]+(px)?$/.test(p)).join(' ');
    const [dx = 0, dy = 0, blur = 0, spread = 0] = lengths;
    const paint = paintOf(color, 'fill');
    if (blur > 0.5 || spread <= 0 || !paint) continue;
    const outer = { ...expand(b, spread), x: b.x - spread + dx, y: b.y - spread + dy };
    out.push(svgNode('path', { d: roundRectPath(outer, grow(r, spread)) + roundRectPath(b, r), 'fill-rule': 'evenodd', ...paint }));
  }
  return out;
}

export function boxPaint(cs: CSSStyleDeclaration, b: Box, defs: Defs): SvgNode[] {
  if (b.w <= 0 || b.h <= 0) return [];
  const r = radiiOf(cs, b.w, b.h);
  const out = shadowRings(cs, b, r);
  const sides = sidesOf(cs);
  const widths = sides.map((s) => s.w);
  const clip = cs.backgroundClip;
  const padding = [cs.paddingTop, cs.paddingRight, cs.paddingBottom, cs.paddingLeft].map((v) => Number.parseFloat(v) || 0);
  const inset = clip === 'padding-box' ? widths : clip === 'content-box' ? widths.map((w, i) => w + (padding[i] ?? 0)) : [0, 0, 0, 0];
  const bgBox = insetBox(b, inset);
  const bgRadii = innerRadii(r, inset);
  const bg = clip === 'text' ? null : paintOf(cs.backgroundColor, 'fill');
  const images =
    cs.backgroundImage && cs.backgroundImage !== 'none' && clip !== 'text'
      ? splitTop(cs.backgroundImage)
          .reverse()
          .map((img) => defs.add((id) => linearGradient(img, bgBox, id)))
          .filter((id): id is string => id !== null)
      : [];

  const first = sides[0] as Side;
  const uniform = sides.every((s) => Math.abs(s.w - first.w) < 0.01 && s.style === first.style && s.color === first.color);
  const stroke = first.w > 0 && uniform ? paintOf(first.color, 'stroke') : null;
  // One element for the common case: a plain background under a uniform border.
  if (stroke && images.length === 0 && clip === 'border-box') {
    const half = first.w / 2;
    out.push(shape(insetBox(b, [half, half, half, half]), grow(r, -half), { ...(bg ?? { fill: 'none' }), ...stroke, 'stroke-width': num(first.w, 2), 'stroke-dasharray': dashOf(first.style, first.w) }));
    return out;
  }
  if (bg) out.push(shape(bgBox, bgRadii, bg));
  for (const id of images) out.push(shape(bgBox, bgRadii, { fill: `url(#${id})` }));
  if (stroke) {
    const half = first.w / 2;
    out.push(shape(insetBox(b, [half, half, half, half]), grow(r, -half), { fill: 'none', ...stroke, 'stroke-width': num(first.w, 2), 'stroke-dasharray': dashOf(first.style, first.w) }));
    return out;
  }
  const drawn = sides.filter((s) => s.w > 0);
  if (drawn.length === 0) return out;
  const one = drawn[0] as Side;
  const solid = (s: Side) => s.style !== 'dashed' && s.style !== 'dotted';
  if (drawn.every((s) => s.color === one.color && solid(s))) {
    // Solid sides of one colour and several widths: the ring between the border box and the padding box.
    const fill = paintOf(one.color, 'fill');
    if (fill) out.push(svgNode('path', { d: roundRectPath(b, r) + roundRectPath(insetBox(b, widths), innerRadii(r, widths)), 'fill-rule': 'evenodd', ...fill }));
    return out;
  }
  // Sides that differ in colour or dash: each its own line, square corners.
  const [t, ri, bo, l] = sides as [Side, Side, Side, Side];
  const lines: Array<[Side, number, number, number, number]> = [
    [t, b.x, b.y + t.w / 2, b.x + b.w, b.y + t.w / 2],
    [ri, b.x + b.w - ri.w / 2, b.y, b.x + b.w - ri.w / 2, b.y + b.h],
    [bo, b.x, b.y + b.h - bo.w / 2, b.x + b.w, b.y + b.h - bo.w / 2],
    [l, b.x + l.w / 2, b.y, b.x + l.w / 2, b.y + b.h],
  ];
  for (const [s, x1, y1, x2, y2] of lines) {
    const p = s.w > 0 ? paintOf(s.color, 'stroke') : null;
    if (p) out.push(svgNode('line', { x1: num(x1), y1: num(y1), x2: num(x2), y2: num(y2), ...p, 'stroke-width': num(s.w, 2), 'stroke-dasharray': dashOf(s.style, s.w) }));
  }
  return out;
}

/** The outline, drawn around the border box at outline-offset. */
export function outlinePaint(cs: CSSStyleDeclaration, b: Box): SvgNode | null {
  const w = Number.parseFloat(cs.outlineWidth) || 0;
  const style = cs.outlineStyle;
  if (w <= 0 || style === 'none' || style === 'hidden') return null;
  const stroke = paintOf(cs.outlineColor, 'stroke');
  if (!stroke) return null;
  const off = (Number.parseFloat(cs.outlineOffset) || 0) + w / 2;
  return shape(expand(b, off), grow(radiiOf(cs, b.w, b.h), off), { fill: 'none', ...stroke, 'stroke-width': num(w, 2), 'stroke-dasharray': dashOf(style, w) });
}
