// The explore slice: what the explorer worker answered and what the panel shows
// (memory only: nothing here goes into a link), and the actions that ask the worker.
// The store owns its worker client: it starts on first use, never at page load, and
// each app instance has its own.

import type { Tid } from '../engine';
import { variantIds } from '../packs';
import { createExploreClient, type ExploreClient, spawnExploreWorker, type WorkerLike } from '../worker/client';
import type { GraphData, VariantSummary } from '../worker/protocol';
import type { AppState, SliceCreator } from './store';

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
  variant: string;
  /** The schedule it describes: the description is shown only while this is loaded. */
  schedule: string;
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

export interface ExploreState {
  open: boolean;
  /** Summaries per scenario, then per variant. */
  results: Readonly<Record<string, Readonly<Record<string, VariantSummary>>>>;
  running: Running | null;
  /** A line for the user: an error, a cancel, a variant switch. */
  message: string | null;
  browse: BrowseState | null;
  busy: boolean;
  graph: { on: boolean; data: GraphData | null; loading: boolean };
}

export interface ExploreSlice {
  explore: ExploreState;
  setExploreOpen(open: boolean): void;
  setGraphOn(on: boolean): void;
  /** Explores every variant of `scenario` in the worker, unless known or already running. */
  exploreScenario(scenario: string): void;
  /** Stops whatever the worker is doing (it is terminated and replaced). */
  cancelExploration(): void;
  /** "Find the race": the shortest bad schedule, or the one with the fewest context switches. */
  findRace(which: 'shortest' | 'fewestSwitches'): void;
  /** Loads the k-th bad schedule (0-based, wrapping) of the variant with bad schedules. */
  browseBad(k: bigint): Promise<void>;
  loadGraph(scenario: string, variant: string): Promise<void>;
  /** Ends the worker (an app instance going away). */
  disposeExplorer(): void;
}

const initialExplore: ExploreState = {
  open: false,
  results: {},
  running: null,
  message: null,
  browse: null,
  busy: false,
  graph: { on: false, data: null, loading: false },
};

export function isComplete(s: ExploreState, scenario: string): boolean {
  const row = s.results[scenario];
  return !!row && variantIds(scenario).every((v) => row[v]);
}

/** The variant to look for bad schedules in: the current one if it has any, else the first that does. */
export function racyVariant(s: ExploreState, scenario: string, current: string): string | null {
  const row = s.results[scenario];
  if (!row) return null;
  if (row[current] && row[current]?.bad !== '0') return current;
  return variantIds(scenario).find((v) => row[v] && row[v]?.bad !== '0') ?? null;
}

/** A uniformly random index below `n` (n > 0), from random decimal digits (six spare digits keep the bias below 1e-6). */
export function randomBelow(n: bigint, random: () => number = Math.random): bigint {
  if (n <= 0n) return 0n;
  const digits = n.toString().length + 6;
  let x = 0n;
  for (let i = 0; i < digits; i++) x = x * 10n + BigInt(Math.floor(random() * 10));
  return x % n;
}

export const createExploreSlice =
  (spawn: () => WorkerLike = spawnExploreWorker): SliceCreator<ExploreSlice> =>
  (set, get) => {
    let client: ExploreClient | null = null;
    const worker = (): ExploreClient => {
      client ??= createExploreClient(spawn);
      return client;
    };
    const patch = (p: Partial<ExploreState>) => set({ explore: { ...get().explore, ...p } });

    /** Switches the app to `variant` when needed, and says so. */
    const switchTo = (variant: string) => {
      const s = get();
      if (s.variant === variant) return;
      patch({ message: `${s.variant} has no bad schedule in ${s.scenario}: switched to ${variant}.` });
      s.setVariant(variant);
    };

    /** Loads a schedule and puts the cursor on the step where it goes wrong. */
    const loadAtBug = (schedule: readonly Tid[]) => {
      if (!get().loadSchedule(schedule)) return null;
      const s: AppState = get();
      if (s.run.outcome.verdict !== 'bug') return null;
      s.seek(s.run.outcome.step);
      const frame = s.run.frames[s.run.outcome.step - 1];
      return {
        schedule: s.schedule.join(''),
        step: s.run.outcome.step,
        thread: frame?.thread ?? 0,
        op: frame?.op ?? '?',
        invariant: s.run.outcome.invariant,
      };
    };

    return {
      explore: initialExplore,
      setExploreOpen: (open) => patch({ open }),
      setGraphOn: (on) => patch({ graph: { ...get().explore.graph, on } }),

      exploreScenario(scenario) {
        const x = get().explore;
        if (isComplete(x, scenario) || x.running?.scenario === scenario) return;
        if (x.running) worker().cancelAll();
        const variants = variantIds(scenario);
        const { id, done } = worker().request({ type: 'explore', scenario, variants }, (summary, n, total) => {
          const cur = get().explore;
          const row = { ...cur.results[scenario], [summary.variant]: summary };
          const running = cur.running?.id === id ? { ...cur.running, done: n, total } : cur.running;
          patch({ results: { ...cur.results, [scenario]: row }, running });
        });
        patch({ running: { id, scenario, done: 0, total: variants.length, slow: false }, message: null });
        const timer = setTimeout(() => {
          const r = get().explore.running;
          if (r?.id === id) patch({ running: { ...r, slow: true } });
        }, SLOW_MS);
        void done.then((answer) => {
          clearTimeout(timer);
          if (get().explore.running?.id !== id) return;
          const message =
            answer.type === 'error'
              ? `The explorer failed: ${answer.message}`
              : answer.type === 'cancelled'
                ? `Exploring ${scenario} was cancelled.`
                : null;
          patch({ running: null, message });
        });
      },

      cancelExploration() {
        worker().cancelAll();
      },

      findRace(which) {
        const { scenario, variant, explore } = get();
        patch({ message: null });
        const target = racyVariant(explore, scenario, variant);
        const summary = target ? explore.results[scenario]?.[target] : undefined;
        const schedule = summary?.[which];
        if (!target || !schedule || !summary) {
          patch({ message: `No variant of ${scenario} has a bad schedule.` });
          return;
        }
        switchTo(target);
        const at = loadAtBug(schedule);
        patch({ browse: at ? { scenario, variant: target, k: null, pick: which, total: summary.bad, ...at } : null });
      },

      async browseBad(k) {
        const { scenario, variant, explore } = get();
        const target = racyVariant(explore, scenario, variant);
        const summary = target ? explore.results[scenario]?.[target] : undefined;
        if (!target || !summary) return;
        const total = BigInt(summary.bad);
        const kk = ((k % total) + total) % total;
        patch({ busy: true });
        const answer = await worker().request({ type: 'nthBad', scenario, variant: target, k: kk.toString() }).done;
        patch({ busy: false });
        if (answer.type !== 'result' || answer.result.kind !== 'nthBad' || !answer.result.schedule) {
          if (answer.type === 'error') patch({ message: `The explorer failed: ${answer.message}` });
          return;
        }
        // The user may have moved on while the worker answered.
        if (get().scenario !== scenario) return;
        switchTo(target);
        const at = loadAtBug(answer.result.schedule);
        if (at) patch({ browse: { scenario, variant: target, k: kk.toString(), pick: null, total: summary.bad, ...at } });
      },

      async loadGraph(scenario, variant) {
        const g = get().explore.graph;
        if (g.data && g.data.scenario === scenario && g.data.variant === variant) return;
        patch({ graph: { ...g, loading: true } });
        const answer = await worker().request({ type: 'graph', scenario, variant }).done;
        const cur = get().explore.graph;
        if (answer.type === 'result' && answer.result.kind === 'graph') patch({ graph: { ...cur, data: answer.result.graph, loading: false } });
        else patch({ graph: { ...cur, loading: false } });
      },

      disposeExplorer() {
        client?.dispose();
        client = null;
      },
    };
  };
