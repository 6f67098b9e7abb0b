// The explore panel's own state (memory only: nothing here goes into a link) and the
// actions that talk to the explorer worker. The app store keeps the user's choices;
// this store keeps what the worker answered and what the panel shows.

import { createStore } from 'zustand/vanilla';
import type { Tid } from '../../engine';
import type { Variant } from '../../scenarios';
import { VARIANTS } from '../../scenarios';
import type { AppStore } from '../../store';
import { type ExploreClient, spawnExploreWorker, createExploreClient } from '../../worker/client';
import type { GraphData, VariantSummary } from '../../worker/protocol';

/** Anything slower than this shows progress and a Cancel button. */
export const SLOW_MS = 100;

export interface Running {
  id: number;
  scenario: string;
  done: number;
  total: number;
  /** Past SLOW_MS: show progress and Cancel. */
  slow: boolean;
}

export interface BrowseState {
  scenario: string;
  variant: Variant;
  /** 0-based index among the bad schedules (decimal string); null for a "find the race" pick. */
  k: string | null;
  /** How many bad schedules the variant has (decimal string). */
  total: string;
  /** Which pick loaded it, when not browsed by index. */
  pick: 'shortest' | 'fewestSwitches' | null;
  /** Where the loaded schedule goes wrong. */
  step: number;
  thread: Tid;
  op: string;
  invariant: string;
}

export interface ExploreUi {
  open: boolean;
  /** Summaries per scenario, then per variant. */
  results: Readonly<Record<string, Partial<Record<Variant, VariantSummary>>>>;
  running: Running | null;
  /** A line for the user: an error, a cancel, a variant switch. */
  message: string | null;
  browse: BrowseState | null;
  busy: boolean;
  compare: { on: boolean; left: Variant; right: Variant };
  graph: { on: boolean; data: GraphData | null; loading: boolean };
}

export const exploreUi = createStore<ExploreUi>()(() => ({
  open: false,
  results: {},
  running: null,
  message: null,
  browse: null,
  busy: false,
  compare: { on: false, left: 'racy', right: 'eb_refs' },
  graph: { on: false, data: null, loading: false },
}));

let client: ExploreClient | null = null;
/** The worker starts on first use, never at page load. */
function worker(): ExploreClient {
  client ??= createExploreClient(spawnExploreWorker);
  return client;
}

/** Tests hand in a client whose worker runs in-process (client.test.ts shows how). */
export function setExploreClient(c: ExploreClient | null): void {
  client?.dispose();
  client = c;
}

export function setOpen(open: boolean): void {
  exploreUi.setState({ open });
}

export function isComplete(scenario: string): boolean {
  const row = exploreUi.getState().results[scenario];
  return !!row && VARIANTS.every((v) => row[v]);
}

/** Explores every variant of `scenario` in the worker, unless known or already running. */
export function exploreScenario(scenario: string): void {
  const s = exploreUi.getState();
  if (isComplete(scenario) || s.running?.scenario === scenario) return;
  if (s.running) worker().cancelAll();
  const { id, done } = worker().request({ type: 'explore', scenario, variants: VARIANTS }, (summary, n, total) => {
    const cur = exploreUi.getState();
    const row = { ...cur.results[scenario], [summary.variant]: summary };
    const running = cur.running?.id === id ? { ...cur.running, done: n, total } : cur.running;
    exploreUi.setState({ results: { ...cur.results, [scenario]: row }, running });
  });
  exploreUi.setState({ running: { id, scenario, done: 0, total: VARIANTS.length, slow: false }, message: null });
  const timer = setTimeout(() => {
    const r = exploreUi.getState().running;
    if (r?.id === id) exploreUi.setState({ running: { ...r, slow: true } });
  }, SLOW_MS);
  void done.then((answer) => {
    clearTimeout(timer);
    if (exploreUi.getState().running?.id !== id) return;
    const message =
      answer.type === 'error'
        ? `The explorer failed: ${answer.message}`
        : answer.type === 'cancelled'
          ? `Exploring ${scenario} was cancelled.`
          : null;
    exploreUi.setState({ running: null, message });
  });
}

/** Stops whatever the worker is doing (it is terminated and replaced). */
export function cancelExploration(): void {
  worker().cancelAll();
}

/** The variant to look for bad schedules in: the current one if it has any, else the first that does. */
export function racyVariant(scenario: string, current: Variant): Variant | null {
  const row = exploreUi.getState().results[scenario];
  if (!row) return null;
  if (row[current] && row[current]?.bad !== '0') return current;
  return VARIANTS.find((v) => row[v] && row[v]?.bad !== '0') ?? null;
}

/** Switches the app to `variant` when needed, and says so. */
function switchTo(app: AppStore, variant: Variant): void {
  const s = app.getState();
  if (s.variant === variant) return;
  exploreUi.setState({ message: `${s.variant} has no bad schedule in ${s.scenario}: switched to ${variant}.` });
  s.setVariant(variant);
}

/** Loads a schedule into the timeline and puts the cursor on the step where it goes wrong. */
function loadAtBug(app: AppStore, schedule: readonly Tid[]): { step: number; thread: Tid; op: string; invariant: string } | null {
  if (!app.getState().loadSchedule(schedule)) return null;
  const { run } = app.getState();
  if (run.outcome.verdict !== 'bug') return null;
  app.getState().seek(run.outcome.step);
  const frame = run.frames[run.outcome.step - 1];
  return { step: run.outcome.step, thread: frame?.thread ?? 0, op: frame?.op ?? '?', invariant: run.outcome.invariant };
}

/** "Find the race": the shortest bad schedule, or the one with the fewest context switches. */
export function findRace(app: AppStore, which: 'shortest' | 'fewestSwitches'): void {
  const { scenario, variant } = app.getState();
  exploreUi.setState({ message: null });
  const target = racyVariant(scenario, variant);
  const summary = target ? exploreUi.getState().results[scenario]?.[target] : undefined;
  const schedule = summary?.[which];
  if (!target || !schedule || !summary) {
    exploreUi.setState({ message: `No variant of ${scenario} has a bad schedule.` });
    return;
  }
  switchTo(app, target);
  const at = loadAtBug(app, schedule);
  exploreUi.setState({
    browse: at ? { scenario, variant: target, k: null, pick: which, total: summary.bad, ...at } : null,
  });
}

/** Loads the k-th bad schedule (0-based) of the racy variant, asked of the worker. */
export async function browseBad(app: AppStore, k: bigint): Promise<void> {
  const { scenario, variant } = app.getState();
  const target = racyVariant(scenario, variant);
  const summary = target ? exploreUi.getState().results[scenario]?.[target] : undefined;
  if (!target || !summary) return;
  const total = BigInt(summary.bad);
  const kk = ((k % total) + total) % total;
  exploreUi.setState({ busy: true });
  const answer = await worker().request({ type: 'nthBad', scenario, variant: target, k: kk.toString() }).done;
  exploreUi.setState({ busy: false });
  if (answer.type !== 'result' || answer.result.kind !== 'nthBad' || !answer.result.schedule) {
    if (answer.type === 'error') exploreUi.setState({ message: `The explorer failed: ${answer.message}` });
    return;
  }
  // The user may have moved on while the worker answered.
  if (app.getState().scenario !== scenario) return;
  switchTo(app, target);
  const at = loadAtBug(app, answer.result.schedule);
  if (at) exploreUi.setState({ browse: { scenario, variant: target, k: kk.toString(), pick: null, total: summary.bad, ...at } });
}

/** A uniformly random index below `n` (n > 0), from random decimal digits (six spare digits keep the bias below 1e-6). */
export function randomBelow(n: bigint, random: () => number = Math.random): bigint {
  if (n <= 0n) return 0n;
  const digits = n.toString().length + 6;
  let x = 0n;
  for (let i = 0; i < digits; i++) x = x * 10n + BigInt(Math.floor(random() * 10));
  return x % n;
}

export async function loadGraph(scenario: string, variant: Variant): Promise<void> {
  const g = exploreUi.getState().graph;
  if (g.data && g.data.scenario === scenario && g.data.variant === variant) return;
  exploreUi.setState({ graph: { ...g, loading: true } });
  const answer = await worker().request({ type: 'graph', scenario, variant }).done;
  const cur = exploreUi.getState().graph;
  if (answer.type === 'result' && answer.result.kind === 'graph') {
    exploreUi.setState({ graph: { ...cur, data: answer.result.graph, loading: false } });
  } else {
    exploreUi.setState({ graph: { ...cur, loading: false } });
  }
}
