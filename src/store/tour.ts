// The tour slice: a speaker's ordered list of stops, each a full view with a title and
// notes, the tour being built and the tour being played. Playing loads a stop's view
// into the run slice (hydrate), sets compare and talk mode; the clicker walks a stop's
// steps from `at` to `until`, then moves to the next stop.
//
// Where each piece lives:
//   URL hash:    the tour being played and its stop (src/permalink/sync.ts writes it)
//   memory only: the tour being built, whether its panel is open
//
// Stops here are in today's step lists: a saved tour's stops were carried over when it
// was read (src/tours), and the fingerprint is added when one is written, as a
// permalink's is. `at` and `until` count as links do: the 0-based index of the step just
// run, -1 for the initial state (store.cursor = at + 1).

import type { Outcome, Tid } from '../engine';
import type { StopCard } from '../packs';
import type { SliceCreator } from './store';

export interface StopView {
  scenario: string;
  variant: string;
  /** The whole schedule, completed. */
  schedule: Tid[];
  /** Where the stop opens. */
  at: number;
  /** The last step the clicker walks to; absent: the schedule's end. */
  until?: number;
  /** Compare mode on with this pair, or off. */
  compare: { left: string; right: string } | null;
  /** A card the stage shows at this stop (packs/contract.ts StopCard). */
  card?: StopCard;
}

/** What a stop says its run shows: the verdict in the header when it is reached. */
export interface StopClaims {
  verdict: 'bug' | 'safe';
  /** The first invariant broken, for a bug. */
  invariant?: string;
}

export interface Stop {
  title: string;
  notes: string;
  view: StopView;
  claims?: StopClaims;
}

export interface Tour {
  title: string;
  stops: Stop[];
}

export interface TourPlay {
  tour: Tour;
  /** The stop shown, 0-based. */
  index: number;
}

/** The fields the builder edits in place; `until: null` walks to the end again. */
export type StopPatch = Partial<Pick<Stop, 'title' | 'notes'>> & { at?: number; until?: number | null };

export interface TourSlice {
  /** The tour being built. */
  tourDraft: Tour;
  /** The tour being played (talk mode), or null. */
  tourPlay: TourPlay | null;
  tourPanel: boolean;
  setTourPanel(open: boolean): void;
  setTourTitle(title: string): void;
  /** Replaces the tour being built (a file opened, a built-in tour copied). */
  setTourDraft(tour: Tour): void;
  /** Appends the current view as a stop. */
  addStop(): void;
  updateStop(index: number, patch: StopPatch): void;
  /** Replaces a stop's view with the current one, keeping its title and notes. */
  recaptureStop(index: number): void;
  moveStop(from: number, to: number): void;
  removeStop(index: number): void;
  playTour(tour: Tour, index?: number): void;
  nextInTour(): void;
  prevInTour(): void;
  stopTour(): void;
}

export const EMPTY_TOUR: Tour = { title: 'Untitled tour', stops: [] };

/** The last step a stop's clicker walks to. */
export const untilOf = (view: StopView): number => Math.min(view.until ?? view.schedule.length - 1, view.schedule.length - 1);

export function claimsOf(outcome: Outcome): StopClaims {
  return outcome.verdict === 'bug' ? { verdict: 'bug', invariant: outcome.invariant } : { verdict: 'safe' };
}

const clampAt = (at: number, view: StopView) => Math.max(-1, Math.min(Math.trunc(at), view.schedule.length - 1));

export const createTourSlice = (): SliceCreator<TourSlice> => (set, get) => {
  const edit = (fn: (stops: Stop[]) => Stop[]) => {
    const draft = get().tourDraft;
    set({ tourDraft: { ...draft, stops: fn([...draft.stops]) } });
  };
  /** The view on screen as a stop's view, and what its run shows. */
  const current = (): Pick<Stop, 'view' | 'claims'> => {
    const s = get();
    const at = s.cursor - 1;
    const o = s.run.outcome;
    // A new stop walks to the break, where the story of a bug is told; past it (or in a
    // safe run) to the end.
    const until = o.verdict === 'bug' && o.step - 1 >= at ? { until: o.step - 1 } : {};
    return {
      view: {
        scenario: s.scenario,
        variant: s.variant,
        schedule: [...s.schedule],
        at,
        ...until,
        compare: s.compare.on ? { left: s.compare.left, right: s.compare.right } : null,
      },
      claims: claimsOf(s.run.outcome),
    };
  };
  /** Shows stop `index` of the tour playing, at its first or its last step. */
  const load = (tour: Tour, index: number, where: 'at' | 'until') => {
    const stop = tour.stops[index];
    if (!stop) return;
    const { view } = stop;
    // The tour first: the address then names the stop before the view changes under it.
    set({ tourPlay: { tour, index } });
    const s = get();
    s.hydrate({ scenario: view.scenario, variant: view.variant, schedule: view.schedule, cursor: (where === 'at' ? view.at : untilOf(view)) + 1 });
    s.setCompare(view.compare ? { on: true, ...view.compare } : { on: false });
    if (s.mode !== 'talk') s.setMode('talk');
  };

  return {
    tourDraft: EMPTY_TOUR,
    tourPlay: null,
    tourPanel: false,
    setTourPanel: (tourPanel) => set({ tourPanel }),
    setTourTitle: (title) => set({ tourDraft: { ...get().tourDraft, title } }),
    setTourDraft: (tourDraft) => set({ tourDraft }),
    addStop() {
      const s = get();
      const frame = s.cursor > 0 ? s.run.frames[s.cursor - 1] : undefined;
      const title = frame ? `Step ${frame.step}: T${frame.thread} ${frame.op}` : 'Initial state';
      edit((stops) => [...stops, { title, notes: '', ...current() }]);
    },
    updateStop(index, patch) {
      edit((stops) => {
        const stop = stops[index];
        if (!stop) return stops;
        const view = { ...stop.view };
        if (patch.at !== undefined && Number.isFinite(patch.at)) view.at = clampAt(patch.at, view);
        if (patch.until === null) delete view.until;
        else if (patch.until !== undefined && Number.isFinite(patch.until)) view.until = clampAt(patch.until, view);
        // The clicker walks forward from where the stop opens.
        if (view.until !== undefined && view.until < view.at) view.until = view.at;
        stops[index] = {
          ...stop,
          ...(patch.title !== undefined ? { title: patch.title } : {}),
          ...(patch.notes !== undefined ? { notes: patch.notes } : {}),
          view,
        };
        return stops;
      });
    },
    recaptureStop(index) {
      edit((stops) => {
        const stop = stops[index];
        if (stop) stops[index] = { title: stop.title, notes: stop.notes, ...current() };
        return stops;
      });
    },
    moveStop(from, to) {
      edit((stops) => {
        if (from === to || !stops[from] || to < 0 || to >= stops.length) return stops;
        const [moved] = stops.splice(from, 1);
        stops.splice(to, 0, moved as Stop);
        return stops;
      });
    },
    removeStop(index) {
      edit((stops) => stops.filter((_, i) => i !== index));
    },
    playTour(tour, index = 0) {
      load(tour, Math.max(0, Math.min(index, tour.stops.length - 1)), 'at');
    },
    nextInTour() {
      const s = get();
      const play = s.tourPlay;
      const stop = play?.tour.stops[play.index];
      if (!play || !stop) return s.stepForward();
      if (s.cursor - 1 < untilOf(stop.view)) return s.stepForward();
      if (play.index + 1 < play.tour.stops.length) load(play.tour, play.index + 1, 'at');
    },
    prevInTour() {
      const s = get();
      const play = s.tourPlay;
      const stop = play?.tour.stops[play.index];
      if (!play || !stop) return s.stepBack();
      if (s.cursor - 1 > stop.view.at) return s.stepBack();
      if (play.index > 0) load(play.tour, play.index - 1, 'until');
    },
    stopTour: () => set({ tourPlay: null }),
  };
};

export const selectTourDraft = (s: TourSlice) => s.tourDraft;
export const selectTourPlay = (s: TourSlice) => s.tourPlay;
export const selectTourPanel = (s: TourSlice) => s.tourPanel;
