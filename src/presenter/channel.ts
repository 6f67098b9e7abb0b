// The two windows' channel, over one of two transports:
//  - BroadcastChannel when the page has a real origin (http:, https:): the windows of one
//    origin share a channel by name, with no window reference needed, so a presenter
//    reloaded or opened by hand still finds its stage;
//  - postMessage between the two windows when the origin is opaque (the one-file build
//    opened from disk: each file: document has an opaque origin, and whether a
//    BroadcastChannel connects two of them is up to the browser). The stage talks to
//    the window it opened, the presenter to its opener; targetOrigin must be '*' (an
//    opaque origin cannot be named), so each side accepts a message only from that
//    exact window, or (for a goodbye only) from a window that has just gone away.
// Nothing here touches the DOM: the windows come in as arguments (tests pass fakes).

/** One side's end of the channel. Messages go out as plain data and come in unparsed. */
export interface Link {
  readonly kind: TransportKind;
  send(message: unknown): void;
  /**
   * Calls `fn` with each message's data; returns the unsubscribe. `gone` marks a message
   * whose sender no longer exists: one posted from pagehide by a page that navigated
   * (reloaded) before the message arrived, so the browser gives it no source window. Only
   * a goodbye should be believed from there.
   */
  listen(fn: (data: unknown, gone: boolean) => void): () => void;
  close(): void;
}

export type TransportKind = 'broadcast' | 'window';

/**
 * Which transport a page uses. `origin` is the page's own (`self.origin`), which is the
 * string "null" for an opaque origin; both windows load the same URL, so both choose alike.
 */
export function transportFor(origin: string, hasBroadcastChannel: boolean): TransportKind {
  return origin !== 'null' && hasBroadcastChannel ? 'broadcast' : 'window';
}

/** The part of a BroadcastChannel the link uses. */
export interface ChannelLike {
  postMessage(message: unknown): void;
  addEventListener(type: 'message', fn: (e: { data: unknown }) => void): void;
  removeEventListener(type: 'message', fn: (e: { data: unknown }) => void): void;
  close(): void;
}

export function broadcastLink(channel: ChannelLike): Link {
  let open = true;
  return {
    kind: 'broadcast',
    send(message) {
      if (open) channel.postMessage(message);
    },
    listen(fn) {
      const on = (e: { data: unknown }) => fn(e.data, false);
      channel.addEventListener('message', on);
      return () => channel.removeEventListener('message', on);
    },
    close() {
      open = false;
      channel.close();
    },
  };
}

/** The part of a window the other window's link posts to. */
export interface PeerLike {
  readonly closed: boolean;
  postMessage(message: unknown, targetOrigin: string): void;
}

/** The part of this page's own window the link listens on. */
export interface HostLike {
  addEventListener(type: 'message', fn: (e: { data: unknown; source: unknown }) => void): void;
  removeEventListener(type: 'message', fn: (e: { data: unknown; source: unknown }) => void): void;
}

/**
 * A link to one other window. `peer` is read at each use, so the stage can swap in the
 * window a later window.open returned (the same presenter, or a new one).
 */
export function windowLink(host: HostLike, peer: () => PeerLike | null): Link {
  const unlisten = new Set<() => void>();
  return {
    kind: 'window',
    send(message) {
      const p = peer();
      if (p && !p.closed) p.postMessage(message, '*');
    },
    listen(fn) {
      const on = (e: { data: unknown; source: unknown }) => {
        const p = peer();
        // Only the one window we talk to, not any other frame or window that can reach
        // this one; what that window sends is still parsed before it is believed.
        if (p !== null && e.source === p) fn(e.data, false);
        else if (p !== null && e.source === null) fn(e.data, true);
      };
      host.addEventListener('message', on);
      const off = () => {
        host.removeEventListener('message', on);
        unlisten.delete(off);
      };
      unlisten.add(off);
      return off;
    },
    close() {
      for (const off of [...unlisten]) off();
    },
  };
}
