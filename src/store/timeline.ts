// Pure edits of a schedule as the timeline shows it: chips, moves that keep each
// thread's order, and carrying an interleaving over to another variant.

import type { Model, Tid } from '../engine';
import { replayValidPart } from '../engine';

export interface Chip {
  /** Position in the schedule (0-based). */
  position: number;
  thread: Tid;
  /** Index of the step within its thread's program. */
  index: number;
  op: string;
}

export function chipsOf<K>(model: Model<K>, schedule: readonly Tid[]): Chip[] {
  const seen = new Array<number>(model.threads.length + 1).fill(0);
  return schedule.map((thread, position) => {
    const index = seen[thread] ?? 0;
    seen[thread] = index + 1;
    const op = model.threads[thread - 1]?.steps[index]?.op ?? '?';
    return { position, thread, index, op };
  });
}

export interface Move {
  schedule: Tid[];
  /** Positions (in the old schedule) of the chips that moved, the dragged one included. */
  moved: number[];
  /** Their positions in the new schedule, in the same order. */
  landed: number[];
  /** Where the dragged chip is in the new schedule. */
  dragged: number;
}

/**
 * Moves a block of one thread's chips (`block`: their positions, the dragged chip at
 * `from` among them) to the place of the chip at `to`. Steps of the same thread that
 * the block would pass are carried with it, so each thread's order is kept: moving
 * earlier, the thread's steps between `to` and the block come along in front of it and
 * the moved chips start at `to`; moving later, the ones between the block and `to`
 * come along behind it and the moved chips end at `to`.
 */
export function moveBlock(schedule: readonly Tid[], block: readonly number[], from: number, to: number): Move {
  const n = schedule.length;
  const none = { schedule: [...schedule], moved: [], landed: [], dragged: from };
  if (from < 0 || from >= n || to < 0 || to >= n || from === to || block.length === 0) return none;
  const t = schedule[from] as Tid;
  const first = Math.min(...block);
  const last = Math.max(...block);
  const moved = new Set(block);
  if (to < from) for (let i = Math.min(to, first); i < first; i++) if (schedule[i] === t) moved.add(i);
  if (to > from) for (let i = last + 1; i <= Math.max(to, last); i++) if (schedule[i] === t) moved.add(i);
  const order = [...moved].sort((a, b) => a - b);
  const rest = schedule.filter((_, i) => !moved.has(i));
  // Where the block lands: before the chip that was at `to` when moving earlier, after
  // it when moving later; count the chips that stay before that point.
  let insertAt = 0;
  const upTo = to < from ? to : to + 1;
  for (let i = 0; i < upTo; i++) if (!moved.has(i)) insertAt++;
  const next = [...rest.slice(0, insertAt), ...order.map(() => t), ...rest.slice(insertAt)];
  const landed = order.map((_, k) => insertAt + k);
  return { schedule: next, moved: order, landed, dragged: insertAt + order.indexOf(from) };
}

/** Moves the chip at `from` alone (with the steps of its thread it passes) to `to`. */
export function moveChip(schedule: readonly Tid[], from: number, to: number): Move {
  return moveBlock(schedule, [from], from, to);
}

/** Each thread's op ids in program order: all that carrying an interleaving needs of a model. */
export function opListsOf<K>(model: Model<K>): string[][] {
  return model.threads.map((t) => t.steps.map((s) => s.op));
}

/**
 * The same interleaving in another variant's steps: every step keeps its place by
 * (thread, op, occurrence); a step only the target has goes right after its thread's
 * previous step. When that order cannot run there, the longest runnable prefix is
 * kept and completed, and the reason is returned with it.
 */
export function carryOver<A, B>(
  from: Model<A>,
  to: Model<B>,
  schedule: readonly Tid[],
): { schedule: Tid[]; note: string | null } {
  const { order } = placeByOps(opListsOf(from), opListsOf(to), schedule);
  const { run, error } = replayValidPart(to, order);
  return {
    schedule: run.schedule,
    note: error
      ? `the interleaving could not run unchanged in ${to.variant} (${error.message}); kept its first ${error.position} steps`
      : null,
  };
}

type OpLists = readonly (readonly string[])[];

export interface Placement {
  /** The carried schedule, not yet run (it may not run: see carryOver). */
  order: Tid[];
  /** Per step of the source schedule, the index in its thread's target program of the same (op, occurrence), or -1 when the target has none. */
  mapped: number[];
  /** The placed target steps that have no counterpart in the source's lists, in the order they were placed. */
  added: Array<{ thread: Tid; index: number }>;
}

/**
 * carryOver's placement, on op lists rather than models, so that a schedule can be
 * carried from step lists that no model has any more (an old permalink). With
 * `leaveUnfinished`, a thread the source schedule did not run to its end keeps its
 * remaining steps out of the order, for the engine to complete as it completes any
 * short schedule; without it (carryOver) they go right after the thread's last step.
 */
export function placeByOps(
  from: OpLists,
  to: OpLists,
  schedule: readonly Tid[],
  { leaveUnfinished = false }: { leaveUnfinished?: boolean } = {},
): Placement {
  const out: Array<{ thread: Tid; index: number }> = [];
  const added: Array<{ thread: Tid; index: number }> = [];
  const mapped: number[] = [];
  const placed = to.map(() => new Set<number>());
  const ran = new Map<Tid, number>();
  for (const thread of schedule) {
    const index = ran.get(thread) ?? 0;
    ran.set(thread, index + 1);
    const idx = to[thread - 1] ? occurrenceIndex(from, to, thread, index) : -1;
    mapped.push(idx);
    if (idx < 0) continue;
    // Target-only steps of this thread before idx go right after the thread's previous
    // step (so under_alloc's btrfs_page_start_meta_alloc follows attach_extent_buffer_page
    // even when another thread ran in between), or right here for a thread's first steps.
    const extra: Array<{ thread: Tid; index: number }> = [];
    for (let j = 0; j < idx; j++) {
      const set = placed[thread - 1] as Set<number>;
      if (!set.has(j) && occurrenceIndex(to, from, thread, j) < 0) {
        set.add(j);
        extra.push({ thread, index: j });
      }
    }
    if (extra.length > 0) out.splice(afterLastOf(out, thread), 0, ...extra);
    added.push(...extra);
    (placed[thread - 1] as Set<number>).add(idx);
    out.push({ thread, index: idx });
  }
  // Target-only steps after a thread's last mapped step go right after that step.
  to.forEach((program, i) => {
    const tid = i + 1;
    if (leaveUnfinished && (ran.get(tid) ?? 0) < (from[i]?.length ?? 0)) return;
    const set = placed[i] as Set<number>;
    const missing = program.map((_, j) => ({ thread: tid, index: j })).filter((s) => !set.has(s.index));
    if (missing.length > 0) out.splice(afterLastOf(out, tid), 0, ...missing);
    added.push(...missing.filter((s) => occurrenceIndex(to, from, tid, s.index) < 0));
  });
  return { order: out.map((o) => o.thread), mapped, added };
}

/** The position just after thread `tid`'s last entry in `out` (the end when it has none). */
function afterLastOf(out: ReadonlyArray<{ thread: Tid }>, tid: Tid): number {
  for (let k = out.length - 1; k >= 0; k--) if (out[k]?.thread === tid) return k + 1;
  return out.length;
}

/** Index in `to`'s thread of the same (op, occurrence) as step `index` of `from`'s thread, or -1. */
function occurrenceIndex(from: OpLists, to: OpLists, tid: Tid, index: number): number {
  const src = from[tid - 1] ?? [];
  const dst = to[tid - 1] ?? [];
  const op = src[index];
  if (op === undefined) return -1;
  let occurrence = 0;
  for (let i = 0; i < index; i++) if (src[i] === op) occurrence++;
  for (let i = 0; i < dst.length; i++) {
    if (dst[i] === op) {
      if (occurrence === 0) return i;
      occurrence--;
    }
  }
  return -1;
}
