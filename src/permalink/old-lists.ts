// Carrying a link's digits from the step lists it was made under to today's (see
// carry.ts, which decides when that is needed). Few links need it, so it is a chunk of
// its own: entry points load it (loadOldLists) before they read such a link.

import type { Model, Tid } from '../engine';
import { replayValidPart } from '../engine';
import { opListsOf, placeByOps } from '../store/timeline';
import type { OpLists } from './carry';

export interface Carried {
  /** The carried schedule, run and completed by the engine in today's model. */
  schedule: Tid[];
  /** The cursor for the link's `at` (a checked integer >= -1), with a warning when it moved. */
  cursorFor(at: number, warnings: string[]): number;
}

/**
 * The link's digits, read against `old` (the lists of the link's fingerprint, this
 * variant's threads) and carried over to `model`. Everything that changed is told.
 */
export function carryFromOldLists<K>(
  model: Model<K>,
  scenario: string,
  link: { fp: string; now: string; old: OpLists; digits: readonly Tid[]; fromFormat1: boolean },
  warnings: string[],
  /** Problems met reading the digits, told after what happened to the link as a whole. */
  digitNotes: readonly string[] = [],
): Carried {
  const { old } = link;
  const notes = [...digitNotes];
  const digits = validPrefix(old, link.digits, notes);
  const today = opListsOf(model);
  const placed = placeByOps(old, today, digits, { leaveUnfinished: true });
  const { run, error } = replayValidPart(model, placed.order);

  const steps = `${scenario}'s ${model.variant} steps`;
  const when = link.fromFormat1
    ? `the link has no fingerprint (format 1), so it was made under the step lists of that time (fp ${link.fp}), and ${steps} have changed since (now ${link.now})`
    : `the link was made when ${steps} were different (fp ${link.fp}, now ${link.now})`;
  const dropped = digits.flatMap((t, k) => (placed.mapped[k] === -1 ? [nameOf(old, t, indexInThread(digits, k))] : []));
  const added = placed.added.map((s) => nameOf(today, s.thread, s.index));
  warnings.push(
    `${when}; its interleaving was carried over step by step by op id` +
      (dropped.length ? `; dropped, as they are no longer steps: ${dropped.join(', ')}` : '') +
      (added.length ? `; added, as new steps: ${added.join(', ')}` : ''),
    ...notes,
  );
  if (error) {
    warnings.push(`s, carried over: ${error.message}; kept the ${error.position} steps before it and completed the run`);
  }

  const schedule = run.schedule;
  const spellsOutRun = old.every((program, i) => digits.filter((t) => t === i + 1).length === program.length);
  return {
    schedule,
    cursorFor(at, warn) {
      if (at < 0) return 0;
      if (at >= digits.length && spellsOutRun) {
        warn.push(`at: step index ${at} is past the link's last step (index ${digits.length - 1}); opened at the end`);
        return schedule.length;
      }
      if (at >= digits.length) {
        // Past the digits the link spells out: the old engine completed the run there,
        // in steps no model has any more, so only the position can be kept.
        const cursor = Math.min(at + 1, schedule.length);
        warn.push(
          `at: step index ${at} lies past the ${digits.length === 1 ? '1 step' : `${digits.length} steps`} the link spells out, in its run's completion under the old steps, which cannot be carried over; opened step index ${cursor - 1} of the carried run`,
        );
        return cursor;
      }
      for (let k = at; k >= 0; k--) {
        const target = placed.mapped[k] ?? -1;
        if (target < 0) continue;
        const position = positionOf(schedule, digits[k] as Tid, target);
        if (position < 0) continue;
        if (k !== at) {
          warn.push(
            `at: the link's step index ${at} (${nameOf(old, digits[at] as Tid, indexInThread(digits, at))}) is no longer a step; opened at the nearest earlier one, ${nameOf(today, digits[k] as Tid, target)} (step index ${position})`,
          );
        }
        return position + 1;
      }
      warn.push(`at: the link's step index ${at} and the steps before it are no longer steps; opened at the initial state`);
      return 0;
    },
  };
}

/** The digits up to the first one the old lists cannot have run (no such thread, or the thread had finished). */
function validPrefix(old: OpLists, digits: readonly Tid[], warnings: string[]): Tid[] {
  const ran = new Map<Tid, number>();
  for (const [k, t] of digits.entries()) {
    const n = ran.get(t) ?? 0;
    const length = old[t - 1]?.length;
    if (length === undefined || n >= length) {
      const why = length === undefined ? `there was no thread T${t}` : `T${t} had finished (it had ${length} steps)`;
      warnings.push(`s, step ${k + 1}: in the step lists the link was made under, ${why}; kept the ${k} steps before it`);
      return digits.slice(0, k);
    }
    ran.set(t, n + 1);
  }
  return [...digits];
}

/** How many steps of the same thread come before position k: the step's index in its program. */
function indexInThread(digits: readonly Tid[], k: number): number {
  let n = 0;
  for (let i = 0; i < k; i++) if (digits[i] === digits[k]) n++;
  return n;
}

/** The position in a run of thread t's step number `index`, or -1. */
function positionOf(schedule: readonly Tid[], t: Tid, index: number): number {
  let n = 0;
  for (let p = 0; p < schedule.length; p++) {
    if (schedule[p] !== t) continue;
    if (n === index) return p;
    n++;
  }
  return -1;
}

/** "T2 radix_tree_delete", or "T2's 2nd spin_lock_buffer" when the op occurs more than once in the thread. */
function nameOf(lists: OpLists, t: Tid, index: number): string {
  const program = lists[t - 1] ?? [];
  const op = program[index] ?? '?';
  const total = program.filter((o) => o === op).length;
  if (total < 2) return `T${t} ${op}`;
  const nth = program.slice(0, index).filter((o) => o === op).length + 1;
  return `T${t}'s ${ordinal(nth)} ${op}`;
}

const ordinal = (n: number) => `${n}${n % 10 === 1 && n % 100 !== 11 ? 'st' : n % 10 === 2 && n % 100 !== 12 ? 'nd' : n % 10 === 3 && n % 100 !== 13 ? 'rd' : 'th'}`;
