// The app's store: one per app instance (STYLE.md pattern 10), made of slices.
//   run:     the user's choices (scenario, variant, schedule, cursor) and what derives
//            from them; undo/redo, playback, notices (run.ts)
//   view:    the layout (talk mode, embed), speaker notes, the link banner (view.ts)
//   explore: the explorer panel and the store's own worker client (explore.ts)
//   compare: two variants side by side (compare.ts)
//   tour:    the speaker's tour being built and the one being played (tour.ts)
//   challenge: the hints shown and a give-up in challenge mode (challenge.ts)
// Where each piece lives (so nothing leaks into or out of a link by accident):
//   URL hash:      scenario, variant, schedule, cursor, mode, embed, compare's pair; or the tour playing and its stop
//   local storage: nothing but the "legend seen" flag (components/legend)
//   memory only:   everything else

import type { StoreApi } from 'zustand/vanilla';
import { createStore } from 'zustand/vanilla';
import type { WorkerLike } from '../worker/client';
import { type ChallengeSlice, createChallengeSlice } from './challenge';
import { type CompareSlice, createCompareSlice } from './compare';
import { createExploreSlice, type ExploreSlice } from './explore';
import { type Choices, createRunSlice, defaultChoices, type RunSlice } from './run';
import { createTourSlice, type TourSlice } from './tour';
import { createViewSlice, DEFAULT_VIEW, type LinkView, type ViewSlice } from './view';

export type AppState = RunSlice & ViewSlice & ExploreSlice & CompareSlice & TourSlice & ChallengeSlice;

/** A slice's part of the state, made with the whole store's set and get. */
export type SliceCreator<T> = (set: StoreApi<AppState>['setState'], get: StoreApi<AppState>['getState']) => T;

export interface StoreInit {
  choices?: Choices;
  view?: LinkView;
  /** A first visit that does not name a step: show the one-line introduction. */
  intro?: boolean;
  /** How the explorer's worker starts (tests hand in one that runs in-process). */
  spawnWorker?: () => WorkerLike;
}

export function createAppStore(init: StoreInit = {}) {
  const choices = init.choices ?? defaultChoices();
  return createStore<AppState>()((set, get) => ({
    ...createRunSlice(choices)(set, get),
    ...createViewSlice(init.view ?? DEFAULT_VIEW, init.intro)(set, get),
    ...createExploreSlice(init.spawnWorker)(set, get),
    ...createCompareSlice(choices.scenario, init.view?.compare ?? null)(set, get),
    ...createTourSlice()(set, get),
    ...createChallengeSlice()(set, get),
  }));
}

export type AppStore = ReturnType<typeof createAppStore>;
/** The whole state with its actions, as components select from it. */
export type Store = AppState;
