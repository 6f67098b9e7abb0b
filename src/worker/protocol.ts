// The messages between the page and the explorer's Web Worker. Every request carries an
// id; every answer names the request it answers. Counts travel as decimal strings
// (BigInt cannot be structured-cloned everywhere, and JSON never takes it), and nothing
// here holds an engine state: the page gets counts, schedules and the graph's shape.

import type { Exploration, OutcomeCount, Tid } from '../engine';
import { findScenario, variantIds } from '../packs';

/** One outcome class of a variant: the verdict, the invariant and how many schedules end so. */
export interface OutcomeSummary {
  verdict: 'safe' | 'bug';
  invariant: string | null;
  summary: string;
  /** Decimal string: exact at any size. */
  schedules: string;
}

/** What the explore table shows for one variant; every count exact, as the CLI prints it. */
export interface VariantSummary {
  scenario: string;
  variant: string;
  /** Complete schedules, as a decimal string. */
  schedules: string;
  /** Complete schedules that break an invariant, as a decimal string. */
  bad: string;
  states: number;
  /** The shortest bad schedule prefix (the engine completes it), or null. */
  shortest: Tid[] | null;
  /** A complete bad schedule with the fewest context switches, or null. */
  fewestSwitches: Tid[] | null;
  outcomes: OutcomeSummary[];
  /** Time the explorer took in the worker, in milliseconds (0 when served from cache). */
  ms: number;
}

/** The state graph's shape, index-aligned with the explorer's nodes (no states). */
export interface GraphData {
  scenario: string;
  variant: string;
  /** Steps executed to reach each node: the layer it is drawn in. */
  step: number[];
  /** First predecessor (breadth-first) and the thread that led here; -1 / 0 for the root. */
  parent: number[];
  via: Tid[];
  /** 1 when an invariant is broken in the node's state. */
  broken: number[];
  /** 1 when the node is a complete end (every thread finished). */
  end: number[];
  /** Successors of each node: [thread, node index]. */
  next: Array<Array<[Tid, number]>>;
  /** Per node, the bad complete schedules through it, as decimal strings. */
  bad: string[];
  /** Per node, how many steps each thread has run: the state's place in each program (its label). */
  pcs: number[][];
}

export type ExploreRequest =
  /** Explore every listed variant of a scenario; a progress message follows each. */
  | { id: number; type: 'explore'; scenario: string; variants: readonly string[]; fresh?: boolean }
  /** The k-th (0-based, decimal string) bad complete schedule in lexicographic order. */
  | { id: number; type: 'nthBad'; scenario: string; variant: string; k: string }
  | { id: number; type: 'graph'; scenario: string; variant: string }
  /** Stop request `target` at its next pause (between variants). */
  | { id: number; type: 'cancel'; target: number };

/** A request as the caller writes it: the client assigns the id. */
export type RequestBody = ExploreRequest extends infer R ? (R extends ExploreRequest ? Omit<R, 'id'> : never) : never;

export type ResultPayload =
  | { kind: 'explore'; summaries: VariantSummary[] }
  | { kind: 'nthBad'; variant: string; k: string; schedule: Tid[] | null }
  | { kind: 'graph'; graph: GraphData }
  | { kind: 'cancel'; target: number };

export type ExploreResponse =
  | { id: number; type: 'progress'; done: number; total: number; summary: VariantSummary }
  | { id: number; type: 'result'; result: ResultPayload }
  | { id: number; type: 'error'; message: string }
  | { id: number; type: 'cancelled' };

/** The answer a request ends with (progress messages come before it). */
export type FinalResponse = Exclude<ExploreResponse, { type: 'progress' }>;

export function summarizeExploration<K>(x: Exploration<K>, ms: number): VariantSummary {
  return {
    scenario: x.scenario,
    variant: x.variant,
    schedules: x.schedules.toString(),
    bad: x.badSchedules.toString(),
    states: x.states,
    shortest: x.shortest ? [...x.shortest] : null,
    fewestSwitches: x.fewestSwitches ? [...x.fewestSwitches] : null,
    outcomes: x.outcomes.map(outcomeSummary),
    ms,
  };
}

function outcomeSummary(o: OutcomeCount): OutcomeSummary {
  return { verdict: o.verdict, invariant: o.invariant, summary: o.summary, schedules: o.schedules.toString() };
}

export function graphData<K>(x: Exploration<K>): GraphData {
  return {
    scenario: x.scenario,
    variant: x.variant,
    step: x.nodes.map((n) => n.state.step),
    parent: x.nodes.map((n) => n.parent),
    via: x.nodes.map((n) => n.via),
    broken: x.nodes.map((n) => (n.state.broken ? 1 : 0)),
    end: x.nodes.map((n) => (n.terminal && !n.deadlock ? 1 : 0)),
    next: x.nodes.map((n) => n.next.map(([t, j]): [Tid, number] => [t, j])),
    bad: x.bad.map((b) => b.toString()),
    pcs: x.nodes.map((n) => n.state.threads.map((t) => t.pc)),
  };
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
/** A variant of `scenario` (variants belong to a scenario). */
const isVariantOf = (scenario: string) => (v: unknown): v is string => typeof v === 'string' && variantIds(scenario).includes(v);

/** Checks a message from the page; the worker answers anything else with an error. */
export function parseRequest(data: unknown): { ok: true; value: ExploreRequest } | { ok: false; id: number; error: string } {
  if (!isObject(data)) return { ok: false, id: -1, error: 'request is not an object' };
  const id = data.id;
  if (typeof id !== 'number' || !Number.isInteger(id)) return { ok: false, id: -1, error: 'request has no integer id' };
  const bad = (error: string) => ({ ok: false as const, id, error });
  switch (data.type) {
    case 'explore': {
      const variants = data.variants;
      if (typeof data.scenario !== 'string') return bad('explore: scenario must be a string');
      if (!findScenario(data.scenario)) return bad(`explore: unknown scenario ${JSON.stringify(data.scenario.slice(0, 40))}`);
      if (!Array.isArray(variants) || variants.length === 0 || !variants.every(isVariantOf(data.scenario))) {
        return bad(`explore: variants must be a non-empty list of ${variantIds(data.scenario).join(', ')}`);
      }
      return { ok: true, value: { id, type: 'explore', scenario: data.scenario, variants, fresh: data.fresh === true } };
    }
    case 'nthBad':
      if (typeof data.scenario !== 'string' || !isVariantOf(data.scenario)(data.variant)) return bad('nthBad: scenario and variant required');
      if (typeof data.k !== 'string' || !/^\d{1,40}$/.test(data.k)) return bad('nthBad: k must be a decimal string');
      return { ok: true, value: { id, type: 'nthBad', scenario: data.scenario, variant: data.variant, k: data.k } };
    case 'graph':
      if (typeof data.scenario !== 'string' || !isVariantOf(data.scenario)(data.variant)) return bad('graph: scenario and variant required');
      return { ok: true, value: { id, type: 'graph', scenario: data.scenario, variant: data.variant } };
    case 'cancel':
      if (typeof data.target !== 'number') return bad('cancel: target must be a request id');
      return { ok: true, value: { id, type: 'cancel', target: data.target } };
    default:
      return bad(`unknown request type ${JSON.stringify(data.type)}`);
  }
}
