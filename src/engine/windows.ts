// Race windows, read off the explored state graph: which step of one thread (the
// check), run while another thread stands between two of its steps, makes the run bad.
//
// Every complete schedule runs each step of each thread exactly once, so a schedule has
// one edge where the check's thread runs the check. At that edge the other thread
// stands at some pc: it has run its steps 0..pc-1 and not yet step pc. Counting, for
// each pc, the complete schedules through those edges and how many of them are bad
// (paths into the edge times completions out of it, as the explorer counts) says where
// the check makes a run bad. The window is the span of pcs where it does; it is exact
// when every schedule with the check inside it is bad and every one outside is good.
//
// A check whose branch is not taken (a skipped step: its slot stays, RACE.md 5) does not
// run in the kernel's sense: such edges count neither inside nor outside.
//
// With more than two threads a window is a pair's: whether the check is fatal may depend
// on a third thread (in two-allocators, T2's check finds eb C if T3 inserted it first).
// A window is found, and called exact, among the schedules where every other thread has
// not started when the check runs; that the windows together account for every bad
// schedule, whatever the others do, is unionCounts' to show.

import type { Exploration } from './explore';
import { applyStep } from './step';
import type { Model, Tid } from './types';

/** A thread's position: it has run its steps before `pc` and not step `pc` (pc = program length: finished). */
export interface Span {
  thread: Tid;
  /** The first and last pc inside the window. */
  first: number;
  last: number;
}

export interface Counts {
  /** Complete schedules whose check ran (not skipped) there. */
  schedules: bigint;
  bad: bigint;
}

export interface RaceWindow {
  /** The thread that stands in the window. */
  span: Span;
  /** The step of another thread whose run inside the span makes runs bad. */
  check: { thread: Tid; index: number };
  inside: Counts;
  outside: Counts;
  /** Every schedule with the check inside is bad, and every one with it outside is good. */
  exact: boolean;
}

const NO_EVENTS = { events: false } as const;

interface CheckEdge {
  from: number;
  to: number;
  skipped: boolean;
}

/** Every edge of the graph where thread `tid` runs its step `index`. */
function checkEdges<K>(model: Model<K>, x: Exploration<K>, tid: Tid, index: number): CheckEdge[] {
  const out: CheckEdge[] = [];
  x.nodes.forEach((node, i) => {
    if (node.state.threads[tid - 1]?.pc !== index) return;
    for (const [t, j] of node.next) {
      if (t !== tid) continue;
      out.push({ from: i, to: j, skipped: applyStep(model, node.state, tid, NO_EVENTS).skipped !== null });
    }
  });
  return out;
}

/** How many ways lead from the root to each node (the explorer's counts run the other way). */
export function pathsTo<K>(x: Exploration<K>): bigint[] {
  const paths: bigint[] = new Array(x.nodes.length).fill(0n);
  paths[0] = 1n;
  x.nodes.forEach((node, i) => {
    for (const [, j] of node.next) paths[j] = (paths[j] as bigint) + (paths[i] as bigint);
  });
  return paths;
}

/** No thread but `a` and `b` has started in node `i`. */
function pairAlone<K>(x: Exploration<K>, i: number, a: Tid, b: Tid): boolean {
  return (x.nodes[i]?.state.threads ?? []).every((t, k) => k + 1 === a || k + 1 === b || t.pc === 0);
}

/** Complete schedules through a check's edges (the pair alone), and the bad ones, per pc of `thread`. */
function byPc<K>(x: Exploration<K>, edges: readonly CheckEdge[], paths: readonly bigint[], thread: Tid, checker: Tid): Map<number, Counts> {
  const out = new Map<number, Counts>();
  for (const e of edges) {
    if (e.skipped || !pairAlone(x, e.from, thread, checker)) continue;
    const pc = x.nodes[e.from]?.state.threads[thread - 1]?.pc ?? 0;
    const c = out.get(pc) ?? { schedules: 0n, bad: 0n };
    const through = paths[e.from] as bigint;
    c.schedules += through * (x.total[e.to] as bigint);
    c.bad += through * (x.bad[e.to] as bigint);
    out.set(pc, c);
  }
  return out;
}

function sum(counts: Iterable<Counts>): Counts {
  let schedules = 0n;
  let bad = 0n;
  for (const c of counts) {
    schedules += c.schedules;
    bad += c.bad;
  }
  return { schedules, bad };
}

/** The counts of one span (the pair alone): schedules whose check ran inside it, and outside it. */
export function spanCounts<K>(model: Model<K>, x: Exploration<K>, span: Span, check: { thread: Tid; index: number }, paths = pathsTo(x)): { inside: Counts; outside: Counts } {
  const pcs = byPc(x, checkEdges(model, x, check.thread, check.index), paths, span.thread, check.thread);
  const inside = sum([...pcs].filter(([pc]) => pc >= span.first && pc <= span.last).map(([, c]) => c));
  const outside = sum([...pcs].filter(([pc]) => pc < span.first || pc > span.last).map(([, c]) => c));
  return { inside, outside };
}

/**
 * Every exact race window of a model: for each check (a step of one thread) and each
 * other thread, the span of that thread's pcs at which the check runs in some bad
 * schedule, kept when the check is fatal everywhere inside it and harmless everywhere
 * outside (the pair alone). A model with no bad schedule has none.
 */
export function raceWindows<K>(model: Model<K>, x: Exploration<K>): RaceWindow[] {
  if (x.badSchedules === 0n) return [];
  const paths = pathsTo(x);
  const out: RaceWindow[] = [];
  for (const program of model.threads) {
    for (let index = 0; index < program.steps.length; index++) {
      const edges = checkEdges(model, x, program.tid, index);
      for (const other of model.threads) {
        if (other.tid === program.tid) continue;
        const pcs = byPc(x, edges, paths, other.tid, program.tid);
        const racy = [...pcs].filter(([, c]) => c.bad > 0n).map(([pc]) => pc);
        if (racy.length === 0) continue;
        const span = { thread: other.tid, first: Math.min(...racy), last: Math.max(...racy) };
        const inside = sum([...pcs].filter(([pc]) => pc >= span.first && pc <= span.last).map(([, c]) => c));
        const outside = sum([...pcs].filter(([pc]) => pc < span.first || pc > span.last).map(([, c]) => c));
        const exact = inside.bad === inside.schedules && outside.bad === 0n;
        if (exact) out.push({ span, check: { thread: program.tid, index }, inside, outside, exact });
      }
    }
  }
  return out;
}

/**
 * How many complete schedules run at least one of these checks (not skipped) inside its
 * span, and how many of those are bad: when both equal the model's bad schedules, the
 * windows together say exactly which schedules are bad.
 */
export function unionCounts<K>(model: Model<K>, x: Exploration<K>, windows: readonly Pick<RaceWindow, 'span' | 'check'>[]): Counts {
  const inside = new Set<string>();
  for (const w of windows) {
    for (const e of checkEdges(model, x, w.check.thread, w.check.index)) {
      const pc = x.nodes[e.from]?.state.threads[w.span.thread - 1]?.pc ?? 0;
      if (!e.skipped && pc >= w.span.first && pc <= w.span.last) inside.add(`${e.from}>${e.to}`);
    }
  }
  // Backward over the DAG (successors have larger indexes): completions that pass an inside edge.
  const n = x.nodes.length;
  const hit: bigint[] = new Array(n).fill(0n);
  const hitBad: bigint[] = new Array(n).fill(0n);
  for (let i = n - 1; i >= 0; i--) {
    let h = 0n;
    let hb = 0n;
    for (const [, j] of x.nodes[i]?.next ?? []) {
      const through = inside.has(`${i}>${j}`);
      h += through ? (x.total[j] as bigint) : (hit[j] as bigint);
      hb += through ? (x.bad[j] as bigint) : (hitBad[j] as bigint);
    }
    hit[i] = h;
    hitBad[i] = hb;
  }
  return { schedules: hit[0] ?? 0n, bad: hitBad[0] ?? 0n };
}
