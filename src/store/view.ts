// The view slice: how the screen shows the run, not what the run is. The layout mode
// and embed come from the link; the rest lives in memory only.
//
// Where each piece lives:
//   URL hash:    mode (mode=talk), embed (embed=1)
//   memory only: notes, blank, issue

import type { SliceCreator } from './store';

export type Mode = 'app' | 'talk';

/** View options carried by a link besides the choices. */
export interface LinkView {
  /** Talk (presentation) layout. */
  mode: Mode;
  /** Minimal chrome for an iframe. */
  embed: boolean;
}

export const DEFAULT_VIEW: LinkView = { mode: 'app', embed: false };

export interface LinkIssue {
  /** One sentence: what happened to the link. */
  title: string;
  /** Each problem, saying where (key, step) and what was kept. */
  details: string[];
}

export interface ViewSlice extends LinkView {
  /** Speaker notes overlay (talk mode). */
  notes: boolean;
  /** Screen blanked (talk mode, key B). */
  blank: boolean;
  /** The banner about a link that could not be read as it was. */
  issue: LinkIssue | null;
  setMode(mode: Mode): void;
  setEmbed(on: boolean): void;
  /** Applies the view part of a link (from the URL). */
  applyLink(view: LinkView): void;
  toggleNotes(): void;
  toggleBlank(): void;
  setIssue(issue: LinkIssue | null): void;
}

/** Leaving talk mode drops what only talk mode shows. */
const talkOnly = (mode: Mode) => (mode === 'talk' ? {} : { notes: false, blank: false });

export const createViewSlice =
  (initial: LinkView): SliceCreator<ViewSlice> =>
  (set) => ({
    ...initial,
    notes: false,
    blank: false,
    issue: null,
    setMode: (mode) => set({ mode, ...talkOnly(mode) }),
    setEmbed: (embed) => set({ embed }),
    applyLink: (view) => set({ mode: view.mode, embed: view.embed, ...talkOnly(view.mode) }),
    toggleNotes: () => set((s) => ({ notes: !s.notes })),
    toggleBlank: () => set((s) => ({ blank: !s.blank })),
    setIssue: (issue) => set({ issue }),
  });
