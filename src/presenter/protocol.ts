// The messages between the stage (the window on the projector, in talk mode) and the
// presenter window (the speaker's laptop screen). The stage is the one source of truth:
// it sends its permalink, and the presenter replays that link with its own engine, so
// nothing about the run is trusted from a message beyond the link itself. The presenter
// sends intents back: a hello (which doubles as its heartbeat), a key as the id of an
// action of the registry, a request to restart the clock, a goodbye.
//
// Every message arrives from outside this window (a BroadcastChannel, or postMessage
// with targetOrigin '*' on file:), so each is parsed here and anything that is not
// exactly one of these shapes is dropped.

import { MAX_HASH_LENGTH } from '../permalink/format';

/** Tags every message, so other traffic on the window (extensions, other apps) is ignored. */
export const PROTOCOL = 'btrfs-race-presenter/2';

/** The BroadcastChannel name, and the name of the presenter window (window.open reuses it). */
export const PRESENTER_NAME = 'btrfs-race-presenter';

/** How often the presenter says hello; the stage answers each with its state. */
export const BEAT_MS = 1000;
/**
 * Silence after which the other window counts as gone: a crash sends no goodbye. Six
 * beats, so a window stalled for a few seconds (a busy laptop) is not given up on.
 */
export const STALE_MS = 6000;

/**
 * The actions a presenter may ask the stage to perform: the clicker's keys, the jumps
 * and the variant switch (V, Shift+V: the same interleaving under the fix). Notes (N)
 * stay out, since the projector never shows them, and so do the keys that edit the run
 * or leave talk mode: the presenter follows, it does not drive.
 */
export const FORWARDED_ACTIONS = [
  'talk-next',
  'talk-back',
  'blank',
  'next-variant',
  'prev-variant',
  'to-start',
  'to-end',
  'page-forward',
  'page-back',
  'step-forward',
  'step-back',
] as const;
export type ForwardedAction = (typeof FORWARDED_ACTIONS)[number];

/** The tour stop on the stage: the speaker's own notes, where it is in the tour, where its clicker stops. */
export interface StopNotes {
  title: string;
  notes: string;
  /** 1-based, of `count` stops. */
  index: number;
  count: number;
  /** The last step (0-based index) the clicker walks to in this stop; after it, a click opens the next stop. */
  until: number;
  /** The next stop's title; null at the tour's last stop. */
  next: string | null;
}

const MAX_ID = 64;
const MAX_TITLE = 500;
const MAX_NOTES = 20_000;
/** Stops in a tour and steps in a run: far above any real one. */
const MAX_COUNT = 100_000;

export type StageMessage =
  | {
      proto: typeof PROTOCOL;
      from: 'stage';
      /** A random id per stage page: a presenter follows one stage even if two share a channel. */
      stage: string;
      kind: 'state';
      /** The stage's permalink hash, as encodePermalink writes it. */
      link: string;
      stop: StopNotes | null;
      /** When the talk started, in ms since the epoch (both windows share one clock). */
      startedAt: number;
      /** The projector is blanked (B): the speaker must see it on the laptop. */
      blank: boolean;
    }
  | { proto: typeof PROTOCOL; from: 'stage'; stage: string; kind: 'bye' };

export type PresenterMessage =
  // `stage`: the stage followed so far, or null while looking for one (any stage answers).
  | { proto: typeof PROTOCOL; from: 'presenter'; kind: 'hello' | 'bye'; stage: string | null }
  | { proto: typeof PROTOCOL; from: 'presenter'; kind: 'key'; stage: string; action: ForwardedAction }
  | { proto: typeof PROTOCOL; from: 'presenter'; kind: 'restart-clock'; stage: string };

type Fields = Record<string, unknown>;

const objectOf = (data: unknown): Fields | null =>
  typeof data === 'object' && data !== null && !Array.isArray(data) ? (data as Fields) : null;

/** A plain object with exactly these keys (no more, so nothing rides along unseen). */
function record(data: unknown, keys: readonly string[]): Fields | null {
  const o = objectOf(data);
  if (!o) return null;
  const own = Object.keys(o);
  return own.length === keys.length && keys.every((k) => Object.hasOwn(o, k)) ? o : null;
}

const text = (v: unknown, max: number): v is string => typeof v === 'string' && v.length <= max;
const id = (v: unknown): v is string => text(v, MAX_ID) && v.length > 0;
export const isForwarded = (v: unknown): v is ForwardedAction => (FORWARDED_ACTIONS as readonly unknown[]).includes(v);

const count = (v: unknown, min: number): v is number => typeof v === 'number' && Number.isInteger(v) && v >= min && v <= MAX_COUNT;

function stopOf(v: unknown): StopNotes | null | undefined {
  if (v === null) return null;
  const r = record(v, ['title', 'notes', 'index', 'count', 'until', 'next']);
  if (!r || !text(r.title, MAX_TITLE) || !text(r.notes, MAX_NOTES) || !count(r.index, 1) || !count(r.count, 1) || !count(r.until, -1)) return undefined;
  if (r.index > r.count || !(r.next === null || text(r.next, MAX_TITLE))) return undefined;
  return { title: r.title, notes: r.notes, index: r.index, count: r.count, until: r.until, next: r.next };
}

/** A message the presenter may act on, or null. */
export function parseStageMessage(data: unknown): StageMessage | null {
  const head = objectOf(data);
  if (!head || head.proto !== PROTOCOL || head.from !== 'stage' || !id(head.stage)) return null;
  if (head.kind === 'bye') return record(data, ['proto', 'from', 'stage', 'kind']) ? { proto: PROTOCOL, from: 'stage', stage: head.stage, kind: 'bye' } : null;
  if (head.kind !== 'state') return null;
  const r = record(data, ['proto', 'from', 'stage', 'kind', 'link', 'stop', 'startedAt', 'blank']);
  if (!r || !text(r.link, MAX_HASH_LENGTH) || !r.link.startsWith('#')) return null;
  const stop = stopOf(r.stop);
  if (stop === undefined || typeof r.startedAt !== 'number' || !Number.isFinite(r.startedAt) || typeof r.blank !== 'boolean') return null;
  return { proto: PROTOCOL, from: 'stage', stage: head.stage, kind: 'state', link: r.link, stop, startedAt: r.startedAt, blank: r.blank };
}

/** A message the stage may act on, or null. */
export function parsePresenterMessage(data: unknown): PresenterMessage | null {
  const head = objectOf(data);
  if (!head || head.proto !== PROTOCOL || head.from !== 'presenter') return null;
  const base = { proto: PROTOCOL, from: 'presenter' } as const;
  switch (head.kind) {
    case 'hello':
    case 'bye': {
      const r = record(data, ['proto', 'from', 'kind', 'stage']);
      return r && (r.stage === null || id(r.stage)) ? { ...base, kind: head.kind, stage: r.stage } : null;
    }
    case 'key': {
      const r = record(data, ['proto', 'from', 'kind', 'stage', 'action']);
      return r && id(r.stage) && isForwarded(r.action) ? { ...base, kind: 'key', stage: r.stage, action: r.action } : null;
    }
    case 'restart-clock': {
      const r = record(data, ['proto', 'from', 'kind', 'stage']);
      return r && id(r.stage) ? { ...base, kind: 'restart-clock', stage: r.stage } : null;
    }
    default:
      return null;
  }
}

/** Message builders, so a sender cannot forget the tag. */
export const stageState = (stage: string, link: string, stop: StopNotes | null, startedAt: number, blank: boolean): StageMessage => ({
  proto: PROTOCOL,
  from: 'stage',
  stage,
  kind: 'state',
  link,
  stop,
  startedAt,
  blank,
});
export const stageBye = (stage: string): StageMessage => ({ proto: PROTOCOL, from: 'stage', stage, kind: 'bye' });
export const presenterHello = (stage: string | null): PresenterMessage => ({ proto: PROTOCOL, from: 'presenter', kind: 'hello', stage });
export const presenterBye = (stage: string | null): PresenterMessage => ({ proto: PROTOCOL, from: 'presenter', kind: 'bye', stage });
export const presenterKey = (stage: string, action: ForwardedAction): PresenterMessage => ({ proto: PROTOCOL, from: 'presenter', kind: 'key', stage, action });
export const restartClock = (stage: string): PresenterMessage => ({ proto: PROTOCOL, from: 'presenter', kind: 'restart-clock', stage });
