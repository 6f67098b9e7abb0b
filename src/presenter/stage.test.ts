import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { encodePermalink } from '../permalink/format';
import { linkOf } from '../permalink/sync';
import { createAppStore } from '../store';
import { broadcastLink, windowLink } from './channel';
import { fakeBus, fakeWindowPair } from './fakes';
import { type PresenterMessage, parseStageMessage, type StopNotes, presenterBye, presenterHello, presenterKey, restartClock, STALE_MS, type StageMessage } from './protocol';
import { createStage, type PresenterEvent } from './stage';

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(1_000_000);
});
afterEach(() => vi.useRealTimers());

/** A talk-mode stage on a fake channel, and a presenter's end of it that records what arrives. */
function setup(stopOf?: (s: unknown) => StopNotes | null) {
  const store = createAppStore({ view: { mode: 'talk', embed: false, compare: null } });
  const bus = fakeBus();
  const stage = createStage(store, { id: 'stage-1', ...(stopOf ? { stopOf } : {}) });
  const events: PresenterEvent[] = [];
  stage.onPresenter((e) => events.push(e));
  const presenter = broadcastLink(bus.channel());
  const heard: StageMessage[] = [];
  presenter.listen((d) => {
    const m = parseStageMessage(d);
    if (m) heard.push(m);
  });
  const say = (m: PresenterMessage) => presenter.send(m);
  const states = () => heard.filter((m) => m.kind === 'state');
  return { store, bus, stage, events, heard, states, say, attach: () => stage.attach(broadcastLink(bus.channel())) };
}

const hashOf = (store: ReturnType<typeof createAppStore>) => encodePermalink(linkOf(store));

describe('the stage', () => {
  it('says nothing until P attaches a channel, then sends its link at once and on every change of it', () => {
    const t = setup();
    t.store.getState().stepForward();
    expect(t.bus.posted).toEqual([]);
    t.attach();
    expect(t.states().map((m) => m.link)).toEqual([hashOf(t.store)]);
    t.store.getState().stepForward();
    t.store.getState().setVariant('eb_refs');
    t.store.getState().toEnd();
    const links = t.states().map((m) => m.link);
    expect(links).toHaveLength(4);
    expect(new Set(links).size).toBe(4);
    expect(t.states().at(-1)?.link).toBe(hashOf(t.store));
    expect(t.states().at(-1)?.link).toMatch(/&v=eb_refs&.*&mode=talk$/);
    // A change the link does not show sends nothing.
    t.store.getState().setSpeed(4);
    t.store.getState().setSide('code');
    expect(t.states()).toHaveLength(4);
  });

  it('sends the blank screen, the clock and the tour stop with the link', () => {
    let stop: StopNotes | null = null;
    const t = setup(() => stop);
    t.attach();
    expect(t.states()[0]).toMatchObject({ stop: null, blank: false, startedAt: 1_000_000 });
    t.store.getState().toggleBlank();
    expect(t.states().at(-1)?.blank).toBe(true);
    stop = { title: 'Stop 2: the detach', notes: 'Ask who holds private_lock.', index: 2, count: 5, until: 14, next: 'The crash' };
    t.store.getState().stepForward();
    expect(t.states().at(-1)?.stop).toEqual(stop);
  });

  it("sends the notes of the tour's stop on screen while a tour plays, and null when none does", () => {
    const t = setup();
    t.attach();
    expect(t.states().at(-1)?.stop).toBeNull();
    const view = { scenario: 'seed', variant: 'racy', schedule: [1, 2], at: -1, compare: null };
    const tour = {
      title: 'Two stops',
      stops: [
        { title: 'The race', notes: 'Slow down.', view },
        { title: 'The fix', notes: '', view: { ...view, variant: 'eb_refs' } },
      ],
    };
    t.store.getState().playTour(tour);
    // Where it is in the tour, and the last step its clicker walks to (the run's last, as the stop gives none).
    expect(t.states().at(-1)?.stop).toEqual({ title: 'The race', notes: 'Slow down.', index: 1, count: 2, until: 1, next: 'The fix' });
    t.store.getState().playTour(tour, 1);
    expect(t.states().at(-1)?.stop).toEqual({ title: 'The fix', notes: '', index: 2, count: 2, until: 1, next: null });
    t.store.getState().stopTour();
    expect(t.states().at(-1)?.stop).toBeNull();
  });

  it('answers every hello with its state, and counts the presenter as connected', () => {
    const t = setup();
    t.attach();
    t.say(presenterHello(null));
    t.say(presenterHello('stage-1'));
    expect(t.states()).toHaveLength(3);
    expect(t.stage.connected()).toBe(true);
    expect(t.events).toEqual(['connected']);
    // A presenter that follows another stage on the same channel is not answered.
    t.say(presenterHello('stage-2'));
    expect(t.states()).toHaveLength(3);
  });

  it('keeps talk mode’s notes overlay off while a presenter is connected', () => {
    const t = setup();
    t.store.getState().toggleNotes();
    t.attach();
    expect(t.store.getState().notes).toBe(true);
    t.say(presenterHello(null));
    expect(t.store.getState().notes).toBe(false);
    t.store.getState().toggleNotes();
    expect(t.store.getState().notes).toBe(false);
    t.say(presenterBye('stage-1'));
    expect(t.events).toEqual(['connected', 'closed']);
    t.store.getState().toggleNotes();
    expect(t.store.getState().notes).toBe(true);
  });

  it("performs a presenter's keys through its own registry, in its own layout", () => {
    const t = setup();
    t.attach();
    t.say(presenterKey('stage-1', 'talk-next'));
    t.say(presenterKey('stage-1', 'talk-next'));
    expect(t.store.getState().cursor).toBe(2);
    t.say(presenterKey('stage-1', 'talk-back'));
    expect(t.store.getState().cursor).toBe(1);
    t.say(presenterKey('stage-1', 'blank'));
    expect(t.store.getState().blank).toBe(true);
    // Addressed to another stage, or not a key a presenter may send: ignored.
    t.say(presenterKey('stage-2', 'talk-next'));
    t.bus.inject({ ...presenterKey('stage-1', 'talk-next'), action: 'notes' });
    t.bus.inject({ ...presenterKey('stage-1', 'talk-next'), action: 'leave-talk' });
    expect(t.store.getState()).toMatchObject({ cursor: 1, notes: false, mode: 'talk' });
    // Out of talk mode, talk mode's keys do nothing and the app's own step keys work.
    t.store.getState().setMode('app');
    t.say(presenterKey('stage-1', 'talk-next'));
    expect(t.store.getState().cursor).toBe(1);
    t.say(presenterKey('stage-1', 'page-forward'));
    expect(t.store.getState().cursor).toBe(2);
  });

  it('on file:, hears only the window it opened, and a goodbye from a presenter that just went', () => {
    const store = createAppStore({ view: { mode: 'talk', embed: false, compare: null } });
    const w = fakeWindowPair();
    const stage = createStage(store, { id: 'stage-1' });
    stage.attach(windowLink(w.stage, () => w.presenterRef));
    const key = presenterKey('stage-1', 'talk-next');
    w.stage.deliver(key, {});
    w.stage.deliver(key, null);
    expect(store.getState().cursor).toBe(0);
    w.stage.deliver(key, w.presenterRef);
    expect(store.getState().cursor).toBe(1);
    expect(stage.connected()).toBe(true);
    w.stage.deliver(presenterBye('stage-1'), null);
    expect(stage.connected()).toBe(false);
  });

  it('starts the clock when the page enters talk mode, and restarts it when asked', () => {
    const store = createAppStore();
    const stage = createStage(store, { id: 'stage-1' });
    vi.setSystemTime(2_000_000);
    store.getState().setMode('talk');
    vi.setSystemTime(3_000_000);
    store.getState().setMode('app');
    store.getState().setMode('talk');
    expect(stage.startedAt()).toBe(2_000_000);
    const bus = fakeBus();
    stage.attach(broadcastLink(bus.channel()));
    const presenter = broadcastLink(bus.channel());
    presenter.send(restartClock('stage-1'));
    expect(stage.startedAt()).toBe(3_000_000);
    expect(bus.posted.at(-1)).toMatchObject({ kind: 'state', startedAt: 3_000_000 });
  });

  it('notices a presenter that goes silent, and says goodbye when its page goes', () => {
    const t = setup();
    t.attach();
    t.say(presenterHello(null));
    vi.advanceTimersByTime(STALE_MS - 1000);
    t.say(presenterHello('stage-1'));
    vi.advanceTimersByTime(STALE_MS);
    expect(t.stage.connected()).toBe(true);
    vi.advanceTimersByTime(2000);
    expect(t.stage.connected()).toBe(false);
    expect(t.events).toEqual(['connected', 'lost']);
    // Its goodbye after the silence says more: it was closed.
    t.say(presenterBye(null));
    expect(t.events).toEqual(['connected', 'lost', 'closed']);
    t.stage.bye();
    expect(t.heard.at(-1)).toEqual({ proto: 'btrfs-race-presenter/2', from: 'stage', stage: 'stage-1', kind: 'bye' });
    t.stage.close();
    t.store.getState().stepForward();
    expect(t.heard.at(-1)?.kind).toBe('bye');
  });
});
