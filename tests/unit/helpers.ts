// Shared by the engine and scenario tests: models by name, and schedules chosen by a
// sequence of numbers (each picks one of the threads enabled at that step), which is
// how the property tests generate only valid schedules.

import type { Model, Tid } from '../../src/engine';
import { allFinished, applyStep, enabledThreads, initialState, replay } from '../../src/engine';
import { getModel } from '../../src/packs';
// Tests read the btrfs kernel state back with the pack's own type.
import type { BtrfsKernel } from '../../src/packs/btrfs-subpage/model/state';

export const SCENARIO_IDS = ['seed', 'two-allocators'] as const;
export const VARIANT_IDS = ['racy', 'under_alloc', 'eb_refs'] as const;

export function model(scenario: string, variant: string): Model<BtrfsKernel> {
  const m = getModel(scenario, variant);
  if (!m.ok) throw new Error(m.error);
  return m.value as Model<BtrfsKernel>;
}

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
