// A tour's address, `#fmt=2&tour=<base64url>[&stop=K]` (link.ts says more), and the test
// for one. Apart from reading such a link (link.ts), so the app's first load, which
// writes the address of a tour that plays, does not carry the reader.

import { CURRENT_FORMAT } from '../permalink/format';
import type { Tour } from '../store/tour';
import { toBase64url } from './base64url';
import { compactTour } from './format';

const payloads = new WeakMap<Tour, string>();

/** The tour's `tour=` value; tours are immutable in the store, so each is encoded once. */
function payloadOf(tour: Tour): string {
  let p = payloads.get(tour);
  if (p === undefined) {
    p = toBase64url(compactTour(tour));
    payloads.set(tour, p);
  }
  return p;
}

/** The hash of a tour, and of the stop it plays (0-based `index`). */
export function tourAddress(tour: Tour, index?: number): string {
  return `#fmt=${CURRENT_FORMAT}&tour=${payloadOf(tour)}${index !== undefined ? `&stop=${index + 1}` : ''}`;
}

/** Does this hash carry a tour? (Then it is read by decodeTourLink, not decodePermalink.) */
export const isTourLink = (hash: string): boolean =>
  (hash.startsWith('#') ? hash.slice(1) : hash).split('&').some((pair) => pair.startsWith('tour='));
