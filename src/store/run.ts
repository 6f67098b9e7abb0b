// The run slice: the user's choices (scenario, variant, schedule, cursor) and what
// derives from them (the model, the engine's run, the chips), recomputed inside the
// action that changes a choice, never during render. Undo/redo, playback and notices.

import type { Model, Run, Tid } from '../engine';
import { replay, replayValidPart, whyNotRun } from '../engine';
import { DEFAULT_SCENARIO, defaultVariant, findScenario, findVariant, modelOf, presetRun } from '../packs';
import { comparePair } from './compare';
import type { AppState, SliceCreator } from './store';
import type { Chip } from './timeline';
import { describeMove, planMove } from './move';
import { carryOver, chipsOf } from './timeline';

export interface Choices {
  scenario: string;
  variant: string;
  /** The whole schedule, completed: one thread number per step. */
  schedule: Tid[];
  /** Steps shown as executed: 0 is the initial state, schedule.length the end. */
  cursor: number;
}

export interface Notice {
  kind: 'refused' | 'info';
  message: string;
  /** For a refused drop: the position the user dropped at. */
  position?: number;
}

export interface RunSlice extends Choices {
  model: Model<unknown>;
  run: Run<unknown>;
  chips: Chip[];
  /** Positions (after the edit) of the chips the last move carried along. */
  lastMoved: number[];
  past: Choices[];
  future: Choices[];
  notice: Notice | null;
  playing: boolean;
  /** Playback speed in steps per second. */
  speed: number;

  setScenario(id: string): void;
  setVariant(v: string): void;
  loadPreset(id: string): void;
  /** Replaces the schedule (completed by the engine); refuses and says why if it cannot run. */
  loadSchedule(schedule: readonly Tid[], cursor?: number): boolean;
  /**
   * Moves the chip at `from` to `to` with the critical section it sits in, or to the
   * nearest position that can run (and says so); refuses only when none can.
   */
  moveChip(from: number, to: number): boolean;
  /** Replaces the choices wholesale (from a permalink or history navigation); no undo entry. */
  hydrate(choices: Choices): void;
  /**
   * Runs thread `tid`'s next step from the cursor, dropping what followed (the engine
   * completes the rest): the Deadlock Empire way of building a schedule. A thread that
   * cannot run there changes nothing (its button says why).
   */
  runThread(tid: Tid): void;
  undo(): void;
  redo(): void;
  seek(cursor: number): void;
  stepForward(): void;
  stepBack(): void;
  toStart(): void;
  toEnd(): void;
  setPlaying(on: boolean): void;
  setSpeed(stepsPerSecond: number): void;
  dismissNotice(): void;
}

export const SPEEDS = [0.5, 1, 2, 4, 8] as const;
const HISTORY_LIMIT = 100;

/**
 * Every derived field for a set of choices. `known` is the run of exactly these choices
 * when the caller has just replayed them, so no edit replays its schedule twice (a drop
 * must show its new frame within one frame).
 */
function derive(c: Choices, known?: Run<unknown>): Pick<RunSlice, 'model' | 'run' | 'chips' | 'schedule' | 'cursor'> {
  const model = modelOf(c.scenario, c.variant);
  const run = known ?? replayValidPart(model, c.schedule).run;
  const schedule = run.schedule;
  const cursor = Math.max(0, Math.min(c.cursor, schedule.length));
  return { model, run, chips: chipsOf(model, schedule), schedule, cursor };
}

export function defaultChoices(scenario: string = DEFAULT_SCENARIO): Choices {
  const variant = defaultVariant(scenario);
  return { scenario, variant, schedule: presetRun(scenario, variant).schedule, cursor: 0 };
}

/** Where step `cursor` of one variant's schedule is in another's: the same (thread, op, occurrence), or the nearest before it. */
function sameStep(from: Model<unknown>, schedule: readonly Tid[], cursor: number, to: Model<unknown>, carried: readonly Tid[]): number {
  if (cursor <= 0) return 0;
  const key = (chips: ReturnType<typeof chipsOf>) => {
    const seen = new Map<string, number>();
    return chips.map((c) => {
      const k = `${c.thread}|${c.op}`;
      const n = seen.get(k) ?? 0;
      seen.set(k, n + 1);
      return `${k}|${n}`;
    });
  };
  const before = key(chipsOf(from, schedule));
  const after = key(chipsOf(to, carried));
  for (let i = cursor - 1; i >= 0; i--) {
    const at = after.indexOf(before[i] as string);
    if (at >= 0) return at + 1;
  }
  return 0;
}

export const choicesOf = (s: Choices): Choices => ({
  scenario: s.scenario,
  variant: s.variant,
  schedule: s.schedule,
  cursor: s.cursor,
});

const sameSchedule = (a: readonly Tid[], b: readonly Tid[]) => a.length === b.length && a.every((t, i) => t === b[i]);

export const createRunSlice =
  (initial: Choices): SliceCreator<RunSlice> =>
  (set, get) => {
    /**
     * A deliberate edit: remember where we were, clear redo, apply. An edit that changes
     * nothing (the same schedule loaded twice) leaves the history alone.
     */
    const commit = (next: Choices, extra: Partial<AppState> = {}, known?: Run<unknown>) => {
      const s = get();
      const derived = derive(next, known);
      const unchanged = next.scenario === s.scenario && next.variant === s.variant && sameSchedule(derived.schedule, s.schedule);
      set({
        ...derived,
        scenario: next.scenario,
        variant: next.variant,
        ...(unchanged ? {} : { past: [...s.past, choicesOf(s)].slice(-HISTORY_LIMIT), future: [] }),
        notice: null,
        lastMoved: [],
        playing: false,
        ...extra,
      });
    };
    /** Compare mode's pair when it does not fit `scenario` (variants belong to a scenario). */
    const pairFor = (scenario: string): Partial<AppState> => {
      const c = get().compare;
      return findVariant(scenario, c.left) && findVariant(scenario, c.right) ? {} : { compare: { ...c, ...comparePair(scenario) } };
    };
    const travel = (to: Choices, past: Choices[], future: Choices[]) => {
      set({ ...derive(to), ...pairFor(to.scenario), scenario: to.scenario, variant: to.variant, past, future, notice: null, lastMoved: [], playing: false });
    };
    const seekTo = (cursor: number) => {
      const s = get();
      set({ cursor: Math.max(0, Math.min(cursor, s.schedule.length)) });
    };

    return {
      scenario: initial.scenario,
      variant: initial.variant,
      ...derive(initial),
      lastMoved: [],
      past: [],
      future: [],
      notice: null,
      playing: false,
      speed: 2,

      setScenario(id) {
        const s = get();
        if (id === s.scenario || !findScenario(id)) return;
        // Variants belong to a scenario: keep the variant where the new one has it too.
        const variant = findVariant(id, s.variant) ? s.variant : defaultVariant(id);
        const run = presetRun(id, variant);
        commit({ scenario: id, variant, schedule: run.schedule, cursor: 0 }, pairFor(id), run);
      },
      setVariant(v) {
        const s = get();
        if (v === s.variant || !findVariant(s.scenario, v)) return;
        const to = modelOf(s.scenario, v);
        const carried = carryOver(s.model, to, s.schedule);
        // Keep the cursor on the same step (thread, op, occurrence), so a talk can show the
        // bug and then the fix at the same moment of the same interleaving.
        const cursor = sameStep(s.model, s.schedule, s.cursor, to, carried.schedule);
        commit(
          { scenario: s.scenario, variant: v, schedule: carried.schedule, cursor },
          carried.note ? { notice: { kind: 'info', message: carried.note } } : {},
        );
      },
      loadPreset(id) {
        const s = get();
        const run = presetRun(s.scenario, s.variant, id);
        commit({ scenario: s.scenario, variant: s.variant, schedule: run.schedule, cursor: 0 }, {}, run);
      },
      loadSchedule(schedule, cursor = 0) {
        const s = get();
        const r = replay(s.model, schedule);
        if (!r.ok) {
          set({ notice: { kind: 'refused', message: r.error.message, position: r.error.position } });
          return false;
        }
        commit({ scenario: s.scenario, variant: s.variant, schedule: r.run.schedule, cursor }, {}, r.run);
        return true;
      },
      moveChip(from, to) {
        const s = get();
        const plan = planMove(s.model, s.schedule, from, to);
        if (plan.refused) {
          set({ notice: { kind: 'refused', message: `Not moved: ${plan.refused}.`, position: to }, lastMoved: [] });
          return false;
        }
        if (plan.moved.length === 0) return false;
        const message = describeMove(s.model, plan, to);
        commit(
          { scenario: s.scenario, variant: s.variant, schedule: plan.schedule, cursor: s.cursor },
          { lastMoved: plan.landed, ...(message ? { notice: { kind: 'info' as const, message } } : {}) },
          plan.run,
        );
        return true;
      },
      runThread(tid) {
        const s = get();
        const at = s.cursor;
        if (s.schedule[at] === tid) {
          set({ cursor: at + 1, playing: false });
          return;
        }
        const state = at === 0 ? s.run.initial : s.run.frames[at - 1]?.state;
        if (!state || whyNotRun(s.model, state, tid)) return;
        const { run } = replayValidPart(s.model, [...s.schedule.slice(0, at), tid]);
        commit({ scenario: s.scenario, variant: s.variant, schedule: run.schedule, cursor: at + 1 }, {}, run);
      },
      hydrate(choices) {
        set({ ...derive(choices), ...pairFor(choices.scenario), scenario: choices.scenario, variant: choices.variant, notice: null, lastMoved: [], playing: false });
      },
      undo() {
        const s = get();
        const prev = s.past[s.past.length - 1];
        if (prev) travel(prev, s.past.slice(0, -1), [choicesOf(s), ...s.future]);
      },
      redo() {
        const s = get();
        const next = s.future[0];
        if (next) travel(next, [...s.past, choicesOf(s)], s.future.slice(1));
      },
      seek: seekTo,
      stepForward: () => seekTo(get().cursor + 1),
      stepBack: () => seekTo(get().cursor - 1),
      toStart: () => seekTo(0),
      toEnd: () => seekTo(get().schedule.length),
      setPlaying(on) {
        const s = get();
        // Play from the start when already at the end.
        if (on && s.cursor >= s.schedule.length) set({ cursor: 0 });
        set({ playing: on });
      },
      setSpeed(stepsPerSecond) {
        set({ speed: stepsPerSecond });
      },
      dismissNotice() {
        set({ notice: null });
      },
    };
  };
