// Helpers packs use to write their presets: schedule prefixes named by op ids, so a
// preset keeps its meaning in every variant (a variant-only step just comes along).

import type { Model, Tid } from '../engine';

/** Thread `tid`'s steps up to and including the first `op` (all of them if it has none). */
export function runThrough(model: Model<unknown>, tid: Tid, op: string): Tid[] {
  const steps = model.threads[tid - 1]?.steps ?? [];
  const i = steps.findIndex((s) => s.op === op);
  return new Array<Tid>(i < 0 ? steps.length : i + 1).fill(tid);
}

/** Every step of thread `tid`. */
export function all(model: Model<unknown>, tid: Tid): Tid[] {
  return new Array<Tid>(model.threads[tid - 1]?.steps.length ?? 0).fill(tid);
}

/** Thread `tid`'s steps after the first `count`. */
export function rest(model: Model<unknown>, tid: Tid, count: number): Tid[] {
  return all(model, tid).slice(count);
}
