// The app's one store. It keeps the user's choices (scenario, variant, schedule,
// cursor) and recomputes what derives from them (the model, the run, the chips)
// inside the action that changes a choice, never during render.
//
// Where each piece lives (so nothing leaks into or out of a link by accident):
//   URL hash:      scenario, variant, schedule, cursor (and view options of later features)
//   local storage: nothing but the "legend seen" flag (components/legend)
//   memory only:   undo/redo history, notices, playing, speed

import { createStore } from 'zustand/vanilla';
import type { Model, Run, Tid } from '../engine';
import { replay, replayValidPart } from '../engine';
import type { BtrfsKernel, Variant } from '../scenarios';
import { DEFAULT_SCENARIO, DEFAULT_VARIANT, getModel } from '../scenarios';
import type { Chip, Preset } from './timeline';
import { carryOver, chipsOf, moveChip, PRESETS } from './timeline';

export interface Choices {
  scenario: string;
  variant: Variant;
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

export interface ViewState extends Choices {
  model: Model<BtrfsKernel>;
  run: Run<BtrfsKernel>;
  chips: Chip[];
  /** Positions (after the edit) of the chips the last move carried along. */
  lastMoved: number[];
  past: Choices[];
  future: Choices[];
  notice: Notice | null;
  playing: boolean;
  /** Playback speed in steps per second. */
  speed: number;
}

export interface Actions {
  setScenario(id: string): void;
  setVariant(v: Variant): void;
  loadPreset(id: Preset['id']): void;
  /** Replaces the schedule (completed by the engine); refuses and says why if it cannot run. */
  loadSchedule(schedule: readonly Tid[], cursor?: number): boolean;
  /** Moves the chip at `from` to `to`; refuses (with a notice) a move that cannot run. */
  moveChip(from: number, to: number): boolean;
  /** Replaces the choices wholesale (from a permalink or history navigation); no undo entry. */
  hydrate(choices: Choices): void;
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

export type Store = ViewState & Actions;

export const SPEEDS = [0.5, 1, 2, 4, 8] as const;
const HISTORY_LIMIT = 100;

function modelFor(scenario: string, variant: Variant): Model<BtrfsKernel> {
  const m = getModel(scenario, variant);
  if (!m.ok) throw new Error(m.error);
  return m.value;
}

/**
 * Every derived field for a set of choices. `known` is the run of exactly these choices
 * when the caller has just replayed them, so no edit replays its schedule twice (a drop
 * must show its new frame within one frame).
 */
function derive(c: Choices, known?: Run<BtrfsKernel>): Pick<ViewState, 'model' | 'run' | 'chips' | 'schedule' | 'cursor'> {
  const model = modelFor(c.scenario, c.variant);
  const run = known ?? replayValidPart(model, c.schedule).run;
  const schedule = run.schedule;
  const cursor = Math.max(0, Math.min(c.cursor, schedule.length));
  return { model, run, chips: chipsOf(model, schedule), schedule, cursor };
}

/** The run of a preset. One that cannot run unchanged (in same-bytenr, T1 cannot get past
 * -EEXIST until T2 deletes the dying eb) keeps its runnable prefix, completed by the engine. */
function presetRun(scenario: string, variant: Variant, id: Preset['id']): Run<BtrfsKernel> {
  const model = modelFor(scenario, variant);
  const preset = PRESETS.find((p) => p.id === id) ?? PRESETS[0];
  return replayValidPart(model, preset?.prefix(model as Model<unknown>) ?? []).run;
}

export function presetSchedule(scenario: string, variant: Variant, id: Preset['id']): Tid[] {
  return presetRun(scenario, variant, id).schedule;
}

export function defaultChoices(): Choices {
  return {
    scenario: DEFAULT_SCENARIO,
    variant: DEFAULT_VARIANT,
    schedule: presetSchedule(DEFAULT_SCENARIO, DEFAULT_VARIANT, 'commit-message'),
    cursor: 0,
  };
}

const choicesOf = (s: ViewState): Choices => ({
  scenario: s.scenario,
  variant: s.variant,
  schedule: s.schedule,
  cursor: s.cursor,
});

export function createAppStore(initial: Choices = defaultChoices()) {
  return createStore<Store>()((set, get) => {
    /** A deliberate edit: remember where we were, clear redo, apply. */
    const commit = (next: Choices, extra: Partial<ViewState> = {}, known?: Run<BtrfsKernel>) => {
      const s = get();
      set({
        ...derive(next, known),
        scenario: next.scenario,
        variant: next.variant,
        past: [...s.past, choicesOf(s)].slice(-HISTORY_LIMIT),
        future: [],
        notice: null,
        lastMoved: [],
        playing: false,
        ...extra,
      });
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
        if (id === s.scenario || !getModel(id, s.variant).ok) return;
        const run = presetRun(id, s.variant, 'commit-message');
        commit({ scenario: id, variant: s.variant, schedule: run.schedule, cursor: 0 }, {}, run);
      },
      setVariant(v) {
        const s = get();
        if (v === s.variant) return;
        const to = modelFor(s.scenario, v);
        const carried = carryOver(s.model, to, s.schedule);
        // Keep the cursor on the same step: count the carried steps up to it.
        const cursor = Math.min(s.cursor, carried.schedule.length);
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
        const move = moveChip(s.schedule, from, to);
        if (move.moved.length === 0) return false;
        const r = replay(s.model, move.schedule);
        if (!r.ok) {
          set({ notice: { kind: 'refused', message: `Refused: ${r.error.message}`, position: to }, lastMoved: [] });
          return false;
        }
        // Where the moved chips landed: the block sits contiguous around `to`.
        const start = to < from ? to : to - move.moved.length + 1;
        const landed = move.moved.map((_, i) => start + i);
        commit({ scenario: s.scenario, variant: s.variant, schedule: r.run.schedule, cursor: s.cursor }, { lastMoved: landed }, r.run);
        return true;
      },
      hydrate(choices) {
        set({ ...derive(choices), scenario: choices.scenario, variant: choices.variant, notice: null, lastMoved: [], playing: false });
      },
      undo() {
        const s = get();
        const prev = s.past[s.past.length - 1];
        if (!prev) return;
        set({
          ...derive(prev),
          scenario: prev.scenario,
          variant: prev.variant,
          past: s.past.slice(0, -1),
          future: [choicesOf(s), ...s.future],
          notice: null,
          lastMoved: [],
          playing: false,
        });
      },
      redo() {
        const s = get();
        const next = s.future[0];
        if (!next) return;
        set({
          ...derive(next),
          scenario: next.scenario,
          variant: next.variant,
          past: [...s.past, choicesOf(s)],
          future: s.future.slice(1),
          notice: null,
          lastMoved: [],
          playing: false,
        });
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
  });
}

export type AppStore = ReturnType<typeof createAppStore>;
