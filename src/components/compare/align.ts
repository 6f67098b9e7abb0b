// Compare mode's pure half: one schedule run in two variants, the steps of each mapped
// to the main schedule's steps by (thread, op, occurrence) as carryOver maps them, and
// the kernel fields both variants have (the pack's compare model), so their states can
// be compared step by step.

import type { EngineState, Model, Run, Tid } from '../../engine';
import { replay } from '../../engine';
import type { CompareModel } from '../../packs';
import { carryOver, chipsOf } from '../../store/timeline';

type K = unknown;

export interface Side {
  model: Model<K>;
  run: Run<K>;
  /** Why the schedule had to change to run in this variant, if it did. */
  note: string | null;
  /** For each main cursor 0..n, this variant's cursor. */
  cursorAt: number[];
}

export interface Comparison {
  left: Side;
  right: Side;
  /** The first main cursor at which the common fields differ, or null if they never do. */
  firstDiff: number | null;
}

const keyOf = (thread: Tid, op: string, occurrence: number) => `${thread}|${op}|${occurrence}`;

/** Per chip, its (thread, op, occurrence) key: the identity carryOver keeps across variants. */
function chipKeys(model: Model<K>, schedule: readonly Tid[]): string[] {
  const seen = new Map<string, number>();
  return chipsOf(model, schedule).map((c) => {
    const base = `${c.thread}|${c.op}`;
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    return keyOf(c.thread, c.op, n);
  });
}

function side(main: Model<K>, schedule: readonly Tid[], mainKeys: readonly string[], model: Model<K>): Side {
  const carried = main === model ? { schedule: [...schedule], note: null } : carryOver(main, model, schedule);
  const r = replay(model, carried.schedule);
  if (!r.ok) throw new Error(`compare: ${r.error.message}`);
  const position = new Map<string, number>();
  chipKeys(model, r.run.schedule).forEach((k, p) => {
    position.set(k, p);
  });
  // A main step this variant lacks (a nested lock, a variant-only counter) leaves the
  // variant where it was; a step only the variant has is shown with the next mapped one.
  const cursorAt = [0];
  let at = 0;
  for (const k of mainKeys) {
    const p = position.get(k);
    if (p !== undefined && p + 1 > at) at = p + 1;
    cursorAt.push(at);
  }
  // At the main run's end, every variant is at its own end.
  cursorAt[cursorAt.length - 1] = r.run.frames.length;
  return { model, run: r.run, note: carried.note, cursorAt };
}

export function stateAt(run: Run<K>, cursor: number): EngineState<K> {
  return cursor <= 0 ? run.initial : (run.frames[cursor - 1]?.state ?? run.final);
}

/** `commonFields`: the pack's (compareModelOf), which every variant of the scenario has. */
export function compareRuns(
  main: Model<K>,
  schedule: readonly Tid[],
  left: Model<K>,
  right: Model<K>,
  commonFields: CompareModel['commonFields'],
): Comparison {
  const keys = chipKeys(main, schedule);
  const l = side(main, schedule, keys, left);
  const r = side(main, schedule, keys, right);
  let firstDiff: number | null = null;
  for (let c = 0; c <= schedule.length; c++) {
    const a = commonFields(stateAt(l.run, l.cursorAt[c] ?? 0).kernel);
    const b = commonFields(stateAt(r.run, r.cursorAt[c] ?? 0).kernel);
    if (differingFields(a, b).length > 0) {
      firstDiff = c;
      break;
    }
  }
  return { left: l, right: r, firstDiff };
}

/** The names of the fields whose values differ (a field only one side has differs). */
export function differingFields(a: ReadonlyArray<[string, string]>, b: ReadonlyArray<[string, string]>): string[] {
  const bm = new Map(b);
  const am = new Map(a);
  const names = new Set([...am.keys(), ...bm.keys()]);
  return [...names].filter((n) => am.get(n) !== bm.get(n));
}
