// Keeps the URL hash and the stores in step, both ways.
//   store -> URL: a cursor change (stepping, dragging the scrubber, playing) replaces the
//     current history entry (throttled: browsers refuse floods of replaceState); any other
//     change of the choices (scenario, variant, preset, a drop, undo/redo) or of the mode
//     pushes a new entry, so Back and Forward walk through them. Both are written in a
//     task of their own, after the change's frame; a navigation cancels what was pending.
//   URL -> store: popstate/hashchange decode the hash and hydrate the store.
// No loop: while hydrating, writes are replacements; and a hash equal to the one in the
// address bar is never written again.
// While a tour plays, the address is the tour and its stop (src/tours/address.ts), not the
// view. Reading a tour link (src/tours/link.ts, with the tour file's reader) is a chunk of
// its own, loaded when an address carries a tour: most never do.

import type { AppStore, Choices, LinkIssue, StoreInit } from '../store';
import type { Decoded } from './decode';
import { loadOldLists } from './carry';
import { decodePermalink, defaultPermalink, needsOldLists } from './decode';
import { encodePermalink, type Permalink } from './format';
import { isTourLink, tourAddress } from '../tours/address';
import type { DecodedTourLink } from '../tours/link';

const tourLinkReader = () => import('../tours/link');
/** The banner when the reader's chunk cannot be loaded (a site updated under an open tab, a lost connection). */
const readerFailed = (shown: string): LinkIssue => ({
  title: `This tour link could not be opened: the part of the app that reads tours did not load (reload the page to try again). ${shown}`,
  details: [],
});

/** The part of a window the sync uses (a fake one in unit tests). */
export interface HistoryHost {
  location: { hash: string };
  history: { pushState(data: unknown, unused: string, url?: string): void; replaceState(data: unknown, unused: string, url?: string): void };
  addEventListener(type: 'popstate' | 'hashchange', fn: () => void): void;
  removeEventListener(type: 'popstate' | 'hashchange', fn: () => void): void;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(id: unknown): void;
}

/**
 * Minimum time between two replaceState calls while the cursor moves. Each call costs
 * Chromium milliseconds of the main thread; playing at 8 steps a second, one address
 * update every few steps is plenty (the last position is always written).
 */
export const REPLACE_INTERVAL_MS = 400;

export function linkOf(store: AppStore): Permalink {
  const s = store.getState();
  return {
    choices: { scenario: s.scenario, variant: s.variant, schedule: s.schedule, cursor: s.cursor },
    view: { mode: s.mode, embed: s.embed, compare: s.compare.on ? { left: s.compare.left, right: s.compare.right } : null },
  };
}

/** The address of what is shown: the tour playing and its stop, or the view. */
export function addressOf(store: AppStore): string {
  const play = store.getState().tourPlay;
  return play ? tourAddress(play.tour, play.index) : encodePermalink(linkOf(store));
}

/** Plays a tour read from a link; an empty builder gets a copy of it, to edit. */
function openTour(store: AppStore, d: DecodedTourLink): void {
  if (!d.ok || d.tour.stops.length === 0) return;
  const s = store.getState();
  if (s.tourDraft.stops.length === 0) s.setTourDraft(d.tour);
  s.playTour(d.tour, d.stop);
}

/**
 * The banner for a decoded link, or null when it was read as it is. A refused link
 * opens the default view when the app starts from it, and keeps the current view when
 * it arrives in a running tab (`opening` false): the banner says which.
 */
export function issueOf(d: Decoded, opening = true): LinkIssue | null {
  if (!d.ok) {
    const shown = opening ? 'The default view is shown instead.' : 'The view you had is kept.';
    return { title: `This link could not be opened: ${d.reason}. ${shown}`, details: [] };
  }
  if (d.warnings.length === 0) return null;
  if (d.carried) {
    return { title: "This link was made when this scenario's steps were different; its interleaving was carried over to today's steps.", details: d.warnings };
  }
  return { title: 'This link was not entirely valid; what could be read was kept.', details: d.warnings };
}

const sameChoices = (a: Choices, b: Choices) =>
  a.scenario === b.scenario && a.variant === b.variant && a.schedule === b.schedule && a.cursor === b.cursor;

export function startPermalinkSync(store: AppStore, host: HistoryHost): () => void {
  let hydrating = false;
  let timer: unknown = null;
  let pendingPush = false;
  let lastReplace = 0;

  const write = (kind: 'push' | 'replace') => {
    const hash = addressOf(store);
    if (hash === host.location.hash) return;
    if (kind === 'push') host.history.pushState(null, '', hash);
    else host.history.replaceState(null, '', hash);
  };
  /** Writes what is pending: a new entry if a deliberate change asked for one, else the current entry. */
  const run = () => {
    timer = null;
    const kind = pendingPush ? 'push' : 'replace';
    pendingPush = false;
    if (kind === 'replace') lastReplace = Date.now();
    write(kind);
  };
  /** Writes now (hydrating, a tour's stop): the address must name what is shown before anything else happens. */
  const flush = () => {
    if (timer !== null) host.clearTimeout(timer);
    run();
  };
  // Both writes wait for a task of their own: pushState and replaceState cost Chromium a
  // few milliseconds each, which a drop or a step should not wait on before its frame.
  const replaceSoon = () => {
    if (timer !== null) return;
    timer = host.setTimeout(run, Math.max(0, lastReplace + REPLACE_INTERVAL_MS - Date.now()));
  };
  const push = () => {
    if (timer !== null) host.clearTimeout(timer);
    pendingPush = true;
    timer = host.setTimeout(run, 0);
  };
  /** A navigation supersedes what was about to be written for the view it replaces. */
  const cancel = () => {
    if (timer !== null) host.clearTimeout(timer);
    timer = null;
    pendingPush = false;
  };

  const unStore = store.subscribe((s, prev) => {
    // Starting or leaving a tour is a step in history; moving between its stops replaces
    // the entry, and while it plays nothing else moves the address (it names the stop).
    if (s.tourPlay !== prev.tourPlay) {
      const started = s.tourPlay?.tour !== prev.tourPlay?.tour;
      return hydrating || !started ? flush() : push();
    }
    if (s.tourPlay) return;
    const now: Choices = s;
    const viewChanged = s.mode !== prev.mode || s.embed !== prev.embed || s.compare !== prev.compare;
    if (sameChoices(now, prev) && !viewChanged) return;
    if (hydrating) return flush();
    const deliberate = s.scenario !== prev.scenario || s.variant !== prev.variant || s.schedule !== prev.schedule || viewChanged;
    // An embed lives in someone else's page: its edits replace the entry, so the host's
    // Back button is never filled with them.
    if (deliberate && !s.embed) push();
    else replaceSoon();
  });

  let stopped = false;
  const onTourLink = async (hash: string) => {
    const reader = await tourLinkReader().catch(() => null);
    // Moved on while the reader loaded: the newer address is read by its own event.
    if (stopped || host.location.hash !== hash) return;
    if (!reader) return store.getState().setIssue(readerFailed('The view you had is kept.'));
    const { decodeTourLink, tourIssue } = reader;
    const t = decodeTourLink(hash);
    store.getState().setIssue(tourIssue(t, 'link'));
    hydrating = true;
    try {
      openTour(store, t);
    } finally {
      hydrating = false;
    }
    flush();
  };

  const read = (hash: string) => {
    if (hash === addressOf(store)) {
      // Back to the view already shown (after a refused link was replaced): nothing to
      // read, and no banner about a link that is no longer in the address bar.
      store.getState().setIssue(null);
      return;
    }
    const d = decodePermalink(hash);
    store.getState().setIssue(issueOf(d, false));
    hydrating = true;
    try {
      if (d.ok) {
        store.getState().stopTour();
        store.getState().hydrate(d.value.choices);
        store.getState().applyLink(d.value.view);
      }
    } finally {
      hydrating = false;
    }
    // A link that was not canonical (or not valid) is replaced by the one now shown.
    flush();
  };

  // A link made under older step lists waits for their reader (old-lists.ts), as a tour
  // link waits for its own; if it does not load, the link is read without it and the
  // banner says what could not be read.
  const onOldLink = async (hash: string) => {
    await loadOldLists().catch(() => null);
    if (!stopped && host.location.hash === hash) read(hash);
  };

  const onNavigate = () => {
    cancel();
    const hash = host.location.hash;
    if (hash !== addressOf(store) && isTourLink(hash)) {
      void onTourLink(hash);
      return;
    }
    if (needsOldLists(hash)) {
      void onOldLink(hash);
      return;
    }
    read(hash);
  };

  // Following a link to another hash fires popstate, then hashchange. The second is an
  // echo of the first: read again, it would find the address just rewritten and take
  // down the banner the first raised. A hashchange with no popstate before it is read.
  let echo = false;
  const onPopState = () => {
    echo = true;
    onNavigate();
  };
  const onHashChange = () => {
    if (echo) echo = false;
    else onNavigate();
  };
  host.addEventListener('popstate', onPopState);
  host.addEventListener('hashchange', onHashChange);
  flush();

  return () => {
    stopped = true;
    unStore();
    if (timer !== null) host.clearTimeout(timer);
    host.removeEventListener('popstate', onPopState);
    host.removeEventListener('hashchange', onHashChange);
  };
}

/** Opening the app: decode the address, build the store from it, keep them in step. */
export function openFromLink<S extends AppStore>(
  create: (init: StoreInit) => S,
  host: HistoryHost,
  firstVisit = false,
): { store: S; stop: () => void } {
  const d = decodePermalink(host.location.hash);
  // A first visit gets its introduction, unless the link names a step (at >= 0): then
  // the step it names is what the sender wants seen.
  const intro = firstVisit && !(d.ok && d.value.choices.cursor > 0);
  const store = create(d.ok ? { choices: d.value.choices, view: d.value.view, intro } : { choices: defaultPermalink().choices, intro });
  store.getState().setIssue(issueOf(d));
  const stop = startPermalinkSync(store, host);
  return { store, stop };
}

/**
 * Opening the app at a tour link (isTourLink): the tour plays in talk mode from the stop
 * it names, once its reader has loaded; a link that cannot be read opens the default view
 * with the banner.
 */
export async function openFromTourLink<S extends AppStore>(create: (init: StoreInit) => S, host: HistoryHost): Promise<{ store: S; stop: () => void }> {
  const reader = await tourLinkReader().catch(() => null);
  const store = create({ choices: defaultPermalink().choices });
  if (!reader) {
    // The address keeps the tour (no sync writes over it), so a reload can read it.
    store.getState().setIssue(readerFailed('The default view is shown instead.'));
    return { store, stop: () => {} };
  }
  const { decodeTourLink, tourIssue } = reader;
  const t = decodeTourLink(host.location.hash);
  store.getState().setIssue(tourIssue(t, 'link', true));
  openTour(store, t);
  return { store, stop: startPermalinkSync(store, host) };
}
