// When the tour-link reader's chunk cannot be loaded: the app still opens, with a banner,
// and the address keeps the tour so that a reload can read it.
import { describe, expect, it, vi } from 'vitest';
import { createAppStore } from '../store/store';
import { openFromLink, openFromTourLink } from './sync';

vi.mock('../tours/link', () => {
  throw new Error('Failed to fetch dynamically imported module');
});

const TOUR_HASH = '#fmt=2&tour=e30&stop=2';

function host(hash: string) {
  const listeners = new Map<string, () => void>();
  const location = { hash };
  const go = (_d: unknown, _u: string, url?: string) => {
    location.hash = url ?? '';
  };
  return {
    location,
    history: { pushState: go, replaceState: go },
    addEventListener: (type: string, fn: () => void) => void listeners.set(type, fn),
    removeEventListener: (type: string) => void listeners.delete(type),
    setTimeout: (fn: () => void, ms: number) => setTimeout(fn, ms),
    clearTimeout: (id: unknown) => clearTimeout(id as ReturnType<typeof setTimeout>),
    fire: (type: string) => listeners.get(type)?.(),
  };
}

describe('the tour-link reader does not load', () => {
  it('opening at a tour link shows the default view with a banner, and the address keeps the tour', async () => {
    const window = host(TOUR_HASH);
    const { store } = await openFromTourLink(createAppStore, window);
    expect(store.getState().tourPlay).toBeNull();
    expect(store.getState().mode).toBe('app');
    expect(store.getState().issue?.title).toMatch(/^This tour link could not be opened: the part of the app that reads tours did not load.*The default view is shown instead\.$/);
    expect(window.location.hash).toBe(TOUR_HASH);
  });

  it('following a tour link in a running tab keeps the view, with a banner', async () => {
    const window = host('');
    const { store } = openFromLink(createAppStore, window);
    const before = store.getState().schedule;
    window.location.hash = TOUR_HASH;
    window.fire('hashchange');
    await vi.waitFor(() => expect(store.getState().issue?.title).toMatch(/did not load.*The view you had is kept\.$/));
    expect(store.getState().schedule).toBe(before);
    expect(store.getState().tourPlay).toBeNull();
  });
});
