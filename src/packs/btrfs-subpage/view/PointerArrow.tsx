// The arrow from page->private to the struct btrfs_subpage it points at. Positions are
// measured from the DOM (the boxes reflow with the window), so this leaf owns its
// geometry; it draws itself in again whenever the target changes.

import { useId, useLayoutEffect, useState } from 'react';
import { MotionBox } from '../../../ui/motion/MotionBox';

interface Geometry {
  d: string;
  w: number;
  h: number;
}

/** Measures `[data-ptr-src]` and `[data-subpage=target]` inside `container`. */
function measure(container: HTMLElement, target: string): Geometry | null {
  const src = container.querySelector('[data-ptr-src]');
  const dst = container.querySelector(`[data-subpage="${target}"]`);
  if (!src || !dst) return null;
  const c = container.getBoundingClientRect();
  const s = src.getBoundingClientRect();
  const t = dst.getBoundingClientRect();
  if (c.width === 0 || t.width === 0) return null;
  const x1 = s.right - c.left;
  const y1 = s.top + s.height / 2 - c.top;
  const tl = t.left - c.left;
  const tt = t.top - c.top;
  // Straight across when the target faces the pointer, or with one bend into its
  // title row when the first subpage is beside it but higher or lower; otherwise over
  // the lane above the boxes to the target's top, so the arrow never crosses another
  // subpage.
  const first = dst.parentElement?.firstElementChild === dst;
  // The bend goes in the gap between struct page's box and the target.
  const box = src.closest('.sv-page')?.getBoundingClientRect();
  const gapLeft = Math.max(x1, (box?.right ?? s.right) - c.left);
  const beside = first && tl > gapLeft + 8;
  const d =
    first && y1 > tt && y1 < tt + t.height
      ? `M ${x1} ${y1} H ${tl - 2}`
      : beside
        ? `M ${x1} ${y1} H ${(gapLeft + tl) / 2} V ${tt + Math.min(12, t.height / 2)} H ${tl - 2}`
        : `M ${x1} ${y1} H ${x1 + 8} V ${tt - 8} H ${tl + 24} V ${tt - 2}`;
  return { d, w: c.width, h: c.height };
}

export function PointerArrow({
  container,
  target,
  dangling,
}: {
  container: HTMLElement | null;
  target: string | null;
  dangling: boolean;
}) {
  const [geo, setGeo] = useState<Geometry | null>(null);
  // Two pictures side by side must not share a marker id.
  const markerId = `sv-arrowhead${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  useLayoutEffect(() => {
    const el = container;
    if (!el || target === null) {
      setGeo(null);
      return;
    }
    const update = () => setGeo(measure(el, target));
    update();
    if (typeof ResizeObserver === 'undefined') return;
    const ro = new ResizeObserver(update);
    ro.observe(el);
    for (const child of el.querySelectorAll('[data-subpage], [data-ptr-src]')) ro.observe(child);
    return () => ro.disconnect();
  }, [container, target]);

  if (!geo || target === null) return null;
  return (
    <svg className="sv-arrow-layer" width={geo.w} height={geo.h} aria-hidden="true">
      <defs>
        <marker id={markerId} viewBox="0 0 8 8" refX="7" refY="4" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
          <path d="M0,0 L8,4 L0,8 z" className={dangling ? 'sv-arrow-head--dangling' : 'sv-arrow-head'} />
        </marker>
      </defs>
      <MotionBox
        tag="path"
        key={`${target}${dangling ? 'x' : ''}`}
        d={geo.d}
        className={dangling ? 'sv-arrow sv-arrow--dangling' : 'sv-arrow'}
        markerEnd={`url(#${markerId})`}
        motion={{ initial: { pathLength: 0 }, animate: { pathLength: 1 }, transition: { duration: 0.4 } }}
      />
    </svg>
  );
}
