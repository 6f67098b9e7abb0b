// The view slice: how the screen shows the run, not what the run is. The layout mode
// and embed come from the link; the rest lives in memory only.
//
// Where each piece lives:
//   URL hash:    mode (mode=talk, mode=presenter, mode=challenge), embed (embed=1), compare's pair (cmp=left~right)
//   memory only: notes, blank, issue, side, stopAtBreak, spoilers, importDraft, intro (whether a first visit
//                shows its strip is decided at start-up, from local storage and the link)

import type { SliceCreator } from './store';

/**
 * `presenter`: the speaker's second window, which follows a talk-mode window (src/presenter).
 * `challenge`: the main view as a game: reach the scenario's goal by scheduling the threads,
 * nothing told before the run gets there (store/challenge.ts).
 */
export type Mode = 'app' | 'talk' | 'presenter' | 'challenge';

/** View options carried by a link besides the choices. */
export interface LinkView {
  /** Talk (presentation) layout, or the presenter window. */
  mode: Mode;
  /** Minimal chrome for an iframe. */
  embed: boolean;
  /** Compare mode's two variants, when it is on. */
  compare: { left: string; right: string } | null;
}

export const DEFAULT_VIEW: LinkView = { mode: 'app', embed: false, compare: null };

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
  /** What the side panel shows: the timeline's steps, or the threads' code. */
  side: 'steps' | 'code';
  /** Playback pauses at the step where an invariant first breaks. */
  stopAtBreak: boolean;
  /** Talk mode shows the verdict from the start (off by default: it appears at the break). */
  spoilers: boolean;
  /** The one-line strip for a first visit (never on a link that names a step, in talk mode or embedded). */
  intro: boolean;
  /** The text pasted into the import box, kept while the app runs. */
  importDraft: string;
  setMode(mode: Mode): void;
  setEmbed(on: boolean): void;
  /** Applies the view part of a link (from the URL). */
  applyLink(view: LinkView): void;
  toggleNotes(): void;
  toggleBlank(): void;
  setIssue(issue: LinkIssue | null): void;
  setSide(side: 'steps' | 'code'): void;
  setStopAtBreak(on: boolean): void;
  toggleSpoilers(): void;
  setIntro(on: boolean): void;
  setImportDraft(text: string): void;
}

/** Leaving talk mode drops what only talk mode shows. */
const talkOnly = (mode: Mode) => (mode === 'talk' ? {} : { notes: false, blank: false });

export const createViewSlice =
  (initial: LinkView, intro = false): SliceCreator<ViewSlice> =>
  (set) => ({
    ...initial,
    notes: false,
    blank: false,
    issue: null,
    side: 'steps',
    stopAtBreak: true,
    spoilers: false,
    intro: intro && initial.mode === 'app' && !initial.embed,
    importDraft: '',
    setMode: (mode) => set({ mode, ...talkOnly(mode) }),
    setEmbed: (embed) => set({ embed }),
    applyLink: (view) =>
      set((s) => ({
        mode: view.mode,
        embed: view.embed,
        ...talkOnly(view.mode),
        compare: view.compare ? { on: true, ...view.compare } : { ...s.compare, on: false },
      })),
    toggleNotes: () => set((s) => ({ notes: !s.notes })),
    toggleBlank: () => set((s) => ({ blank: !s.blank })),
    setIssue: (issue) => set({ issue }),
    setSide: (side) => set({ side }),
    setStopAtBreak: (stopAtBreak) => set({ stopAtBreak }),
    toggleSpoilers: () => set((s) => ({ spoilers: !s.spoilers })),
    setIntro: (intro) => set({ intro }),
    setImportDraft: (importDraft) => set({ importDraft }),
  });
