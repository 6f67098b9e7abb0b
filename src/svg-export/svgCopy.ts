// An inline <svg> of the page (a pack's pointer arrows, an icon) copied into the export
// where it sits, with its computed paint written out as attributes: the copy does not
// depend on the page's CSS. Ids get a prefix of their own, so two copies of the same
// SVG (compare mode draws two pointer layers) never resolve each other's markers, and
// a <use> of something outside the SVG brings a copy of it along.

import { paintOf } from './cssColor';
import { ID, type SvgNode, num, svgNode } from './svgTree';
import { svgFontFamily } from './textLines';

const GEOMETRY = [
  'd', 'x', 'y', 'x1', 'y1', 'x2', 'y2', 'cx', 'cy', 'r', 'rx', 'ry', 'width', 'height', 'points', 'viewBox',
  'preserveAspectRatio', 'refX', 'refY', 'markerWidth', 'markerHeight', 'markerUnits', 'orient', 'pathLength',
  'gradientUnits', 'gradientTransform', 'spreadMethod', 'fx', 'fy', 'offset', 'patternUnits', 'patternContentUnits',
  'patternTransform', 'clipPathUnits', 'maskUnits', 'maskContentUnits', 'dx', 'dy', 'rotate', 'textLength', 'lengthAdjust',
];
const LENGTHS = ['stroke-width', 'stroke-dashoffset', 'font-size'];
const DEFAULTS: Record<string, string> = {
  'fill-opacity': '1', 'fill-rule': 'nonzero', 'stroke-width': '1px', 'stroke-dasharray': 'none', 'stroke-dashoffset': '0px',
  'stroke-linecap': 'butt', 'stroke-linejoin': 'miter', 'stroke-miterlimit': '4', 'stroke-opacity': '1', opacity: '1',
  'marker-start': 'none', 'marker-mid': 'none', 'marker-end': 'none', 'text-anchor': 'start', 'font-weight': '400',
  'font-style': 'normal', 'stop-opacity': '1', 'clip-rule': 'nonzero',
};
const URL_PROPS = new Set(['marker-start', 'marker-mid', 'marker-end', 'clip-path', 'mask', 'filter']);
const SKIP = new Set(['script', 'style', 'title', 'desc', 'foreignObject', 'metadata']);
const TEXTY = new Set(['text', 'tspan', 'textPath']);

export interface CopyContext {
  defs: SvgNode[];
  /** A fresh number for this export's ids. */
  next(): number;
}

const fragment = (ref: string) => /#([^"')\s]+)/.exec(ref)?.[1] ?? null;

class Copier {
  private readonly ids = new Map<string, string>();
  constructor(
    private readonly ctx: CopyContext,
    private readonly within: Element,
  ) {}

  /** The exported id for a page id: inside this SVG, or copied into <defs> from elsewhere. */
  private ref(id: string): string | null {
    const known = this.ids.get(id);
    if (known) return known;
    const target = document.getElementById(id);
    if (!target || !(target instanceof SVGElement) || this.within.contains(target)) return null;
    const name = `${ID}u${this.ctx.next()}`;
    this.ids.set(id, name);
    const copy = this.element(target);
    if (copy) this.ctx.defs.push({ ...copy, attrs: { ...copy.attrs, id: name } });
    return name;
  }

  collectIds(root: Element): void {
    const prefix = `${ID}s${this.ctx.next()}-`;
    for (const el of [root, ...root.querySelectorAll('[id]')]) if (el.id) this.ids.set(el.id, prefix + el.id);
  }

  private paint(el: SVGElement, cs: CSSStyleDeclaration, attrs: Record<string, string | undefined>): void {
    for (const prop of ['fill', 'stroke'] as const) {
      const v = cs.getPropertyValue(prop);
      const id = v.startsWith('url(') ? fragment(v) : null;
      const ref = id ? this.ref(id) : null;
      Object.assign(attrs, ref ? { [prop]: `url(#${ref})` } : (paintOf(v, prop) ?? { [prop]: 'none' }));
    }
    for (const [prop, initial] of Object.entries(DEFAULTS)) {
      let v = cs.getPropertyValue(prop).trim();
      if (v === '' || v === initial) continue;
      if (URL_PROPS.has(prop)) {
        const id = v.startsWith('url(') ? fragment(v) : null;
        const ref = id ? this.ref(id) : null;
        if (!ref) continue;
        v = `url(#${ref})`;
      } else if (LENGTHS.includes(prop) || prop === 'stroke-dasharray') {
        v = v.replace(/px/g, '').replace(/\s*,\s*/g, ' ');
      }
      attrs[prop] = v;
    }
    if (el.localName === 'stop') Object.assign(attrs, paintOf(cs.getPropertyValue('stop-color'), 'stop-color') ?? {});
    if (TEXTY.has(el.localName)) {
      attrs['font-family'] = svgFontFamily(cs.fontFamily);
      attrs['font-size'] = num(Number.parseFloat(cs.fontSize));
    }
  }

  element(el: SVGElement): SvgNode | null {
    if (SKIP.has(el.localName)) return null;
    const cs = getComputedStyle(el);
    if (cs.display === 'none') return null;
    const attrs: Record<string, string | undefined> = {};
    for (const a of GEOMETRY) {
      const v = el.getAttribute(a);
      if (v !== null) attrs[a] = v;
    }
    if (el.id) attrs.id = this.ids.get(el.id) ?? undefined;
    const transform = el.getAttribute('transform') ?? (cs.transform !== 'none' ? cs.transform : null);
    if (transform) attrs.transform = transform;
    const href = el.getAttribute('href') ?? el.getAttribute('xlink:href');
    if (href?.startsWith('#')) {
      const ref = this.ref(href.slice(1));
      if (ref) attrs['xlink:href'] = `#${ref}`;
    }
    if (cs.visibility !== 'visible') attrs.visibility = 'hidden';
    this.paint(el, cs, attrs);
    const kids: SvgNode[] = [];
    for (const k of el.childNodes) {
      if (k instanceof SVGElement) {
        const c = this.element(k);
        if (c) kids.push(c);
      } else if (k.nodeType === Node.TEXT_NODE && TEXTY.has(el.localName)) {
        kids.push({ tag: 'tspan', attrs: {}, text: k.textContent ?? '' });
      }
    }
    // Text alone needs no tspans; mixed with elements, each run keeps its place as one.
    const bare = kids.every((k) => k.tag === 'tspan' && Object.keys(k.attrs).length === 0 && !k.kids);
    const n = svgNode(el.localName, attrs, kids.length && !bare ? kids : undefined);
    if (bare && kids.length) n.text = kids.map((k) => k.text ?? '').join('');
    return n;
  }
}

/** The inline SVG `svg` as a self-contained group placed at its page position minus (ox, oy). */
export function copySvg(svg: SVGSVGElement, ox: number, oy: number, ctx: CopyContext): SvgNode | null {
  const cs = getComputedStyle(svg);
  if (cs.display === 'none' || cs.visibility !== 'visible' || Number.parseFloat(cs.opacity) === 0) return null;
  const r = svg.getBoundingClientRect();
  if (r.width === 0 && r.height === 0) return null;
  const copier = new Copier(ctx, svg);
  copier.collectIds(svg);
  const inner = copier.element(svg);
  if (!inner) return null;
  const x = num(r.left - ox);
  const y = num(r.top - oy);
  const opacity = Number.parseFloat(cs.opacity);
  const common = { opacity: opacity < 1 ? num(opacity, 2) : undefined };
  // Without a viewBox, a translated group is the most widely read form; with one, a
  // nested <svg> keeps the viewBox mapping (and its clipping) exactly as the page had it.
  if (inner.attrs.viewBox === undefined && cs.overflow === 'visible') {
    return { tag: 'g', attrs: { transform: `translate(${x},${y})`, ...common }, kids: inner.kids, sealed: true };
  }
  return {
    tag: 'svg',
    attrs: {
      x,
      y,
      width: num(r.width),
      height: num(r.height),
      viewBox: inner.attrs.viewBox,
      preserveAspectRatio: inner.attrs.preserveAspectRatio,
      overflow: cs.overflow === 'visible' ? 'visible' : undefined,
      ...common,
    },
    kids: inner.kids,
    sealed: true,
  };
}
