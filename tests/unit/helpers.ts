// Shared by the engine tests and the packs' own tests: schedules chosen by a sequence
// of numbers (each picks one of the threads enabled at that step), which is how the
// property tests generate only valid schedules, and replays that must succeed. They
// know no race: a model comes in.

import { expect } from 'vitest';
import type { EngineState, Model, Tid } from '../../src/engine';
import { allFinished, applyStep, enabledThreads, initialState, replay } from '../../src/engine';

/** A complete schedule: at step i, the enabled thread number `picks[i] mod (enabled count)`. */
export function scheduleFrom<K>(m: Model<K>, picks: readonly number[]): Tid[] {
  let s = initialState(m);
  const out: Tid[] = [];
  for (let i = 0; !allFinished(s); i++) {
    const enabled = enabledThreads(m, s);
    if (enabled.length === 0) throw new Error(`deadlock after ${out.join('')}`);
    const tid = enabled[(picks[i] ?? 0) % enabled.length] as Tid;
    out.push(tid);
    s = applyStep(m, s, tid, { events: false }).state;
  }
  return out;
}

/** Replays a schedule that must be valid; throws with the engine's message if it is not. */
export function run<K>(m: Model<K>, schedule: readonly Tid[]) {
  const r = replay(m, schedule);
  if (!r.ok) throw new Error(r.error.message);
  return r.run;
}

/** 0-based position in `schedule` of the `occurrence`-th step named `op` of thread `tid`. */
export function positionOf<K>(m: Model<K>, schedule: readonly Tid[], tid: Tid, op: string, occurrence = 0): number {
  const steps = m.threads[tid - 1]?.steps ?? [];
  let index = -1;
  for (let i = 0, seen = 0; i < steps.length; i++) {
    if (steps[i]?.op !== op) continue;
    if (seen++ === occurrence) {
      index = i;
      break;
    }
  }
  if (index < 0) throw new Error(`T${tid} has no step ${op} #${occurrence}`);
  for (let p = 0, count = 0; p < schedule.length; p++) {
    if (schedule[p] !== tid) continue;
    if (count++ === index) return p;
  }
  return Number.POSITIVE_INFINITY;
}

/** Each step enabled in `s`, run with events off, gives the same state, violations and skip as with them on, and no events. */
export function expectSameWithEventsOff<K>(m: Model<K>, s: EngineState<K>): void {
  for (const tid of enabledThreads(m, s)) {
    const on = applyStep(m, s, tid);
    const off = applyStep(m, s, tid, { events: false });
    expect(off.state).toEqual(on.state);
    expect(off.violations).toEqual(on.violations);
    expect(off.skipped).toBe(on.skipped);
    expect(off.events).toEqual([]);
  }
}
