// A region of the page as SVG elements: every visible box becomes a rect (or path) with
// its background, border and outline; every line of text a <text> where the browser set
// it; inline SVG is copied in place. Knows nothing of what it draws, so any pack's
// picture exports the same way. Coordinates are page pixels from the region's top left.
//
// Painting follows CSS closely enough for a still: a parent before its children,
// positioned children after the others (by z-index), overflow clipping as <clipPath>,
// opacity and transforms as groups. What is clipped away, hidden or transparent is left
// out, so the file holds only what the screen shows.

import { boxPaint, type Box, type Defs, outlinePaint } from './cssBox';
import { paintOf } from './cssColor';
import { type Ellipsis, paintText, type TextContext } from './paintText';
import { markerPaint, pseudoPaint } from './pseudoPaint';
import { type Rect, settle, untransform } from './stillFrame';
import { copySvg } from './svgCopy';
import { ID, type SvgNode, num, svgNode } from './svgTree';

export type { Rect };

export interface Walked {
  width: number;
  height: number;
  /** The page colour behind the region. */
  background: Record<string, string>;
  defs: SvgNode[];
  content: SvgNode[];
}

const meet = (a: Rect, b: Rect): Rect => ({ x1: Math.max(a.x1, b.x1), y1: Math.max(a.y1, b.y1), x2: Math.min(a.x2, b.x2), y2: Math.min(a.y2, b.y2) });
const empty = (r: Rect) => r.x2 - r.x1 <= 0.5 || r.y2 - r.y1 <= 0.5;

class Walker implements TextContext {
  readonly defs: SvgNode[] = [];
  readonly ellipsized = new WeakMap<Element, Set<number>>();
  readonly ellipses = new WeakMap<Element, Ellipsis | null>();
  private n = 0;
  private readonly clips = new Map<string, string>();
  readonly defsApi: Defs = {
    add: (make) => {
      const id = `${ID}g${this.next()}`;
      const node = make(id);
      if (!node) return null;
      this.defs.push(node);
      return id;
    },
  };
  constructor(
    readonly ox: number,
    readonly oy: number,
    private readonly skip: string | undefined,
  ) {}

  next(): number {
    return this.n++;
  }

  box(r: DOMRect): Box {
    return { x: r.left - this.ox, y: r.top - this.oy, w: r.width, h: r.height };
  }

  /** The padding box an element clips its overflow to, in region coordinates (infinite on a visible axis). */
  clipOf(el: Element, cs: CSSStyleDeclaration): Rect | null {
    const cx = cs.overflowX !== 'visible';
    const cy = cs.overflowY !== 'visible';
    if (!cx && !cy) return null;
    const r = el.getBoundingClientRect();
    const x1 = r.left + el.clientLeft - this.ox;
    const y1 = r.top + el.clientTop - this.oy;
    return {
      x1: cx ? x1 : -Infinity,
      y1: cy ? y1 : -Infinity,
      x2: cx ? x1 + el.clientWidth : Infinity,
      y2: cy ? y1 + el.clientHeight : Infinity,
    };
  }

  private clipGroup(c: Rect, bounds: Rect, kids: SvgNode[]): SvgNode {
    const r = meet(c, bounds);
    const key = `${num(r.x1)},${num(r.y1)},${num(r.x2)},${num(r.y2)}`;
    let id = this.clips.get(key);
    if (!id) {
      id = `${ID}c${this.next()}`;
      this.clips.set(key, id);
      const rect = svgNode('rect', { x: num(r.x1), y: num(r.y1), width: num(r.x2 - r.x1), height: num(r.y2 - r.y1) });
      this.defs.push(svgNode('clipPath', { id }, [rect]));
    }
    return svgNode('g', { 'clip-path': `url(#${id})` }, kids);
  }

  /** Children in the order CSS paints them: in flow, then positioned by z-index. */
  private ordered(el: Element): ChildNode[] {
    const layer = (n: ChildNode) => {
      if (!(n instanceof Element)) return 0;
      const cs = getComputedStyle(n);
      if (cs.position === 'static') return 0;
      const z = Number.parseInt(cs.zIndex, 10);
      return Number.isNaN(z) ? 1 : z < 0 ? -1 : 1 + z;
    };
    return [...el.childNodes].map((n, i) => ({ n, i, l: layer(n) })).sort((a, b) => a.l - b.l || a.i - b.i).map((x) => x.n);
  }

  element(el: Element, outerClip: Rect, outerBounds: Rect, out: SvgNode[]): void {
    let clip = outerClip;
    let bounds = outerBounds;
    if (this.skip && el.matches(this.skip)) return;
    if (el instanceof SVGSVGElement) {
      const r = el.getBoundingClientRect();
      if (empty(meet(clip, { x1: r.left - this.ox, y1: r.top - this.oy, x2: r.right - this.ox, y2: r.bottom - this.oy }))) return;
      const copy = copySvg(el, this.ox, this.oy, this);
      // Its drawing may reach past its own box (overflow: visible): clip it as its panels do.
      const clipped = clip.x1 > bounds.x1 || clip.y1 > bounds.y1 || clip.x2 < bounds.x2 || clip.y2 < bounds.y2;
      if (copy) out.push(clipped ? this.clipGroup(clip, bounds, [copy]) : copy);
      return;
    }
    if (!(el instanceof HTMLElement)) return;
    const cs = getComputedStyle(el);
    if (cs.display === 'none' || cs.clipPath === 'inset(50%)') return;
    // Laid out but never painted: the inside of a closed <details>, content-visibility: hidden.
    if (cs.display !== 'contents' && !el.checkVisibility()) return;
    const opacity = Number.parseFloat(cs.opacity);
    if (opacity <= 0.004) return;
    // A transformed element is measured untransformed, then drawn through its matrix.
    const undo = cs.transform !== 'none' ? untransform(el, cs, this.ox, this.oy) : null;
    // Its inside is measured and drawn untransformed: so are the clips around it (a talk's
    // scaled stage, clipped by the window, holds a canvas larger than the window).
    if (undo) {
      clip = undo.local(clip);
      bounds = undo.local(bounds);
    }
    try {
      const nodes: SvgNode[] = [];
      const b = this.box(el.getBoundingClientRect());
      const seen = !empty(meet(clip, { x1: b.x, y1: b.y, x2: b.x + b.w, y2: b.y + b.h }));
      const visible = cs.visibility === 'visible';
      // An inline box broken across lines paints each of its pieces.
      const pieces = cs.display === 'inline' ? [...el.getClientRects()].map((r) => this.box(r)) : [b];
      if (visible && seen) for (const p of pieces) nodes.push(...boxPaint(cs, p, this.defsApi));
      if (visible) nodes.push(...pseudoPaint(el, '::before', this), ...markerPaint(el, cs, this));
      const own = this.clipOf(el, cs);
      const inner = own ? meet(clip, own) : clip;
      const kids: SvgNode[] = [];
      if (!empty(inner)) {
        let run: Text[] = [];
        const flush = () => {
          if (run.length && visible) paintText(run, el, cs, inner, this, kids);
          run = [];
        };
        for (const k of this.ordered(el)) {
          if (k instanceof Text) {
            if (run.length && run[run.length - 1]?.nextSibling !== k) flush();
            run.push(k);
          } else if (k instanceof Element) {
            flush();
            this.element(k, inner, bounds, kids);
          }
        }
        flush();
      }
      // Clipped even when nothing scrolls: a child's ring or outline may reach past the edge.
      if (own && kids.length) nodes.push(this.clipGroup(inner, bounds, kids));
      else nodes.push(...kids);
      if (visible) nodes.push(...pseudoPaint(el, '::after', this));
      // Outlines paint over the content; a focus ring is the reader's, not the slide's.
      const outline = visible && seen && !el.matches(':focus-visible') ? outlinePaint(cs, b) : null;
      if (outline) nodes.push(outline);
      if (nodes.length === 0) return;
      let group = nodes;
      if (undo) group = [svgNode('g', { transform: undo.matrix }, group)];
      if (opacity < 0.996) group = [svgNode('g', { opacity: num(opacity, 2) }, group)];
      out.push(...group);
    } finally {
      undo?.restore();
    }
  }
}

/** The colour behind `el`: the first opaque-ish background among it and its ancestors. */
function pageColour(el: Element): Record<string, string> {
  for (let e: Element | null = el; e; e = e.parentElement) {
    const p = paintOf(getComputedStyle(e).backgroundColor, 'fill');
    if (p) return p;
  }
  return { fill: '#ffffff' };
}

export function walkRegion(roots: Element[], skip?: string): Walked {
  settle(roots);
  const rects = roots.map((r) => r.getBoundingClientRect()).filter((r) => r.width > 0 && r.height > 0);
  if (rects.length === 0) throw new Error('nothing to export: the region is empty');
  const left = Math.floor(Math.min(...rects.map((r) => r.left)));
  const top = Math.floor(Math.min(...rects.map((r) => r.top)));
  const width = Math.ceil(Math.max(...rects.map((r) => r.right))) - left;
  const height = Math.ceil(Math.max(...rects.map((r) => r.bottom))) - top;
  const w = new Walker(left, top, skip);
  const bounds: Rect = { x1: 0, y1: 0, x2: width, y2: height };
  const content: SvgNode[] = [];
  for (const root of roots) {
    // A root inherits the clipping of the panels it sits in.
    let clip = bounds;
    for (let a = root.parentElement; a; a = a.parentElement) {
      const c = w.clipOf(a, getComputedStyle(a));
      if (c) clip = meet(clip, c);
    }
    w.element(root, clip, bounds, content);
  }
  return { width, height, background: pageColour(roots[0] as Element), defs: w.defs, content };
}
