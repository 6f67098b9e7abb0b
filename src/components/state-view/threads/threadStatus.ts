// A thread's status in the shown state, in words: running, spinning or sleeping on a
// lock (and who holds it), finished, or dead in an Oops. Asked of the engine
// (blockedBy), never worked out here.

import type { EngineState, Frame, Model, Tid } from '../../../engine';
import { blockedBy } from '../../../engine';
type K = unknown;

export type ThreadStatusView =
  | { kind: 'running'; text: string }
  | { kind: 'spinning' | 'sleeping'; text: string; lock: string; holder: Tid }
  | { kind: 'finished'; text: string }
  | { kind: 'oopsed'; text: string };

export function threadStatus(model: Model<K>, state: EngineState<K>, tid: Tid, past: readonly Frame<K>[]): ThreadStatusView {
  const t = state.threads[tid - 1];
  if (!t || t.status === 'done') return { kind: 'finished', text: 'finished' };
  if (t.status === 'oops') {
    const at = past.find((f) => f.thread === tid && f.events.some((e) => e.kind === 'oops'));
    // What killed it (an assertion's BUG(), a NULL dereference) is in its log, shown below.
    return { kind: 'oopsed', text: `oopsed${at ? ` at step ${at.step} in ${at.def.fn}()` : ''}: see the kernel log` };
  }
  const b = blockedBy(model, state, tid);
  if (b) {
    const sleeping = model.locks[b.lock]?.kind === 'sleep';
    return { kind: sleeping ? 'sleeping' : 'spinning', text: b.message, lock: b.lock, holder: b.holder };
  }
  const next = model.threads[tid - 1]?.steps[t.pc];
  return { kind: 'running', text: `running: next ${next?.op ?? 'step'}` };
}

/** The Oops log thread `tid` printed on the way here, if it died. */
export function oopsLogOf(past: readonly Frame<K>[], tid: Tid): { step: number; log: readonly string[] } | null {
  for (const f of past) {
    for (const e of f.events) if (e.kind === 'oops' && e.thread === tid) return { step: f.step, log: e.log };
  }
  return null;
}
