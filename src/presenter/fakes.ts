// Fakes of the two transports for the unit tests (never imported by the app): a
// BroadcastChannel bus that delivers synchronously to every other channel on it, and two
// windows that post to each other; each message is structured-cloned as a browser would.

import type { ChannelLike, HostLike, PeerLike } from './channel';

type Listener = (e: { data: unknown }) => void;

export function fakeBus() {
  const channels = new Set<{ listeners: Set<Listener> }>();
  /** Every message posted on the bus, in order. */
  const posted: unknown[] = [];
  const channel = (): ChannelLike => {
    const me = { listeners: new Set<Listener>() };
    channels.add(me);
    return {
      postMessage(message) {
        posted.push(message);
        for (const other of [...channels]) {
          if (other === me) continue;
          for (const fn of [...other.listeners]) fn({ data: structuredClone(message) });
        }
      },
      addEventListener: (_type, fn) => me.listeners.add(fn),
      removeEventListener: (_type, fn) => me.listeners.delete(fn),
      close: () => channels.delete(me),
    };
  };
  /** Delivers `data` to every channel, as a stranger on the same origin would. */
  const inject = (data: unknown) => {
    for (const c of [...channels]) for (const fn of [...c.listeners]) fn({ data });
  };
  return { channel, posted, inject };
}

type WindowListener = (e: { data: unknown; source: unknown }) => void;

export interface FakeWindow extends HostLike {
  closed: boolean;
  /** Every message posted to this window, with its targetOrigin. */
  posted: Array<{ data: unknown; targetOrigin: string }>;
  /** Fires a message event here, as if `source` had posted it. */
  deliver(data: unknown, source: unknown): void;
}

function fakeWindow(): FakeWindow {
  const listeners = new Set<WindowListener>();
  return {
    closed: false,
    posted: [],
    addEventListener: (_type, fn) => listeners.add(fn),
    removeEventListener: (_type, fn) => listeners.delete(fn),
    deliver(data, source) {
      for (const fn of [...listeners]) fn({ data: structuredClone(data), source });
    },
  };
}

/**
 * A stage window and the presenter it opened, each holding the other's reference (as
 * window.open's result and window.opener): a message posted through one reference
 * arrives with the other reference as its source, as a browser's WindowProxy does.
 */
export function fakeWindowPair() {
  const stage = fakeWindow();
  const presenter = fakeWindow();
  const ref = (target: FakeWindow, source: () => PeerLike): PeerLike => ({
    get closed() {
      return target.closed;
    },
    postMessage(data, targetOrigin) {
      target.posted.push({ data, targetOrigin });
      target.deliver(data, source());
    },
  });
  const presenterRef: PeerLike = ref(presenter, () => stageRef);
  const stageRef: PeerLike = ref(stage, () => presenterRef);
  return { stage, presenter, presenterRef, stageRef };
}
