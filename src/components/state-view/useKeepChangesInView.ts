// When the picture is taller than its panel (talk mode, a small screen), scroll it so
// that what the step just changed is on screen: the moment page->private drops to 0
// must never happen below the fold. Only the panel scrolls, never the page.

import { type RefObject, useLayoutEffect } from 'react';

/** Changed items below the narration and the lock strip (those sit at the top anyway). */
const CHANGED = ':is(.sv-chg, .sv-chg-box):not(.sv-narration *, .sv-locks *)';

export function useKeepChangesInView(ref: RefObject<HTMLElement | null>, step: number): void {
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs once per step, which decides what is marked changed
  useLayoutEffect(() => {
    const panel = ref.current;
    // Query before measuring: reading scrollHeight forces a layout, not needed when nothing changed.
    const changed = panel ? [...panel.querySelectorAll<HTMLElement>(CHANGED)] : [];
    if (!panel || changed.length === 0 || panel.scrollHeight <= panel.clientHeight) return;
    const box = panel.getBoundingClientRect();
    const top = Math.min(...changed.map((el) => el.getBoundingClientRect().top)) - box.top + panel.scrollTop;
    const bottom = Math.max(...changed.map((el) => el.getBoundingClientRect().bottom)) - box.top + panel.scrollTop;
    const view = panel.clientHeight;
    const margin = 8;
    let target = panel.scrollTop;
    if (bottom - top + 2 * margin > view) target = top - margin; // too tall: show its start
    else if (top - margin < target) target = top - margin;
    else if (bottom + margin > target + view) target = bottom + margin - view;
    if (Math.abs(target - panel.scrollTop) > 1) panel.scrollTop = Math.max(0, target);
  }, [ref, step]);
}
