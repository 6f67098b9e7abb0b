import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { encodePermalink } from '../permalink/format';
import { linkOf } from '../permalink/sync';
import { type AppStore, createAppStore } from '../store';
import { broadcastLink, windowLink } from './channel';
import { fakeBus, fakeWindowPair } from './fakes';
import { ALONE_MS, createFollower } from './follow';
import { presenterStoreFor } from './open';
import { BEAT_MS, STALE_MS, stageBye, stageState } from './protocol';
import { createStage } from './stage';

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(5_000_000);
});
afterEach(() => vi.useRealTimers());

const talkStore = () => createAppStore({ view: { mode: 'talk', embed: false, compare: null } });
const presenterStore = () => presenterStoreFor('#fmt=2&sc=seed&mode=presenter') as AppStore;
/** The part of the run both windows must agree on. */
const shown = (s: AppStore) => {
  const { scenario, variant, schedule, cursor } = s.getState();
  return { scenario, variant, schedule: schedule.join(''), cursor };
};

describe('a presenter window', () => {
  it('follows its stage over a BroadcastChannel: the same run, replayed by its own engine, and stays a presenter', () => {
    const bus = fakeBus();
    const stageStore = talkStore();
    stageStore.getState().loadPreset('t1-then-t2');
    stageStore.getState().seek(5);
    const stage = createStage(stageStore, { id: 'stage-1' });
    stage.attach(broadcastLink(bus.channel()));

    const store = presenterStore();
    const follower = createFollower(store, broadcastLink(bus.channel()));
    expect(follower.status()).toMatchObject({ connection: 'connected', transport: 'broadcast', stage: 'stage-1', stageMode: 'talk' });
    expect(shown(store)).toEqual(shown(stageStore));
    expect(store.getState().mode).toBe('presenter');

    // Keys pressed in the presenter are performed by the stage, and come back as its state.
    expect(follower.press('talk-next')).toBe(true);
    expect(stageStore.getState().cursor).toBe(6);
    expect(shown(store)).toEqual(shown(stageStore));
    stageStore.getState().setVariant('eb_refs');
    expect(shown(store)).toEqual(shown(stageStore));
    follower.press('blank');
    expect(follower.status().blank).toBe(true);
    expect(store.getState().mode).toBe('presenter');
  });

  it('follows its opener over window messages on file:, and hears no other window', () => {
    const w = fakeWindowPair();
    const stageStore = talkStore();
    const stage = createStage(stageStore, { id: 'stage-1' });
    stage.attach(windowLink(w.stage, () => w.presenterRef));
    const store = presenterStore();
    const follower = createFollower(store, windowLink(w.presenter, () => w.stageRef));
    expect(follower.status()).toMatchObject({ connection: 'connected', transport: 'window' });
    follower.press('talk-next');
    follower.press('talk-next');
    expect(shown(store)).toEqual(shown(stageStore));
    expect(store.getState().cursor).toBe(2);

    // A forged state from another window, or from no window, changes nothing.
    const forged = stageState('stage-1', '#fmt=2&sc=seed&v=eb_refs&at=20', null, 0, true);
    w.presenter.deliver(forged, {});
    w.presenter.deliver(forged, null);
    expect(store.getState().cursor).toBe(2);
    expect(follower.status().blank).toBe(false);

    // The stage reloaded: its goodbye, posted from pagehide, arrives with no source window.
    w.presenter.deliver(stageBye('stage-1'), null);
    expect(follower.status().connection).toBe('closed');
  });

  it('latches on one stage: a second stage on the channel is ignored until the first goes', () => {
    const bus = fakeBus();
    const first = talkStore();
    createStage(first, { id: 'stage-1' }).attach(broadcastLink(bus.channel()));
    const store = presenterStore();
    const follower = createFollower(store, broadcastLink(bus.channel()));
    const secondLink = broadcastLink(bus.channel());
    const second = talkStore();
    second.getState().toEnd();
    secondLink.send(stageState('stage-2', encodePermalink(linkOf(second)), null, 0, false));
    expect(follower.status().stage).toBe('stage-1');
    expect(store.getState().cursor).toBe(0);

    secondLink.send(stageBye('stage-2'));
    expect(follower.status().connection).toBe('connected');
    bus.inject(stageBye('stage-1'));
    expect(follower.status().connection).toBe('closed');
    secondLink.send(stageState('stage-2', encodePermalink(linkOf(second)), null, 0, false));
    expect(follower.status()).toMatchObject({ connection: 'connected', stage: 'stage-2' });
    expect(shown(store)).toEqual(shown(second));
  });

  it('says the stage was closed when it says goodbye, and that it is lost when it goes silent', () => {
    const bus = fakeBus();
    const stageStore = talkStore();
    const stage = createStage(stageStore, { id: 'stage-1' });
    stage.attach(broadcastLink(bus.channel()));
    const follower = createFollower(presenterStore(), broadcastLink(bus.channel()));
    vi.advanceTimersByTime(10 * BEAT_MS);
    expect(follower.status().connection).toBe('connected');
    stage.bye();
    expect(follower.status().connection).toBe('closed');
    expect(follower.press('talk-next')).toBe(false);
    expect(stageStore.getState().cursor).toBe(0);

    // The stage answers the hellos again (it is still there): connected; then it dies silently.
    vi.advanceTimersByTime(BEAT_MS);
    expect(follower.status().connection).toBe('connected');
    stage.close();
    vi.advanceTimersByTime(STALE_MS + BEAT_MS);
    expect(follower.status().connection).toBe('lost');
    // A late goodbye from it (a stalled window's pagehide): closed, not only silent.
    bus.inject(stageBye('stage-1'));
    expect(follower.status().connection).toBe('closed');
  });

  it('opened by itself, says it is alone: at once without a way to a stage, after a wait with one', () => {
    expect(createFollower(presenterStore(), null).status()).toMatchObject({ connection: 'alone', transport: null });
    const follower = createFollower(presenterStore(), broadcastLink(fakeBus().channel()));
    expect(follower.status().connection).toBe('waiting');
    vi.advanceTimersByTime(ALONE_MS + BEAT_MS);
    expect(follower.status().connection).toBe('alone');
  });

  it('ignores a state whose link does not decode, and anything that is not a message', () => {
    const bus = fakeBus();
    const store = presenterStore();
    const follower = createFollower(store, broadcastLink(bus.channel()));
    bus.inject(stageState('stage-1', '#fmt=99', null, 0, false));
    bus.inject({ kind: 'state', link: '#fmt=2&sc=seed&at=10' });
    bus.inject('state');
    expect(follower.status().connection).toBe('waiting');
    expect(store.getState().cursor).toBe(0);
  });
});

describe('presenterStoreFor', () => {
  it('makes a presenter store from a presenter link, and nothing from any other', () => {
    const s = presenterStoreFor('#fmt=2&sc=seed&fp=0q3nins&v=eb_refs&at=3&mode=presenter');
    expect(s?.getState()).toMatchObject({ mode: 'presenter', variant: 'eb_refs', cursor: 4, embed: false });
    expect(presenterStoreFor('#fmt=2&sc=seed&at=3&mode=talk')).toBeNull();
    expect(presenterStoreFor('')).toBeNull();
    expect(presenterStoreFor('#mode=presenter&fmt=99')?.getState().mode).toBe('presenter');
  });
});
