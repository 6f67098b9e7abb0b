// Named selectors, declared once, so components read the store the same way everywhere.

import type { EngineState, Frame } from '../engine';
import { blockedBy } from '../engine';
import type { BtrfsKernel } from '../scenarios';
import type { Store } from './store';

type K = BtrfsKernel;

/** The state shown at the cursor (the initial state at cursor 0). */
export const selectState = (s: Store): EngineState<K> =>
  s.cursor === 0 ? s.run.initial : (s.run.frames[s.cursor - 1] as Frame<K>).state;

/** The frame just executed at the cursor, or null at the start. */
export const selectFrame = (s: Store): Frame<K> | null => (s.cursor === 0 ? null : (s.run.frames[s.cursor - 1] ?? null));

/** The frame that would run next from the cursor, or null at the end. */
export const selectNextFrame = (s: Store): Frame<K> | null => s.run.frames[s.cursor] ?? null;

export const selectOutcome = (s: Store) => s.run.outcome;
export const selectCursor = (s: Store) => s.cursor;
export const selectLength = (s: Store) => s.schedule.length;
export const selectChips = (s: Store) => s.chips;
export const selectModel = (s: Store) => s.model;
export const selectVariant = (s: Store) => s.variant;
export const selectScenario = (s: Store) => s.scenario;
export const selectNotice = (s: Store) => s.notice;
export const selectPlaying = (s: Store) => s.playing;
export const selectSpeed = (s: Store) => s.speed;
export const selectCanUndo = (s: Store) => s.past.length > 0;
export const selectCanRedo = (s: Store) => s.future.length > 0;

export type ThreadView =
  | { kind: 'running' }
  | { kind: 'waiting'; how: 'spins' | 'sleeps'; lock: string; holder: number; message: string }
  | { kind: 'finished' }
  | { kind: 'oopsed' };

/** What thread `tid` is doing in the shown state: running, spinning or sleeping on a lock, done. */
export function threadView(s: Store, tid: number): ThreadView {
  const state = selectState(s);
  const t = state.threads[tid - 1];
  if (!t) return { kind: 'finished' };
  if (t.status === 'oops') return { kind: 'oopsed' };
  if (t.status === 'done') return { kind: 'finished' };
  const b = blockedBy(s.model, state, tid);
  if (b) {
    const how = s.model.locks[b.lock]?.kind === 'sleep' ? 'sleeps' : 'spins';
    return { kind: 'waiting', how, lock: b.lock, holder: b.holder, message: b.message };
  }
  return { kind: 'running' };
}
