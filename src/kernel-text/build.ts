// From a diagram's named lines to a schedule.
//
// 1. Match: each line names a step of its column's thread. Steps are matched in the
//    thread's program order: an op id names the thread's next step with that op; a call
//    drawn inside a step (detach_page_private() under btrfs_detach_subpage()) names the
//    same step; a nested function header (|- detach_extent_buffer_page()) names the
//    first step inside that function; a title ("alloc_extent_buffer()" with no branch)
//    and prose name nothing. Anything else is reported with its line and column.
// 2. Order: the named steps must run in the order of their lines. The steps the diagram
//    does not name are placed by a search that prefers, at every point:
//      a) the thread that just ran, while it holds a spinlock (a critical section the
//         diagram shows as one block stays whole),
//      b) the thread of the next named step (its unnamed steps run just before it),
//      c) any other thread, lowest number first (to release what the next named step
//         waits for),
//    and backtracks if a choice leads nowhere. The engine's replay completes the rest.
//    With every step named (an exported diagram) the order is forced: export then
//    import gives back the same schedule.

import type { EngineState, Model, Tid } from '../engine';
import { applyStep, initialState, isEnabled, replay, stateKey } from '../engine';
import type { KernelTextTables } from '../packs';
import { callText, framesOf, tablesOf } from './calls';
import type { DiagramLine, ParsedDiagram } from './parse';
import { type ImportProblem, mergeProblems, ProblemList } from './problems';

export type { ImportProblem } from './problems';

export interface NamedStep {
  thread: Tid;
  index: number;
  line: number;
}

interface Cursor {
  /** Next unmatched step index. */
  next: number;
  /** Last step matched, or -1. */
  last: number;
}

type Match = { kind: 'step'; index: number; advance: boolean } | { kind: 'none' } | { kind: 'error'; message: string };

/**
 * A thread's steps by the names a line can give them, built once per model: a diagram
 * can have hundreds of thousands of lines, and each is then matched in time bounded by
 * the thread's length, without a call path rebuilt per step and line (Maps, so that
 * "constructor" names nothing).
 */
interface ThreadIndex {
  /** Step indices by op id, ascending. */
  byOp: Map<string, number[]>;
  /** Step indices by a function the step runs in (framesOf), ascending. */
  byFrame: Map<string, number[]>;
}

const indexes = new WeakMap<object, ThreadIndex[]>();

function threadIndex<K>(model: Model<K>, tid: Tid): ThreadIndex | undefined {
  let all = indexes.get(model);
  if (!all) {
    const tables = tablesOf(model);
    all = model.threads.map((th) => {
      const byOp = new Map<string, number[]>();
      const byFrame = new Map<string, number[]>();
      const add = (m: Map<string, number[]>, key: string, i: number) => {
        const list = m.get(key);
        if (!list) m.set(key, [i]);
        else if (list[list.length - 1] !== i) list.push(i);
      };
      th.steps.forEach((def, i) => {
        add(byOp, def.op, i);
        for (const fn of framesOf(tables, def, th.steps[0]?.fn)) add(byFrame, fn, i);
      });
      return { byOp, byFrame };
    });
    indexes.set(model, all);
  }
  return all[tid - 1];
}

/** The first index in `list` (ascending) at or after `from`, or -1. */
function firstFrom(list: readonly number[], from: number): number {
  for (const i of list) if (i >= from) return i;
  return -1;
}

/**
 * The op a line names once its call's argument is read: spin_lock(&private_lock) is the
 * op spin_lock_private (the pack's argCalls). Other lines name what they say.
 */
function resolveName(tables: KernelTextTables, l: DiagramLine): DiagramLine {
  if (l.name === null) return l;
  for (const ac of tables.argCalls) if (ac.call === l.name && l.args.includes(ac.arg)) return { ...l, name: ac.op };
  return l;
}

/** A name or a cell's text in a message, cut short: a pasted line can be any length. */
function clip(text: string, max = 80): string {
  return text.length <= max ? text : `${text.slice(0, max - 3)}...`;
}

function matchLine<K>(model: Model<K>, tid: Tid, at: Cursor, l: DiagramLine): Match {
  const steps = model.threads[tid - 1]?.steps ?? [];
  const ix = threadIndex(model, tid);
  const name = l.name;
  if (name === null || !ix) return { kind: 'none' };
  const tables = tablesOf(model);
  const ops = ix.byOp.get(name);
  if (ops) {
    const i = firstFrom(ops, at.next);
    if (i >= 0) return { kind: 'step', index: i, advance: true };
    return { kind: 'error', message: `T${tid} has no ${callText(tables, name)} step left here (${clip(l.text)})` };
  }
  const inner = Object.hasOwn(tables.innerCalls, name) ? tables.innerCalls[name] : undefined;
  const innerOps = inner === undefined ? undefined : ix.byOp.get(inner);
  if (innerOps) {
    if (at.last >= 0 && steps[at.last]?.op === inner) return { kind: 'none' };
    const i = firstFrom(innerOps, at.next);
    if (i >= 0) return { kind: 'step', index: i, advance: true };
  }
  const inFn = ix.byFrame.get(name);
  if (inFn) {
    if (l.title) return { kind: 'none' };
    const i = firstFrom(inFn, at.next);
    if (i >= 0) return { kind: 'step', index: i, advance: false };
    return { kind: 'none' };
  }
  if (tables.titles.has(name) && l.title) return { kind: 'none' };
  return { kind: 'error', message: `${clip(name)}() is not a step of T${tid} in ${model.scenario}/${model.variant}` };
}

/**
 * The named steps in line order (duplicates dropped), and the lines that matched
 * nothing: the first MAX_PROBLEMS of them with the parser's, in line order, and the count.
 */
export function matchDiagram<K>(model: Model<K>, d: ParsedDiagram): { named: NamedStep[]; problems: ImportProblem[]; problemCount: number } {
  const problems = new ProblemList();
  const cursors = new Map<Tid, Cursor>();
  const cursor = (t: Tid) => {
    let c = cursors.get(t);
    if (!c) {
      c = { next: 0, last: -1 };
      cursors.set(t, c);
    }
    return c;
  };
  const named: NamedStep[] = [];
  const seen = new Set<string>();
  const tables = tablesOf(model);
  for (const line of d.lines) {
    const l = resolveName(tables, line);
    if (l.name === null) continue;
    let tid = l.thread;
    let match: Match | null = null;
    if (tid === null) {
      // Flattened text: the threads that could hold this line (at most nine, each once),
      // each matched once.
      const fits = l.candidates
        .filter((t) => t <= model.threads.length)
        .map((t) => ({ t, m: matchLine(model, t, cursor(t), l) }))
        .filter((f) => f.m.kind !== 'error');
      const stepping = fits.filter((f) => f.m.kind === 'step').map((f) => f.t);
      if (stepping.length > 1) {
        problems.addLazy(
          l.line,
          l.column,
          () => `${clip(l.name ?? '')}() could be in ${stepping.map((t) => `T${t}`).join(' or ')}'s column; a diagram on one line does not say which`,
        );
        continue;
      }
      const pick = fits.find((f) => f.m.kind === 'step') ?? fits[0];
      if (!pick) {
        problems.addLazy(
          l.line,
          l.column,
          () => `${clip(l.name ?? '')}() is not a step of ${l.candidates.map((t) => `T${t}`).join(' or ')} in ${model.scenario}/${model.variant}`,
        );
        continue;
      }
      tid = pick.t;
      match = pick.m;
    }
    if (tid > model.threads.length) {
      problems.add({ line: l.line, column: l.column, message: `there is no thread T${tid} in ${model.scenario}` });
      continue;
    }
    const c = cursor(tid);
    match ??= matchLine(model, tid, c, l);
    if (match.kind === 'error') {
      problems.add({ line: l.line, column: l.column, message: match.message });
      continue;
    }
    if (match.kind === 'none') continue;
    if (match.advance) {
      c.next = match.index + 1;
      c.last = match.index;
    }
    const key = `${tid}:${match.index}`;
    if (seen.has(key)) continue;
    seen.add(key);
    named.push({ thread: tid, index: match.index, line: l.line });
  }
  return { named, problems: mergeProblems(d.problems, problems.first), problemCount: d.problemCount + problems.count };
}

/** Node budget of the search; far above what the scenarios need. */
const SEARCH_LIMIT = 200_000;

function holdsSpinlock<K>(model: Model<K>, s: EngineState<K>, tid: Tid): boolean {
  return Object.entries(s.locks).some(([name, hold]) => hold?.owner === tid && model.locks[name]?.kind === 'spin');
}

/** A schedule prefix that runs the named steps in order (see the header), or null. */
export function orderNamed<K>(model: Model<K>, named: readonly NamedStep[]): Tid[] | null {
  const isNamed = new Set(named.map((n) => `${n.thread}:${n.index}`));
  const dead = new Set<string>();
  const path: Tid[] = [];
  let budget = SEARCH_LIMIT;

  const go = (s: EngineState<K>, k: number, last: Tid | null): boolean => {
    if (k === named.length) return true;
    if (--budget < 0) return false;
    const memo = `${k}|${stateKey(model, s)}`;
    if (dead.has(memo)) return false;
    const target = named[k] as NamedStep;
    const allowed = (t: Tid) => {
      const pc = s.threads[t - 1]?.pc ?? 0;
      if (!isEnabled(model, s, t)) return false;
      if (t === target.thread) return pc <= target.index;
      return !isNamed.has(`${t}:${pc}`);
    };
    const order: Tid[] = [];
    if (last !== null && holdsSpinlock(model, s, last)) order.push(last);
    order.push(target.thread);
    for (let t = 1; t <= model.threads.length; t++) order.push(t);
    const tried = new Set<Tid>();
    for (const t of order) {
      if (tried.has(t) || !allowed(t)) continue;
      tried.add(t);
      const pc = s.threads[t - 1]?.pc ?? 0;
      const next = applyStep(model, s, t).state;
      path.push(t);
      const hit = t === target.thread && pc === target.index;
      if (go(next, hit ? k + 1 : k, t)) return true;
      path.pop();
    }
    dead.add(memo);
    return false;
  };
  return go(initialState(model), 0, null) ? path : null;
}

/** `problems`: the first MAX_PROBLEMS, in line order; `problemCount`: how many in all. */
export type ImportResult =
  | { ok: true; schedule: Tid[]; named: NamedStep[]; problems: ImportProblem[]; problemCount: number }
  | { ok: false; message: string; problems: ImportProblem[]; problemCount: number };

export function buildSchedule<K>(model: Model<K>, d: ParsedDiagram): ImportResult {
  const { named, problems, problemCount } = matchDiagram(model, d);
  if (named.length === 0) return { ok: false, message: 'the diagram names no step of this scenario', problems, problemCount };
  const prefix = orderNamed(model, named);
  if (!prefix) {
    return {
      ok: false,
      message: `the named steps cannot run in this order in ${model.scenario}/${model.variant} (a lock or a finished thread is in the way)`,
      problems,
      problemCount,
    };
  }
  const r = replay(model, prefix);
  if (!r.ok) return { ok: false, message: r.error.message, problems, problemCount };
  return { ok: true, schedule: r.run.schedule, named, problems, problemCount };
}
