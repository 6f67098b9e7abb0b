// View options that are not choices about the race: the layout mode, and the banner
// about a link that could not be read as it was. Kept apart from the app store so the
// store stays about the run (its Choices) and these stay about the screen.
//
// Where each piece lives:
//   URL hash:    mode (mode=talk), embed (embed=1)
//   memory only: notes, blank, issue, fullscreen requests
//   local storage: nothing

import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';
import { DEFAULT_VIEW, type LinkView, type Mode } from './format';

export interface LinkIssue {
  /** One sentence: what happened to the link. */
  title: string;
  /** Each problem, saying where (key, step) and what was kept. */
  details: string[];
}

export interface ViewStoreState extends LinkView {
  /** Speaker notes overlay (talk mode). */
  notes: boolean;
  /** Screen blanked (talk mode, key B). */
  blank: boolean;
  issue: LinkIssue | null;
  setMode(mode: Mode): void;
  setEmbed(on: boolean): void;
  /** Applies the view part of a link (from the URL). */
  applyLink(view: LinkView): void;
  toggleNotes(): void;
  toggleBlank(): void;
  setIssue(issue: LinkIssue | null): void;
}

export function createViewStore(initial: LinkView = DEFAULT_VIEW) {
  return createStore<ViewStoreState>()((set) => ({
    ...initial,
    notes: false,
    blank: false,
    issue: null,
    setMode: (mode) => set(mode === 'talk' ? { mode } : { mode, notes: false, blank: false }),
    setEmbed: (embed) => set({ embed }),
    applyLink: (view) =>
      set(view.mode === 'talk' ? { mode: view.mode, embed: view.embed } : { mode: view.mode, embed: view.embed, notes: false, blank: false }),
    toggleNotes: () => set((s) => ({ notes: !s.notes })),
    toggleBlank: () => set((s) => ({ blank: !s.blank })),
    setIssue: (issue) => set({ issue }),
  }));
}

export type ViewStore = ReturnType<typeof createViewStore>;

/** The app's one view store (the app store is handed down by context; this one is global). */
export const viewStore: ViewStore = createViewStore();

export function useView<T>(selector: (s: ViewStoreState) => T): T {
  return useStore(viewStore, selector);
}

export const selectMode = (s: ViewStoreState) => s.mode;
export const selectEmbed = (s: ViewStoreState) => s.embed;
export const selectNotes = (s: ViewStoreState) => s.notes;
export const selectBlank = (s: ViewStoreState) => s.blank;
export const selectIssue = (s: ViewStoreState) => s.issue;
