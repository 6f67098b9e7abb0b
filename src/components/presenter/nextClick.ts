// What the clicker's next press does, as the presenter tells the speaker: the next step
// of the run, or (at the last step a tour stop walks to) the next stop, or nothing.

import type { Frame } from '../../engine';
import type { StopNotes } from '../../presenter/protocol';

export type NextClick =
  | { kind: 'step'; frame: Frame<unknown> }
  | { kind: 'stop'; index: number; count: number; title: string }
  | { kind: 'none'; why: string };

export function nextClick(stop: StopNotes | null, cursor: number, next: Frame<unknown> | null): NextClick {
  // A stop's clicker walks its steps up to `until`, then opens the next stop.
  const inStop = stop === null || cursor - 1 < stop.until;
  if (inStop && next) return { kind: 'step', frame: next };
  if (stop?.next) return { kind: 'stop', index: stop.index + 1, count: stop.count, title: stop.next };
  return { kind: 'none', why: stop ? 'the last stop of the tour ends here' : 'the end of the run' };
}

/** The same, in one line. */
export function nextClickText(n: NextClick): string {
  if (n.kind === 'step') return `Next click: step ${n.frame.step}, T${n.frame.thread} ${n.frame.op}`;
  if (n.kind === 'stop') return `Next click: stop ${n.index} of ${n.count}, “${n.title}”`;
  return `Next click: nothing (${n.why})`;
}
