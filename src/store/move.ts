// What a drop on the timeline does, worked out before it happens (the drag preview and
// the store use the same function). A dragged step carries the spinlock critical section
// it sits in, from where its thread took the lock to where it drops it: moving T2's
// page_range_has_eb moves T2's whole private_lock section. When the exact drop cannot
// run, the block lands at the nearest position that can, and the message says where
// and why, naming steps by the numbers the timeline shows after the move.

import type { EngineState, Model, Run, Tid } from '../engine';
import { blockedBy, replay, replayValidPart } from '../engine';
import { chipsOf, moveBlock } from './timeline';

/**
 * The spinlock critical section thread `tid`'s step `index` sits in, as the first and
 * last step indices of the thread: from the step that took the outermost spinlock it
 * holds to the step that drops the last one; null when it holds none. A lock taken and
 * dropped inside one step is no section; a sleeping lock (the page lock) does not stop
 * other threads from running, so it carries nothing.
 */
export function criticalSection(model: Model<unknown>, tid: Tid, index: number): [number, number] | null {
  const steps = model.threads[tid - 1]?.steps ?? [];
  const spin = (l: string) => model.locks[l]?.kind === 'spin';
  const held = new Set<string>();
  let start = -1;
  for (let i = 0; i < steps.length; i++) {
    const s = steps[i];
    if (!s) break;
    const takes = (s.takes ?? []).filter(spin);
    if (held.size === 0 && takes.length > 0) start = i;
    for (const l of s.drops ?? []) held.delete(l);
    for (const l of takes) held.add(l);
    if (start >= 0 && held.size === 0) {
      if (index >= start && index <= i) return [start, i];
      start = -1;
    }
    if (i >= index && start < 0) return null;
  }
  return start >= 0 && index >= start ? [start, steps.length - 1] : null;
}

export interface MovePlan {
  /** The schedule after the move (unchanged when refused). */
  schedule: Tid[];
  /** Positions before the move of every step that moves, the dragged one included. */
  moved: number[];
  /** Their positions after it. */
  landed: number[];
  /** The dragged step's position after the move. */
  dragged: number;
  /** The dragged step's own critical section came along (its other steps are in `moved`). */
  section: [number, number] | null;
  /** It landed where it was dropped. */
  exact: boolean;
  /** Why the exact drop could not run, in the numbers of the new order; null when exact. */
  why: string | null;
  /** Set when no position could take the block: nothing moved. */
  refused: string | null;
  /** The engine's run of the new schedule (so the store does not replay it again). */
  run?: Run<unknown>;
}

const noMove = (schedule: readonly Tid[], from: number, refused: string | null): MovePlan => ({
  schedule: [...schedule],
  moved: [],
  landed: [],
  dragged: from,
  section: null,
  exact: refused === null,
  why: null,
  refused,
});

/** Insertion targets by distance from `to`; on a tie, the one nearer where the step came from first. */
function candidates(n: number, from: number, to: number): number[] {
  const out = [to];
  const toward = to < from ? 1 : -1;
  for (let d = 1; d < n; d++) {
    for (const t of [to + d * toward, to - d * toward]) if (t >= 0 && t < n) out.push(t);
  }
  return out;
}

export function planMove(model: Model<unknown>, schedule: readonly Tid[], from: number, to: number): MovePlan {
  const n = schedule.length;
  if (from < 0 || from >= n || to < 0 || to >= n || from === to) return noMove(schedule, from, null);
  const chips = chipsOf(model, schedule);
  const chip = chips[from];
  if (!chip) return noMove(schedule, from, null);
  const section = criticalSection(model, chip.thread, chip.index);
  const block = section
    ? chips.filter((c) => c.thread === chip.thread && c.index >= section[0] && c.index <= section[1]).map((c) => c.position)
    : [from];
  let exactWhy: string | null = null;
  for (const target of candidates(n, from, to)) {
    const m = moveBlock(schedule, block, from, target);
    if (m.moved.length === 0 || m.schedule.every((t, i) => t === schedule[i])) continue;
    const r = replay(model, m.schedule);
    if (r.ok) {
      const plan: MovePlan = { ...m, section, exact: target === to, why: null, refused: null, run: r.run };
      if (!plan.exact) plan.why = exactWhy;
      return plan;
    }
    if (target === to) exactWhy = whyNotHere(model, m.schedule, r.error.position);
  }
  return noMove(schedule, from, exactWhy ?? 'no order of these steps can run');
}

/**
 * Why an order cannot run at `position`, named by the steps of the order the user will
 * see: the lock and the steps where its holder takes and drops it.
 */
function whyNotHere(model: Model<unknown>, order: readonly Tid[], position: number): string {
  const { run } = replayValidPart(model, order.slice(0, position));
  const state: EngineState<unknown> = run.frames[position - 1]?.state ?? run.initial;
  const tid = order[position] as Tid;
  const b = blockedBy(model, state, tid);
  if (!b) return `T${tid} cannot run there`;
  const def = model.locks[b.lock];
  const verb = def?.kind === 'sleep' ? 'sleep on' : 'spin on';
  return `there T${tid} would ${verb} ${def?.label ?? b.lock} while T${b.holder} holds it`;
}

/**
 * What a move did, in words naming the steps as the timeline now numbers them: which
 * steps moved and why a critical section came along, and where the block landed when the
 * exact drop could not run. Null for a plain move of one step to where it was dropped.
 */
export function describeMove(model: Model<unknown>, plan: MovePlan, droppedAt: number): string | null {
  if (plan.refused || plan.moved.length === 0) return null;
  const chips = chipsOf(model, plan.schedule);
  const dragged = chips[plan.dragged];
  if (!dragged) return null;
  const first = Math.min(...plan.landed) + 1;
  const last = Math.max(...plan.landed) + 1;
  const parts: string[] = [];
  if (plan.section) {
    const steps = model.threads[dragged.thread - 1]?.steps ?? [];
    const lock = (steps[plan.section[0]]?.takes ?? []).map((l) => model.locks[l]?.label ?? l).join(', ');
    parts.push(
      `T${dragged.thread} ${dragged.op} runs inside its ${lock} critical section, so the section moved with it: T${dragged.thread}'s steps now run at ${first}-${last}.`,
    );
  } else if (plan.moved.length > 1) {
    parts.push(`T${dragged.thread}'s steps it passed came along to keep its order: they now run at ${first}-${last}.`);
  }
  if (!plan.exact) {
    parts.push(`Not at step ${droppedAt + 1} where it was dropped: ${plan.why ?? 'that order cannot run'}. Step ${plan.dragged + 1} is the nearest place the locks allow.`);
  }
  return parts.length ? parts.join(' ') : null;
}
