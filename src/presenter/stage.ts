// The stage's side: the talk-mode window on the projector, the one source of truth. It
// sends its permalink (and the tour stop's notes, the clock, the blank screen) whenever
// they change and in answer to every hello, and performs the keys a presenter sends
// through its own action registry, so the two windows can never disagree on the run.
// While a presenter is connected, talk mode's own notes overlay stays off: the notes
// are on the laptop, and the projector never shows them.

import { findAction } from '../actions/registry';
import { encodePermalink } from '../permalink/format';
import { linkOf } from '../permalink/sync';
import type { AppStore } from '../store';
import type { TourSlice } from '../store/tour';
import type { Link } from './channel';
import { BEAT_MS, parsePresenterMessage, STALE_MS, type StopNotes, stageBye, stageState } from './protocol';
import { stopNotesOf } from './stop';

/** What the stage learns about its presenter, for a word on screen. */
export type PresenterEvent = 'connected' | 'closed' | 'lost';

export interface StageOptions {
  /** The stage's id in messages (random by default). */
  id?: string;
  /** The tour stop's own notes (by default read from the store's tour slice). */
  stopOf?: (state: Pick<TourSlice, 'tourPlay'>) => StopNotes | null;
  /** When the page entered talk mode, if it did before the stage was made. */
  talkSince?: number | null;
}

export interface Stage {
  readonly id: string;
  /** Starts talking over `link` (the first P); a later link replaces the earlier one. */
  attach(link: Link): void;
  attached(): boolean;
  connected(): boolean;
  /** When the talk started: the first moment this page was in talk mode, or the last restart. */
  startedAt(): number;
  /** Tells the presenter this page is going away (pagehide). */
  bye(): void;
  onPresenter(fn: (e: PresenterEvent) => void): () => void;
  close(): void;
}

/** Not a secret, only a name to tell two stages apart; crypto.randomUUID needs a secure context. */
export const randomId = () => `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;

export function createStage(store: AppStore, options: StageOptions = {}): Stage {
  const id = options.id ?? randomId();
  const stopOf = options.stopOf ?? stopNotesOf;
  let talkSince: number | null = options.talkSince ?? (store.getState().mode === 'talk' ? Date.now() : null);
  let link: Link | null = null;
  let unlisten: (() => void) | null = null;
  let beat: ReturnType<typeof setInterval> | null = null;
  /** What the stage last learnt about its presenter; null before any. */
  let presenterIs: PresenterEvent | null = null;
  let lastSeen = 0;
  let lastSent = '';
  const listeners = new Set<(e: PresenterEvent) => void>();

  const startedAt = () => talkSince ?? Date.now();
  const tell = (e: PresenterEvent) => {
    for (const fn of [...listeners]) fn(e);
  };

  const sendState = (force: boolean) => {
    if (!link) return;
    const s = store.getState();
    const message = stageState(id, encodePermalink(linkOf(store)), stopOf(s), startedAt(), s.blank);
    const key = JSON.stringify(message);
    if (!force && key === lastSent) return;
    lastSent = key;
    link.send(message);
  };

  const notesOff = () => {
    const s = store.getState();
    if (s.notes) s.toggleNotes();
  };

  const isConnected = () => presenterIs === 'connected';
  const learn = (e: PresenterEvent) => {
    // A goodbye after a silence is news too: the presenter that stopped answering is gone.
    if (e === presenterIs || (e !== 'connected' && presenterIs === null)) return;
    presenterIs = e;
    if (e === 'connected') notesOff();
    tell(e);
  };

  const unsubscribe = store.subscribe((s) => {
    if (talkSince === null && s.mode === 'talk') talkSince = Date.now();
    // The N key (or anything else) turning the overlay on while the presenter shows the notes.
    if (isConnected() && s.notes) {
      notesOff();
      return;
    }
    sendState(false);
  });

  const receive = (data: unknown, gone: boolean) => {
    const m = parsePresenterMessage(data);
    // A presenter that follows another stage on the same channel is not ours.
    if (!m || (m.stage !== null && m.stage !== id) || (gone && m.kind !== 'bye')) return;
    if (m.kind === 'bye') {
      learn('closed');
      return;
    }
    lastSeen = Date.now();
    learn('connected');
    if (m.kind === 'hello') sendState(true);
    else if (m.kind === 'restart-clock') {
      talkSince = Date.now();
      sendState(true);
    } else if (m.kind === 'key') {
      // The parse step let only forwarded ids through; the registry decides the rest, in
      // the stage's own layout, exactly as if the key had been pressed here.
      const action = findAction(m.action);
      const mode = store.getState().mode;
      if (action && (action.mode === undefined || action.mode === mode)) action.perform(store, null);
    }
  };

  const detach = () => {
    unlisten?.();
    unlisten = null;
    link?.close();
    link = null;
    if (beat !== null) clearInterval(beat);
    beat = null;
  };

  return {
    id,
    attach(next) {
      if (next === link) return;
      detach();
      link = next;
      unlisten = next.listen(receive);
      beat = setInterval(() => {
        if (isConnected() && Date.now() - lastSeen > STALE_MS) learn('lost');
      }, BEAT_MS);
      sendState(true);
    },
    attached: () => link !== null,
    connected: isConnected,
    startedAt,
    bye() {
      link?.send(stageBye(id));
    },
    onPresenter(fn) {
      listeners.add(fn);
      return () => listeners.delete(fn);
    },
    close() {
      unsubscribe();
      detach();
      listeners.clear();
    },
  };
}
