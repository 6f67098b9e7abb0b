// The presenter channel over this page's real window: which transport its origin allows
// (src/presenter/channel.ts says why), and each side's end of it.

import { broadcastLink, type Link, type TransportKind, transportFor, windowLink } from '../../presenter/channel';
import { PRESENTER_NAME } from '../../presenter/protocol';

export function transportHere(): TransportKind {
  return transportFor(window.origin, typeof BroadcastChannel === 'function');
}

/** The stage's end: the channel, or the window that P opened (read anew at each use). */
export function stageLink(kind: TransportKind, presenter: () => Window | null): Link {
  return kind === 'broadcast' ? broadcastLink(new BroadcastChannel(PRESENTER_NAME)) : windowLink(window, presenter);
}

/** The presenter's end: the channel, or the window that opened it; null when there is none. */
export function presenterLink(kind: TransportKind): Link | null {
  if (kind === 'broadcast') return broadcastLink(new BroadcastChannel(PRESENTER_NAME));
  return window.opener ? windowLink(window, () => window.opener as Window | null) : null;
}
