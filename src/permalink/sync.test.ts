import { describe, expect, it, vi } from 'vitest';
import { presetSchedule } from '../packs';
import { createAppStore } from '../store/store';
import type { Tour } from '../store/tour';
import { toBase64url } from '../tours/base64url';
import { compactTour } from '../tours/format';
import { tourAddress } from '../tours/address';
import { encodePermalink } from './format';
import { type HistoryHost, linkOf, openFromLink, openFromTourLink } from './sync';

/** A history with entries, a hash and listeners, as a browser window keeps them. */
function fakeHost(hash: string) {
  const entries = [hash];
  let index = 0;
  const listeners = new Map<string, Set<() => void>>();
  const timers = new Map<number, () => void>();
  let nextTimer = 1;
  const host: HistoryHost & { back(): void; forward(): void; follow(hash: string): void; fire(type: string): void; entries: string[]; runTimers(): void; pushes: number } = {
    location: { hash },
    entries,
    pushes: 0,
    history: {
      pushState(_d, _u, url) {
        entries.splice(index + 1, entries.length, url ?? '');
        index++;
        host.pushes++;
        host.location.hash = url ?? '';
      },
      replaceState(_d, _u, url) {
        entries[index] = url ?? '';
        host.location.hash = url ?? '';
      },
    },
    addEventListener(type, fn) {
      if (!listeners.has(type)) listeners.set(type, new Set());
      listeners.get(type)?.add(fn);
    },
    removeEventListener(type, fn) {
      listeners.get(type)?.delete(fn);
    },
    setTimeout(fn) {
      timers.set(nextTimer, fn);
      return nextTimer++;
    },
    clearTimeout(id) {
      timers.delete(id as number);
    },
    // As a browser does: popstate, then hashchange when the hash differs.
    back() {
      const from = host.location.hash;
      index--;
      host.location.hash = entries[index] ?? '';
      for (const fn of listeners.get('popstate') ?? []) fn();
      if (host.location.hash !== from) for (const fn of listeners.get('hashchange') ?? []) fn();
    },
    forward() {
      const from = host.location.hash;
      index++;
      host.location.hash = entries[index] ?? '';
      for (const fn of listeners.get('popstate') ?? []) fn();
      if (host.location.hash !== from) for (const fn of listeners.get('hashchange') ?? []) fn();
    },
    /** Following a link to another hash in the same tab: a new entry, popstate, then hashchange. */
    follow(hash: string) {
      entries.splice(index + 1, entries.length, hash);
      index++;
      host.location.hash = hash;
      for (const fn of listeners.get('popstate') ?? []) fn();
      for (const fn of listeners.get('hashchange') ?? []) fn();
    },
    fire(type) {
      for (const fn of listeners.get(type) ?? []) fn();
    },
    /** Runs the writes waiting for their task, as the browser would after the frame. */
    runTimers() {
      const due = [...timers.values()];
      timers.clear();
      for (const fn of due) fn();
    },
  };
  return host;
}

describe('permalink sync', () => {
  it('opens at the link, rewrites it canonical, pushes deliberate changes, and walks Back/Forward', () => {
    const host = fakeHost('#fmt=1&sc=seed&v=racy&s=2&at=3');
    const { store, stop } = openFromLink(createAppStore, host);
    expect(store.getState().cursor).toBe(4);
    expect(host.location.hash).toBe(encodePermalink(linkOf(store)));
    expect(host.entries).toHaveLength(1);

    // A deliberate change pushes an entry, in a task of its own after the change.
    store.getState().setVariant('eb_refs');
    expect(host.entries).toHaveLength(1);
    host.runTimers();
    expect(host.entries).toHaveLength(2);
    expect(host.location.hash).toContain('v=eb_refs');

    store.getState().loadPreset('t1-then-t2');
    host.runTimers();
    expect(host.entries).toHaveLength(3);

    // Stepping replaces the entry (throttled), it does not push.
    store.getState().stepForward();
    store.getState().stepForward();
    host.runTimers();
    expect(host.entries).toHaveLength(3);
    expect(host.location.hash).toMatch(/&at=1$/);

    host.back();
    expect(store.getState().variant).toBe('eb_refs');
    host.back();
    expect(store.getState().variant).toBe('racy');
    expect(store.getState().cursor).toBe(4);
    expect(host.pushes).toBe(2);
    host.forward();
    expect(store.getState().variant).toBe('eb_refs');
    expect(host.pushes).toBe(2);
    stop();
  });

  it('a hand-edited bad hash raises the banner, keeps the current view and restores the address', () => {
    const host = fakeHost('');
    const { store } = openFromLink(createAppStore, host);
    const before = store.getState().schedule;
    const canonical = host.location.hash;
    host.location.hash = '#fmt=9&s=1';
    host.fire('hashchange');
    expect(store.getState().issue?.title).toMatch(/format 9, newer than this app reads/);
    expect(store.getState().issue?.title).toMatch(/The view you had is kept\.$/);
    expect(store.getState().schedule).toBe(before);
    expect(host.location.hash).toBe(canonical);

    host.location.hash = '#fmt=1&sc=seed&v=racy&s=1111122222';
    host.fire('hashchange');
    expect(store.getState().issue?.details[0]).toMatch(/^s, step 10: T2 cannot run spin_lock_private/);
    expect(store.getState().schedule.slice(0, 9).join('')).toBe('111112222');
  });

  it('Back after a refused link leaves no stale banner', () => {
    const host = fakeHost('');
    const { store } = openFromLink(createAppStore, host);
    store.getState().setVariant('eb_refs');
    host.location.hash = '#fmt=9&s=1';
    host.fire('hashchange');
    expect(store.getState().issue).not.toBeNull();
    host.back();
    expect(store.getState().variant).toBe('racy');
    expect(store.getState().issue).toBeNull();
    host.forward();
    expect(store.getState().variant).toBe('eb_refs');
    expect(store.getState().issue).toBeNull();
  });
});

describe('permalink sync, following links in a running tab', () => {
  it('a refused link keeps its banner through the hashchange that follows its popstate', () => {
    const host = fakeHost('');
    const { store } = openFromLink(createAppStore, host);
    const canonical = host.location.hash;
    host.follow('#fmt=9&s=1');
    expect(store.getState().issue?.title).toMatch(/format 9, newer than this app reads/);
    expect(host.location.hash).toBe(canonical);
  });

  it('so does a link read with warnings', () => {
    const host = fakeHost('');
    const { store } = openFromLink(createAppStore, host);
    host.follow('#fmt=2&sc=seed&v=racy&s=12&at=1&x=1');
    expect(store.getState().issue?.details).toContain('part 6: unknown key "x"; ignored');
    expect(store.getState().cursor).toBe(2);
  });
});

describe('permalink sync, while a tour plays', () => {
  const seedView = (variant: string, at: number, until?: number) => ({
    scenario: 'seed',
    variant,
    schedule: presetSchedule('seed', variant),
    at,
    ...(until !== undefined ? { until } : {}),
    compare: null,
  });
  const TOUR: Tour = {
    title: 'Two stops',
    stops: [
      { title: 'a', notes: '', view: seedView('racy', 2, 3) },
      { title: 'b', notes: '', view: seedView('eb_refs', 10) },
    ],
  };

  it('a tour link opens the tour in talk mode at the stop it names, and an empty builder gets a copy', async () => {
    const host = fakeHost(tourAddress(TOUR, 1));
    const { store } = await openFromTourLink(createAppStore, host);
    const s = store.getState();
    expect([s.tourPlay?.index, s.mode, s.variant, s.cursor, s.issue]).toEqual([1, 'talk', 'eb_refs', 11, null]);
    expect(s.tourDraft).toEqual(TOUR);
    expect(host.location.hash).toBe(tourAddress(TOUR, 1));
  });

  it('the address follows the stop by replacing the entry; starting and leaving the tour push', async () => {
    const host = fakeHost('');
    const { store } = openFromLink(createAppStore, host);
    const view = host.location.hash;
    store.getState().playTour(TOUR);
    host.runTimers();
    expect(host.location.hash).toBe(tourAddress(TOUR, 0));
    expect(host.pushes).toBe(1);
    // Within a stop the address stays; across stops it is replaced.
    store.getState().nextInTour();
    host.runTimers();
    expect(host.location.hash).toBe(tourAddress(TOUR, 0));
    store.getState().nextInTour();
    expect(host.location.hash).toBe(tourAddress(TOUR, 1));
    expect(host.pushes).toBe(1);
    // Back leaves the tour, to the view before it.
    host.back();
    expect(store.getState().tourPlay).toBeNull();
    expect(host.location.hash).toBe(view);
    // Going forward to the tour reads its link again (a chunk of its own, so a moment later).
    host.forward();
    await vi.waitFor(() => expect(store.getState().tourPlay?.index).toBe(1));
    store.getState().stopTour();
    host.runTimers();
    expect(host.location.hash).toBe(encodePermalink(linkOf(store)));
    expect(host.pushes).toBe(2);
  });

  it('a broken tour link gets the banner and keeps its valid stops', async () => {
    const saved = JSON.parse(compactTour(TOUR));
    saved.stops.unshift({ title: 'gone', view: { scenario: 'nope' } });
    const host = fakeHost(`#fmt=2&tour=${toBase64url(JSON.stringify(saved))}`);
    const { store } = await openFromTourLink(createAppStore, host);
    const s = store.getState();
    expect(s.tourPlay?.tour.stops.map((x) => x.title)).toEqual(['a', 'b']);
    expect(s.issue?.title).toBe('This tour link was not entirely valid: 1 of 3 stops could not be read and were left out; the other 2 were kept.');
    expect(s.issue?.details[0]).toMatch(/^stop 1 \("gone"\): unknown scenario "nope"/);
    // The address is the tour as it opened.
    expect(host.location.hash).toBe(tourAddress(s.tourPlay?.tour as Tour, 0));
  });

  it('a tour link that cannot be read opens the default view with the banner', async () => {
    const host = fakeHost('#fmt=2&tour=notatour');
    const { store } = await openFromTourLink(createAppStore, host);
    expect(store.getState().tourPlay).toBeNull();
    expect(store.getState().mode).toBe('app');
    expect(store.getState().issue?.title).toMatch(/^This tour link could not be opened: .*The default view is shown instead\.$/);
    expect(host.location.hash).toBe(encodePermalink(linkOf(store)));
  });
});
