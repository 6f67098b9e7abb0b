// Keeps the URL hash and the stores in step, both ways.
//   store -> URL: a cursor change (stepping, dragging the scrubber, playing) replaces the
//     current history entry (throttled: browsers refuse floods of replaceState); any other
//     change of the choices (scenario, variant, preset, a drop, undo/redo) or of the mode
//     pushes a new entry, so Back and Forward walk through them.
//   URL -> store: popstate/hashchange decode the hash and hydrate the store.
// No loop: while hydrating, writes are replacements; and a hash equal to the one in the
// address bar is never written again.

import type { AppStore, Choices, LinkIssue, StoreInit } from '../store';
import type { Decoded } from './decode';
import { decodePermalink, defaultPermalink } from './decode';
import { encodePermalink, type Permalink } from './format';

/** The part of a window the sync uses (a fake one in unit tests). */
export interface HistoryHost {
  location: { hash: string };
  history: { pushState(data: unknown, unused: string, url?: string): void; replaceState(data: unknown, unused: string, url?: string): void };
  addEventListener(type: 'popstate' | 'hashchange', fn: () => void): void;
  removeEventListener(type: 'popstate' | 'hashchange', fn: () => void): void;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(id: unknown): void;
}

/** Minimum time between two replaceState calls while the cursor moves. */
export const REPLACE_INTERVAL_MS = 120;

export function linkOf(store: AppStore): Permalink {
  const s = store.getState();
  return {
    choices: { scenario: s.scenario, variant: s.variant, schedule: s.schedule, cursor: s.cursor },
    view: { mode: s.mode, embed: s.embed, compare: s.compare.on ? { left: s.compare.left, right: s.compare.right } : null },
  };
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
  let lastReplace = 0;

  const write = (kind: 'push' | 'replace') => {
    const hash = encodePermalink(linkOf(store));
    if (hash === host.location.hash) return;
    if (kind === 'push') host.history.pushState(null, '', hash);
    else host.history.replaceState(null, '', hash);
  };
  const flush = () => {
    if (timer !== null) host.clearTimeout(timer);
    timer = null;
    lastReplace = Date.now();
    write('replace');
  };
  const replaceSoon = () => {
    if (timer !== null) return;
    const wait = Math.max(0, lastReplace + REPLACE_INTERVAL_MS - Date.now());
    if (wait === 0) flush();
    else timer = host.setTimeout(flush, wait);
  };
  const push = () => {
    if (timer !== null) flush();
    write('push');
  };

  const unStore = store.subscribe((s, prev) => {
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

  const onNavigate = () => {
    const hash = host.location.hash;
    if (hash === encodePermalink(linkOf(store))) {
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
        store.getState().hydrate(d.value.choices);
        store.getState().applyLink(d.value.view);
      }
    } finally {
      hydrating = false;
    }
    // A link that was not canonical (or not valid) is replaced by the one now shown.
    flush();
  };
  host.addEventListener('popstate', onNavigate);
  host.addEventListener('hashchange', onNavigate);
  flush();

  return () => {
    unStore();
    if (timer !== null) host.clearTimeout(timer);
    host.removeEventListener('popstate', onNavigate);
    host.removeEventListener('hashchange', onNavigate);
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
