// The presenter's side: the speaker's window follows one stage. It says hello every beat
// (the stage answers each with its state, so the answers are the stage's heartbeat),
// replays the stage's link in its own store, and keeps what the link does not hold (the
// tour stop's notes, the clock, the blank screen) in a small status of its own.

import { decodePermalink } from '../permalink/decode';
import type { AppStore, Mode } from '../store';
import type { Link, TransportKind } from './channel';
import {
  BEAT_MS,
  type ForwardedAction,
  parseStageMessage,
  presenterBye,
  presenterHello,
  presenterKey,
  restartClock,
  STALE_MS,
  type StopNotes,
} from './protocol';

/**
 * waiting: just opened, no answer yet; connected: following a stage; closed: the stage
 * said goodbye (closed or reloaded); lost: the stage went silent; alone: there is no
 * stage (the presenter link was opened by itself).
 */
export type Connection = 'waiting' | 'connected' | 'closed' | 'lost' | 'alone';

/** How long a new presenter waits for a stage before saying there is none. */
export const ALONE_MS = 2500;

export interface FollowStatus {
  connection: Connection;
  /** null when there is no way to reach a stage at all. */
  transport: TransportKind | null;
  /** The stage followed (its id), kept after it goes so a late message from it is known. */
  stage: string | null;
  stop: StopNotes | null;
  startedAt: number | null;
  blank: boolean;
  /** The stage's layout, read from its link: a key means there what it would mean there. */
  stageMode: Mode;
}

export interface Follower {
  status(): FollowStatus;
  subscribe(fn: () => void): () => void;
  /** Asks the stage to perform an action; false when no stage is connected to ask. */
  press(action: ForwardedAction): boolean;
  restartClock(): boolean;
  /** Tells the stage this window is going away (pagehide). */
  bye(): void;
  close(): void;
}

export function createFollower(store: AppStore, link: Link | null): Follower {
  let status: FollowStatus = {
    connection: link ? 'waiting' : 'alone',
    transport: link?.kind ?? null,
    stage: null,
    stop: null,
    startedAt: null,
    blank: false,
    stageMode: 'talk',
  };
  const born = Date.now();
  let lastHeard = 0;
  let lastLink = '';
  const listeners = new Set<() => void>();

  const update = (next: Partial<FollowStatus>) => {
    const changed = (Object.keys(next) as (keyof FollowStatus)[]).some((k) => next[k] !== status[k]);
    if (!changed) return;
    status = { ...status, ...next };
    for (const fn of [...listeners]) fn();
  };
  const following = () => (status.connection === 'connected' ? status.stage : null);

  const receive = (data: unknown, gone: boolean) => {
    const m = parseStageMessage(data);
    if (!m || (gone && m.kind !== 'bye')) return;
    const mine = m.stage === status.stage;
    if (m.kind === 'bye') {
      // From a stage that had gone silent too: it is closed, not only silent.
      if (mine && (status.connection === 'connected' || status.connection === 'lost')) update({ connection: 'closed', blank: false });
      return;
    }
    // Latched on one stage while it lives; another stage on the channel is ignored.
    if (status.connection === 'connected' && !mine) return;
    // Every hello is answered with the link, mostly unchanged: replay it only when it changes.
    let stageMode = status.stageMode;
    if (m.link !== lastLink || !mine) {
      const d = decodePermalink(m.link);
      if (!d.ok) return;
      lastLink = m.link;
      stageMode = d.value.view.mode;
      // Only the choices: this window stays a presenter whatever the stage's layout.
      store.getState().hydrate(d.value.choices);
    }
    lastHeard = Date.now();
    update({ connection: 'connected', stage: m.stage, stop: m.stop, startedAt: m.startedAt, blank: m.blank, stageMode });
  };

  const unlisten = link?.listen(receive);
  const beat = link
    ? setInterval(() => {
        const now = Date.now();
        if (status.connection === 'connected' && now - lastHeard > STALE_MS) update({ connection: 'lost', blank: false });
        if (status.connection === 'waiting' && now - born > ALONE_MS) update({ connection: 'alone' });
        link.send(presenterHello(following()));
      }, BEAT_MS)
    : null;
  link?.send(presenterHello(null));

  return {
    status: () => status,
    subscribe(fn) {
      listeners.add(fn);
      return () => listeners.delete(fn);
    },
    press(action) {
      const stage = following();
      if (!link || stage === null) return false;
      link.send(presenterKey(stage, action));
      return true;
    },
    restartClock() {
      const stage = following();
      if (!link || stage === null) return false;
      link.send(restartClock(stage));
      return true;
    },
    bye() {
      link?.send(presenterBye(following()));
    },
    close() {
      unlisten?.();
      if (beat !== null) clearInterval(beat);
      link?.close();
      listeners.clear();
    },
  };
}
