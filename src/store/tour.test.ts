// The tour slice: building a tour from the view on screen, and the clicker walking a
// stop's steps, then across stops, both ways.

import { describe, expect, it } from 'vitest';
import { presetSchedule } from '../packs';
import { createAppStore } from './store';
import type { Tour } from './tour';

const view = (variant: string, at: number, until?: number) => ({
  scenario: 'seed',
  variant,
  schedule: presetSchedule('seed', variant),
  at,
  ...(until !== undefined ? { until } : {}),
  compare: null,
});
const TOUR: Tour = {
  title: 'Walk',
  stops: [
    { title: 'one', notes: '', view: view('racy', -1, 1) },
    { title: 'two', notes: '', view: { ...view('eb_refs', 5, 6), compare: { left: 'racy', right: 'eb_refs' } } },
    { title: 'three', notes: '', view: view('under_alloc', 3, 3) },
  ],
};

/** Where the app stands: stop index, variant, `at` of the frame shown, compare, mode. */
function where(store: ReturnType<typeof createAppStore>) {
  const s = store.getState();
  return { stop: s.tourPlay?.index ?? null, variant: s.variant, at: s.cursor - 1, compare: s.compare.on, mode: s.mode };
}

describe('building a tour', () => {
  it('adds the view on screen as a stop, titled after the step just run', () => {
    const store = createAppStore();
    const s = () => store.getState();
    s().addStop();
    s().setVariant('eb_refs');
    s().seek(15);
    s().setCompare({ on: true, left: 'racy', right: 'eb_refs' });
    s().addStop();
    const [first, second] = s().tourDraft.stops;
    // A stop of a bug walks to the break (the commit message's run breaks I1 at step 15);
    // a safe run's to its end.
    expect(first).toEqual({ title: 'Initial state', notes: '', view: { ...view('racy', -1), until: 14 }, claims: { verdict: 'bug', invariant: 'I1' } });
    expect(second?.title).toMatch(/^Step 15: T\d \w+$/);
    expect(second?.view).toMatchObject({ variant: 'eb_refs', at: 14, compare: { left: 'racy', right: 'eb_refs' } });
    expect(second?.view.until).toBeUndefined();
    s().setVariant('racy');
    s().seek(20);
    s().addStop();
    expect(s().tourDraft.stops[2]?.view.until, 'opened past the break: to the end').toBeUndefined();
    expect(second?.claims).toEqual({ verdict: 'safe' });
  });

  it('edits, reorders and removes stops; `until` never comes before `at`', () => {
    const store = createAppStore();
    const s = () => store.getState();
    s().setTourDraft(TOUR);
    s().updateStop(0, { title: 'One', notes: 'say this', until: 10 });
    s().updateStop(1, { at: 8 });
    expect(s().tourDraft.stops[1]?.view).toMatchObject({ at: 8, until: 8 });
    s().updateStop(1, { until: null });
    expect(s().tourDraft.stops[1]?.view.until).toBeUndefined();
    s().updateStop(2, { at: 999 });
    expect(s().tourDraft.stops[2]?.view.at).toBe(presetSchedule('seed', 'under_alloc').length - 1);
    s().moveStop(2, 0);
    expect(s().tourDraft.stops.map((x) => x.title)).toEqual(['three', 'One', 'two']);
    s().moveStop(0, 5);
    expect(s().tourDraft.stops.map((x) => x.title)).toEqual(['three', 'One', 'two']);
    s().removeStop(1);
    expect(s().tourDraft.stops.map((x) => x.title)).toEqual(['three', 'two']);
    expect(TOUR.stops[0]?.title).toBe('one');
  });

  it('replaces a stop\'s view with the one on screen, keeping its words', () => {
    const store = createAppStore();
    store.getState().setTourDraft(TOUR);
    store.getState().updateStop(0, { notes: 'kept' });
    store.getState().setVariant('under_alloc');
    store.getState().recaptureStop(0);
    expect(store.getState().tourDraft.stops[0]).toMatchObject({ title: 'one', notes: 'kept', view: { variant: 'under_alloc' } });
  });
});

describe('playing a tour: the clicker', () => {
  it('walks a stop from `at` to `until`, then opens the next stop at its `at`; back, the previous stop at its `until`', () => {
    const store = createAppStore();
    const s = () => store.getState();
    s().playTour(TOUR);
    expect(where(store)).toEqual({ stop: 0, variant: 'racy', at: -1, compare: false, mode: 'talk' });
    const forward = [
      { stop: 0, at: 0 },
      { stop: 0, at: 1 },
      { stop: 1, at: 5 },
      { stop: 1, at: 6 },
      { stop: 2, at: 3 },
      // The end of the tour: the clicker stays.
      { stop: 2, at: 3 },
    ];
    for (const w of forward) {
      s().nextInTour();
      expect(where(store)).toMatchObject(w);
    }
    expect(where(store)).toMatchObject({ variant: 'under_alloc', compare: false });
    const back = [
      { stop: 1, at: 6 },
      { stop: 1, at: 5 },
      { stop: 0, at: 1 },
      { stop: 0, at: 0 },
      { stop: 0, at: -1 },
      { stop: 0, at: -1 },
    ];
    for (const w of back) {
      s().prevInTour();
      expect(where(store)).toMatchObject(w);
    }
  });

  it('loads a stop whole: scenario, variant, schedule, step, compare on with its pair', () => {
    const store = createAppStore();
    store.getState().playTour(TOUR, 1);
    expect(where(store)).toEqual({ stop: 1, variant: 'eb_refs', at: 5, compare: true, mode: 'talk' });
    expect(store.getState().compare).toEqual({ on: true, left: 'racy', right: 'eb_refs' });
    expect(store.getState().schedule).toEqual(presetSchedule('seed', 'eb_refs'));
  });

  it('a stop without `until` walks to the end of its schedule', () => {
    const store = createAppStore();
    const tour: Tour = { title: 't', stops: [{ title: 'a', notes: '', view: view('racy', 20) }, TOUR.stops[2] as Tour['stops'][number]] };
    store.getState().playTour(tour);
    for (let i = 0; i < 4; i++) store.getState().nextInTour();
    expect(where(store)).toMatchObject({ stop: 0, at: 24 });
    store.getState().nextInTour();
    expect(where(store)).toMatchObject({ stop: 1, at: 3 });
  });

  it('without a tour, the clicker steps; leaving a tour keeps the view it reached', () => {
    const store = createAppStore();
    store.getState().nextInTour();
    expect(store.getState().cursor).toBe(1);
    store.getState().playTour(TOUR, 1);
    store.getState().nextInTour();
    store.getState().stopTour();
    expect(store.getState().tourPlay).toBeNull();
    expect(where(store)).toMatchObject({ variant: 'eb_refs', at: 6, mode: 'talk' });
    store.getState().nextInTour();
    expect(where(store)).toMatchObject({ variant: 'eb_refs', at: 7 });
  });
});
