// The explorer: every reachable state once, memoized by key, and every count as a sum
// over the state graph (the three-thread scenario has more than 10^11 schedules, so
// enumerating them is not an option). Each step adds one to the step count, so the
// graph is a DAG whose layers are the step counts; counts flow backward layer by layer.

import { outcomeOf } from './replay';
import { allFinished, applyStep, enabledThreads, initialState, stateKey } from './step';
import type { EngineState, Model, Tid } from './types';

export interface GraphNode<K> {
  key: string;
  state: EngineState<K>;
  /** Successors in thread order: [thread, node index]. */
  next: Array<[Tid, number]>;
  /** The first predecessor found (BFS, lowest thread first) and the thread that led here. */
  parent: number;
  via: Tid;
  terminal: boolean;
  /** Terminal but not every thread finished. */
  deadlock: boolean;
}

export interface OutcomeCount {
  verdict: 'safe' | 'bug';
  invariant: string | null;
  summary: string;
  schedules: bigint;
}

export interface Exploration<K> {
  scenario: string;
  variant: string;
  nodes: GraphNode<K>[];
  /** Complete schedules from each node (index-aligned with nodes). */
  total: bigint[];
  /** Complete schedules from each node that break an invariant somewhere. */
  bad: bigint[];
  schedules: bigint;
  badSchedules: bigint;
  states: number;
  /** The shortest schedule prefix that breaks an invariant. */
  shortest: Tid[] | null;
  /** A complete bad schedule with the fewest context switches (lowest threads first on ties). */
  fewestSwitches: Tid[] | null;
  outcomes: OutcomeCount[];
}

export function explore<K>(model: Model<K>): Exploration<K> {
  const nodes = buildGraph(model);
  const n = nodes.length;
  const total: bigint[] = new Array(n).fill(0n);
  const bad: bigint[] = new Array(n).fill(0n);
  // Nodes were appended in BFS order, so every successor has a larger index.
  for (let i = n - 1; i >= 0; i--) {
    const node = nodes[i] as GraphNode<K>;
    if (node.terminal) {
      const complete = !node.deadlock;
      total[i] = complete ? 1n : 0n;
      bad[i] = complete && node.state.broken ? 1n : 0n;
      continue;
    }
    let t = 0n;
    let b = 0n;
    for (const [, j] of node.next) {
      t += total[j] as bigint;
      b += bad[j] as bigint;
    }
    total[i] = t;
    bad[i] = b;
  }

  return {
    scenario: model.scenario,
    variant: model.variant,
    nodes,
    total,
    bad,
    schedules: total[0] as bigint,
    badSchedules: bad[0] as bigint,
    states: n,
    shortest: shortestBad(nodes),
    fewestSwitches: fewestSwitches(nodes),
    outcomes: countOutcomes(model, nodes),
  };
}

/** The explorer needs only the states, not what each step did on the way. */
const NO_EVENTS = { events: false } as const;

function buildGraph<K>(model: Model<K>): GraphNode<K>[] {
  const index = new Map<string, number>();
  const root = initialState(model);
  const nodes: GraphNode<K>[] = [makeNode(model, root, -1, 0)];
  index.set(nodes[0]?.key as string, 0);
  // Index-aligned with nodes. A step that only takes or drops a lock returns the same
  // kernel object, so its successor's kernel key is its own: computed once, reused.
  const kernelKeys: string[] = [model.kernelKey(root.kernel)];
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i] as GraphNode<K>;
    for (const tid of enabledThreads(model, node.state)) {
      const { state } = applyStep(model, node.state, tid, NO_EVENTS);
      const kernelKey = state.kernel === node.state.kernel ? (kernelKeys[i] as string) : model.kernelKey(state.kernel);
      const key = stateKey(model, state, kernelKey);
      let j = index.get(key);
      if (j === undefined) {
        j = nodes.length;
        index.set(key, j);
        nodes.push(makeNode(model, state, i, tid, key));
        kernelKeys.push(kernelKey);
      }
      node.next.push([tid, j]);
    }
    node.terminal = node.next.length === 0;
    node.deadlock = node.terminal && !allFinished(node.state);
  }
  return nodes;
}

function makeNode<K>(model: Model<K>, state: EngineState<K>, parent: number, via: Tid, key?: string): GraphNode<K> {
  return {
    key: key ?? stateKey(model, state),
    state,
    next: [],
    parent,
    via,
    terminal: false,
    deadlock: false,
  };
}

/** The schedule that first reached node `i` in breadth-first order. */
export function pathTo<K>(nodes: readonly GraphNode<K>[], i: number): Tid[] {
  const path: Tid[] = [];
  for (let at = i; at > 0; ) {
    const node = nodes[at] as GraphNode<K>;
    path.push(node.via);
    at = node.parent;
  }
  return path.reverse();
}

function shortestBad<K>(nodes: readonly GraphNode<K>[]): Tid[] | null {
  // BFS order visits layers in increasing step count, so the first broken node is nearest.
  const i = nodes.findIndex((node) => node.state.broken !== null);
  return i < 0 ? null : pathTo(nodes, i);
}

function fewestSwitches<K>(nodes: readonly GraphNode<K>[]): Tid[] | null {
  const threads = nodes[0]?.state.threads.length ?? 0;
  const INF = Number.POSITIVE_INFINITY;
  // cost[i * (threads + 1) + last]: fewest switches from node i to a bad complete end,
  // given that thread `last` ran the previous step (0: no previous step).
  const width = threads + 1;
  const cost = new Float64Array(nodes.length * width).fill(INF);
  for (let i = nodes.length - 1; i >= 0; i--) {
    const node = nodes[i] as GraphNode<K>;
    for (let last = 0; last <= threads; last++) {
      let best = INF;
      if (node.terminal) best = !node.deadlock && node.state.broken ? 0 : INF;
      for (const [tid, j] of node.next) {
        const c = (last !== 0 && tid !== last ? 1 : 0) + (cost[j * width + tid] as number);
        if (c < best) best = c;
      }
      cost[i * width + last] = best;
    }
  }
  if (cost[0] === INF) return null;
  const path: Tid[] = [];
  let at = 0;
  let last = 0;
  while (!(nodes[at] as GraphNode<K>).terminal) {
    const want = cost[at * width + last] as number;
    const node = nodes[at] as GraphNode<K>;
    const pick = node.next.find(([tid, j]) => (last !== 0 && tid !== last ? 1 : 0) + (cost[j * width + tid] as number) === want);
    if (!pick) break;
    path.push(pick[0]);
    at = pick[1];
    last = pick[0];
  }
  return path;
}

function countOutcomes<K>(model: Model<K>, nodes: readonly GraphNode<K>[]): OutcomeCount[] {
  const paths: bigint[] = new Array(nodes.length).fill(0n);
  paths[0] = 1n;
  const byKey = new Map<string, OutcomeCount>();
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i] as GraphNode<K>;
    const p = paths[i] as bigint;
    for (const [, j] of node.next) paths[j] = (paths[j] as bigint) + p;
    if (!node.terminal || node.deadlock) continue;
    const o = outcomeOf(node.state);
    const invariant = o.verdict === 'bug' ? o.invariant : null;
    const summary = model.summarize(node.state);
    const key = `${o.verdict}|${invariant}|${summary}`;
    const seen = byKey.get(key);
    if (seen) seen.schedules += p;
    else byKey.set(key, { verdict: o.verdict, invariant, summary, schedules: p });
  }
  return [...byKey.values()].sort((a, b) => (a.schedules > b.schedules ? -1 : a.schedules < b.schedules ? 1 : 0));
}

/**
 * The k-th (0-based) bad complete schedule in lexicographic order of thread digits,
 * found by walking down the counts instead of enumerating; null when k is out of range.
 */
export function nthBadSchedule<K>(x: Exploration<K>, k: bigint): Tid[] | null {
  if (k < 0n || k >= x.badSchedules) return null;
  const path: Tid[] = [];
  let at = 0;
  let rest = k;
  while (!(x.nodes[at] as GraphNode<K>).terminal) {
    let moved = false;
    for (const [tid, j] of (x.nodes[at] as GraphNode<K>).next) {
      const b = x.bad[j] as bigint;
      if (rest < b) {
        path.push(tid);
        at = j;
        moved = true;
        break;
      }
      rest -= b;
    }
    if (!moved) return null;
  }
  return path;
}
