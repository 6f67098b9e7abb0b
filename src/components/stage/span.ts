// Which rows of the schedule a stage shows, and the one-line summaries of the rest:
// the commit message's diagram cut to the moment on screen.

import type { Model } from '../../engine';
import type { Chip } from '../../store';

/** The rows [from, to) shown: `want` rows around the step just run, kept inside the schedule. */
export function visibleSpan(n: number, cursor: number, want: number): [number, number] {
  if (n <= want) return [0, n];
  // The step just run is at cursor - 1; show one row after it more than before it when
  // `want` is even, so what comes next is in view.
  const current = Math.max(0, cursor - 1);
  let from = current - Math.floor((want - 1) / 2);
  from = Math.max(0, Math.min(from, n - want));
  return [from, from + want];
}

export interface Summary {
  side: 'before' | 'after';
  text: string;
}

/**
 * "steps 1–6: T1 ×6, find_extent_buffer … attach_extent_buffer_page" before the rows
 * shown; "steps 12–25 to come: T2 ×6, T1 ×8" after them. What is to come is counted,
 * never described: a presented run does not tell its ending.
 */
export function summarize(chips: readonly Chip[], model: Model<unknown>, side: 'before' | 'after'): Summary | null {
  const first = chips[0];
  const last = chips[chips.length - 1];
  if (!first || !last) return null;
  const range = first === last ? `step ${first.position + 1}` : `steps ${first.position + 1}–${last.position + 1}`;
  const counts = model.threads
    .map((t) => ({ tid: t.tid, n: chips.filter((c) => c.thread === t.tid).length }))
    .filter((c) => c.n > 0)
    .sort((a, b) => firstOf(chips, a.tid) - firstOf(chips, b.tid))
    .map((c) => `T${c.tid} ×${c.n}`)
    .join(', ');
  if (side === 'after') return { side, text: `▼ ${range} to come: ${counts}` };
  const ops = first === last ? first.op : `${first.op} … ${last.op}`;
  return { side, text: `▲ ${range}: ${counts} (${ops})` };
}

const firstOf = (chips: readonly Chip[], tid: number) => chips.findIndex((c) => c.thread === tid);
