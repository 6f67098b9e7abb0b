// Keeps the URL hash and the stores in step, both ways.
//   store -> URL: a cursor change (stepping, dragging the scrubber, playing) replaces the
//     current history entry (throttled: browsers refuse floods of replaceState); any other
//     change of the choices (scenario, variant, preset, a drop, undo/redo) or of the mode
//     pushes a new entry, so Back and Forward walk through them.
//   URL -> store: popstate/hashchange decode the hash and hydrate the store.
// No loop: while hydrating, writes are replacements; and a hash equal to the one in the
// address bar is never written again.

import type { AppStore, Choices } from '../store/store';
import type { Decoded } from './decode';
import { decodePermalink, defaultPermalink } from './decode';
import { encodePermalink, type Permalink } from './format';
import type { LinkIssue, ViewStore } from './view';

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

export function linkOf(store: AppStore, view: ViewStore): Permalink {
  const s = store.getState();
  const v = view.getState();
  return {
    choices: { scenario: s.scenario, variant: s.variant, schedule: s.schedule, cursor: s.cursor },
    view: { mode: v.mode, embed: v.embed },
  };
}

/** The banner for a decoded link, or null when it was read as it is. */
export function issueOf(d: Decoded): LinkIssue | null {
  if (!d.ok) return { title: `This link could not be opened: ${d.reason}. The default view is shown instead.`, details: [] };
  if (d.warnings.length === 0) return null;
  if (d.carried) {
    return { title: "This link was made when this scenario's steps were different; its interleaving was carried over to today's steps.", details: d.warnings };
  }
  return { title: 'This link was not entirely valid; what could be read was kept.', details: d.warnings };
}

const sameChoices = (a: Choices, b: Choices) =>
  a.scenario === b.scenario && a.variant === b.variant && a.schedule === b.schedule && a.cursor === b.cursor;

export function startPermalinkSync(store: AppStore, view: ViewStore, host: HistoryHost): () => void {
  let hydrating = false;
  let timer: unknown = null;
  let lastReplace = 0;

  const write = (kind: 'push' | 'replace') => {
    const hash = encodePermalink(linkOf(store, view));
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
    if (sameChoices(now, prev)) return;
    if (hydrating) return flush();
    const deliberate = s.scenario !== prev.scenario || s.variant !== prev.variant || s.schedule !== prev.schedule;
    if (deliberate) push();
    else replaceSoon();
  });
  const unView = view.subscribe((v, prev) => {
    if (v.mode === prev.mode && v.embed === prev.embed) return;
    if (hydrating) flush();
    else push();
  });

  const onNavigate = () => {
    const hash = host.location.hash;
    if (hash === encodePermalink(linkOf(store, view))) return;
    const d = decodePermalink(hash);
    view.getState().setIssue(issueOf(d));
    hydrating = true;
    try {
      if (d.ok) {
        store.getState().hydrate(d.value.choices);
        view.getState().applyLink(d.value.view);
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
    unView();
    if (timer !== null) host.clearTimeout(timer);
    host.removeEventListener('popstate', onNavigate);
    host.removeEventListener('hashchange', onNavigate);
  };
}

/** Opening the app: decode the address, build the store from it, keep them in step. */
export function openFromLink<S extends AppStore>(
  create: (choices: Choices) => S,
  view: ViewStore,
  host: HistoryHost,
): { store: S; stop: () => void } {
  const d = decodePermalink(host.location.hash);
  const store = create(d.ok ? d.value.choices : defaultPermalink().choices);
  if (d.ok) view.getState().applyLink(d.value.view);
  view.getState().setIssue(issueOf(d));
  const stop = startPermalinkSync(store, view, host);
  return { store, stop };
}
