// Pointers drawn as arrows between boxes, as Python Tutor draws its heap: an SVG layer
// over a positioned container, measuring the pointer's source (an element with
// `data-ptr-src="<from>"`) and its target (`data-testid="object"` with `data-id="<to>"`)
// whenever the frame or the layout changes, so an arrow stays attached to its boxes at
// any window size. A pointer to nothing ends in a NULL mark; one that was cut is drawn
// broken toward what it pointed at; one to freed memory is drawn dangling.
//
// Test contract: each arrow's main path is data-testid="pointer" with data-from and
// data-to (the target's data-id, or "null"); its end lies on the target's box.

import { useId, useLayoutEffect, useRef, useState } from 'react';

export interface PointerSpec {
  /** The source's name, e.g. "P.private" (its element carries data-ptr-src with it). */
  from: string;
  /** The target object's data-id, or null for a pointer to nothing. */
  to: string | null;
  state: 'ok' | 'dangling' | 'null';
  /** For a null pointer: what it pointed at before it was cut, drawn as a broken arrow. */
  was?: string | null;
  /** Draw it as part of a broken invariant. */
  alarm?: boolean;
}

interface Drawn {
  spec: PointerSpec;
  d: string;
  /** The broken remainder toward `was`, and where the cut is. */
  rest?: string;
  cut?: { x: number; y: number };
  /** The NULL mark at the end of a pointer to nothing. */
  ground?: { x: number; y: number };
}

const esc = (s: string) => s.replace(/["\\]/g, '\\$&');

function objectRect(container: HTMLElement, id: string, rect: (el: Element) => DOMRect): DOMRect | null {
  const el = container.querySelector(`[data-testid="object"][data-id="${esc(id)}"]`);
  return el ? rect(el) : null;
}

/** A curve from (sx, sy) to the nearest sensible point on rect `t`, in container coordinates. */
function route(sx: number, sy: number, t: DOMRect, c: DOMRect): { d: string; ex: number; ey: number } {
  const left = t.left - c.left;
  const top = t.top - c.top;
  if (left >= sx + 12) {
    // The usual case: the target is to the right; end on its left edge, level with the
    // source when the box spans that height.
    const ey = Math.min(Math.max(sy, top + 12), top + t.height - 8);
    const ex = left;
    const dx = Math.max(24, (ex - sx) / 2);
    return { d: `M${sx},${sy} C${sx + dx},${sy} ${ex - dx},${ey} ${ex},${ey}`, ex, ey };
  }
  // Otherwise come down (or up) onto the target's top (or bottom) edge, at its middle.
  const ex = left + t.width / 2;
  const below = top > sy;
  const ey = below ? top : top + t.height;
  const my = below ? Math.min(ey - 18, sy + 30) : Math.max(ey + 18, sy - 30);
  return { d: `M${sx},${sy} C${sx + 40},${sy} ${ex},${my} ${ex},${ey}`, ex, ey };
}

/**
 * Client rectangles are in screen pixels; the layer draws in the container's own
 * pixels. They differ when an ancestor scales the picture (talk mode's stage): divide.
 */
function unscaled(r: DOMRect, k: number, origin: DOMRect): DOMRect {
  return new DOMRect(origin.left + (r.left - origin.left) / k, origin.top + (r.top - origin.top) / k, r.width / k, r.height / k);
}

function measure(container: HTMLElement, pointers: readonly PointerSpec[]): Drawn[] {
  const box = container.getBoundingClientRect();
  const k = container.offsetWidth > 0 ? box.width / container.offsetWidth : 1;
  const c = unscaled(box, k, box);
  const rect = (el: Element) => unscaled(el.getBoundingClientRect(), k, box);
  const out: Drawn[] = [];
  for (const spec of pointers) {
    const src = container.querySelector(`[data-ptr-src="${esc(spec.from)}"]`);
    if (!src) continue;
    const s = rect(src);
    if (s.width === 0 && s.height === 0) continue;
    const sx = s.right - c.left;
    const sy = s.top + s.height / 2 - c.top;
    if (spec.to) {
      const t = objectRect(container, spec.to, rect);
      if (!t) continue;
      out.push({ spec, d: route(sx, sy, t, c).d });
      continue;
    }
    // A pointer to nothing: a short stub and the NULL mark; cut toward what it was.
    const gx = sx + 18;
    const drawn: Drawn = { spec, d: `M${sx},${sy} L${gx},${sy}`, ground: { x: gx, y: sy } };
    const was = spec.was ? objectRect(container, spec.was, rect) : null;
    if (was) {
      const r = route(sx, sy, was, c);
      drawn.rest = r.d;
      drawn.cut = { x: (sx + r.ex) / 2, y: (sy + r.ey) / 2 };
    }
    out.push(drawn);
  }
  return out;
}

/**
 * Renders inside a `position: relative` container holding the sources and targets.
 * `version` changes whenever what is drawn may have moved (the frame shown).
 */
export function PointerLayer({ pointers, version }: { pointers: readonly PointerSpec[]; version: string | number }) {
  const ref = useRef<SVGSVGElement>(null);
  const [drawn, setDrawn] = useState<Drawn[]>([]);
  const [size, setSize] = useState({ w: 0, h: 0 });
  // The arrowheads' ids, this layer's own: a page that draws two pictures (compare mode,
  // the stage's bug and fix, two apps) would otherwise resolve url(#...) to the first layer's.
  const uid = useId();
  const head = `${uid}head`;
  const headBad = `${uid}head-bad`;

  // biome-ignore lint/correctness/useExhaustiveDependencies: `version` stands for the frame; pointers are derived from it
  useLayoutEffect(() => {
    const svg = ref.current;
    const container = svg?.parentElement;
    if (!svg || !container) return;
    let frame = 0;
    const update = () => {
      frame = 0;
      setSize({ w: container.scrollWidth, h: container.scrollHeight });
      setDrawn(measure(container, pointers));
    };
    update();
    const schedule = () => {
      if (!frame) frame = requestAnimationFrame(update);
    };
    // Boxes reflow with the window, with their content (a field that grows), and when
    // web fonts arrive: any of them moves an arrow's ends.
    const ro = typeof ResizeObserver === 'function' ? new ResizeObserver(schedule) : null;
    ro?.observe(container);
    for (const el of container.querySelectorAll('[data-testid="object"]')) ro?.observe(el);
    void document.fonts?.ready.then(schedule);
    return () => {
      ro?.disconnect();
      if (frame) cancelAnimationFrame(frame);
    };
  }, [version, pointers.length]);

  return (
    <svg ref={ref} className="ptr-layer" width={size.w} height={size.h} aria-hidden="true" data-testid="pointer-layer">
      <defs>
        <marker id={head} viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
          <path d="M0,0 L10,5 L0,10 z" className="ptr-head" />
        </marker>
        <marker id={headBad} viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
          <path d="M0,0 L10,5 L0,10 z" className="ptr-head ptr-head--bad" />
        </marker>
      </defs>
      {drawn.map(({ spec, d, rest, cut, ground }) => {
        const bad = spec.state !== 'ok' || spec.alarm;
        return (
          <g key={spec.from} className={`ptr ptr--${spec.state}${spec.alarm ? ' ptr--alarm' : ''}`}>
            {rest ? <path className="ptr__rest" d={rest} markerEnd={`url(#${headBad})`} /> : null}
            <path
              className="ptr__line"
              d={d}
              markerEnd={spec.to ? `url(#${bad ? headBad : head})` : undefined}
              data-testid="pointer"
              data-from={spec.from}
              data-to={spec.to ?? 'null'}
              data-state={spec.state}
            />
            {ground ? (
              <path className="ptr__ground" d={`M${ground.x},${ground.y - 9} v18 M${ground.x + 4},${ground.y - 6} v12 M${ground.x + 8},${ground.y - 3} v6`} />
            ) : null}
            {cut ? (
              <g className="ptr__cut" transform={`translate(${cut.x},${cut.y})`}>
                <circle r="9" />
                <path d="M-4,-4 L4,4 M4,-4 L-4,4" />
              </g>
            ) : null}
          </g>
        );
      })}
    </svg>
  );
}
