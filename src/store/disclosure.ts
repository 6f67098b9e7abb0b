// What a view may tell ahead of the run. The main view is a tool: its verdict and its
// marks (skipped, crash, broken, the race window) are shown up front. Wherever a run is
// *presented* (talk mode and the stage a presenter drives, a tour, an embed, a challenge) a mark
// appears only once the run reaches its step, and the verdict only at the break (or at
// the end of a safe run), so the audience finds the race rather than being told it.

import type { Outcome, Run } from '../engine';
import type { Store } from './store';

/** `all`: everything up front (the tool). `reached`: only what the run has reached. */
export type Disclosure = 'all' | 'reached';

/** Talk mode (unless the speaker asked for spoilers with S), embeds and challenges present a run. */
export const selectDisclosure = (s: Store): Disclosure => (s.embed || s.mode === 'challenge' || (s.mode === 'talk' && !s.spoilers) ? 'reached' : 'all');

/** Is the step at 0-based `position` told? It is once the cursor has run it. */
export const isTold = (disclosure: Disclosure, position: number, cursor: number): boolean => disclosure === 'all' || position < cursor;

/** The run's outcome, or null while the run has not reached it. */
export function toldOutcome(disclosure: Disclosure, run: Run<unknown>, cursor: number): Outcome | null {
  if (disclosure === 'all') return run.outcome;
  const o = run.outcome;
  const reached = o.verdict === 'bug' ? cursor >= o.step : cursor >= run.schedule.length;
  return reached ? o : null;
}
