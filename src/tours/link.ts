// A tour as a link: the tour file's JSON, without spaces, in base64url, as one key of
// the URL hash beside the permalink format key:
//
//   #fmt=2&tour=<base64url of the compact JSON>[&stop=K]
//
// `stop` is 1-based, as "stop 3 of 10" shows it; absent, the tour opens at its first
// stop. A tour link always opens in talk mode. Older apps, which know no `tour` key, open
// their default view with a banner that names the key they ignored.

import { CURRENT_FORMAT } from '../permalink/format';
import { KNOWN_LISTS, type KnownLists } from '../permalink/pinned-lists';
import type { Tour } from '../store/tour';
import type { LinkIssue } from '../store/view';
import { tourAddress } from './address';
import { fromBase64url } from './base64url';
import { type DecodedTour, decodeTour } from './decode';
import { shown } from './stop';

export { isTourLink, tourAddress } from './address';

/**
 * The longest link the builder offers. RFC 9110 (section 4.1) asks every sender and
 * recipient to support URIs of at least 8,000 octets; that is the one length all tools
 * are asked to carry. Chromium holds 2 MB in its address bar, so the browser is not the
 * limit: mail clients, chat, trackers and shorteners between two people are, and past
 * 8,000 some cut or refuse a link. A longer tour is saved as a file.
 */
export const MAX_TOUR_LINK = 8000;
/** The longest address read as a tour: Chromium's own URL limit. A tour that plays is in the address bar, however long. */
export const MAX_TOUR_HASH = 2 * 1024 * 1024;

export type TourLink = { ok: true; url: string; length: number } | { ok: false; length: number; message: string };

/** The link to a tour from `base` (the page's address), or the message saying why it is not offered. */
export function tourLinkFor(tour: Tour, base: string): TourLink {
  const url = `${base}${tourAddress(tour)}`;
  if (url.length <= MAX_TOUR_LINK) return { ok: true, url, length: url.length };
  const n = (x: number) => x.toLocaleString('en-US');
  return {
    ok: false,
    length: url.length,
    message: `This tour is ${n(url.length)} characters as a link; links over ${n(MAX_TOUR_LINK)} do not survive mail: save it as a file.`,
  };
}

export type DecodedTourLink = (Extract<DecodedTour, { ok: true }> & { stop: number }) | { ok: false; reason: string };

export function decodeTourLink(hash: string, known: Readonly<Record<string, KnownLists>> = KNOWN_LISTS): DecodedTourLink {
  try {
    return decodeLink(hash, known);
  } catch (e) {
    return { ok: false, reason: `the link could not be read (${e instanceof Error ? e.message : 'unknown error'})` };
  }
}

const KEYS = ['fmt', 'tour', 'stop', 'mode'];

function decodeLink(hash: string, known: Readonly<Record<string, KnownLists>>): DecodedTourLink {
  if (typeof hash !== 'string') return { ok: false, reason: 'the link is not text' };
  if (hash.length > MAX_TOUR_HASH) return { ok: false, reason: `the link is ${hash.length} characters long; at most ${MAX_TOUR_HASH} are read` };
  const body = hash.startsWith('#') ? hash.slice(1) : hash;
  const params = new Map<string, string>();
  const notes: string[] = [];
  for (const pair of body.split('&').slice(0, 16)) {
    if (pair === '') continue;
    const eq = pair.indexOf('=');
    const key = eq < 0 ? pair : pair.slice(0, eq);
    const value = decodePart(eq < 0 ? '' : pair.slice(eq + 1));
    if (!KEYS.includes(key)) notes.push(`key ${shown(key)}: a tour link has only fmt, tour and stop; ignored`);
    else if (params.has(key)) notes.push(`key ${key} appears more than once; the first one was used`);
    else if (value === null) notes.push(`key ${key}: not valid percent-encoding; ignored`);
    else params.set(key, value);
  }
  const fmt = params.get('fmt');
  if (fmt !== undefined && (!/^[0-9]{1,6}$/.test(fmt) || Number(fmt) > CURRENT_FORMAT)) {
    return { ok: false, reason: `fmt=${shown(fmt)} is not a format this app reads (up to fmt=${CURRENT_FORMAT}); open it with a newer version of the app` };
  }
  const mode = params.get('mode');
  if (mode !== undefined && mode !== 'talk') notes.push(`mode: a tour plays in talk mode; ${shown(mode)} was ignored`);
  const payload = params.get('tour');
  if (!payload) return { ok: false, reason: 'the tour in it is empty' };
  const text = fromBase64url(payload);
  if (!text.ok) return { ok: false, reason: `the tour in it could not be read: ${text.reason}` };
  const d = decodeTour(text.text, known);
  if (!d.ok) return { ok: false, reason: `the tour in it could not be read: ${d.reason}` };

  const warnings = [...notes, ...d.warnings];
  const rawStop = params.get('stop');
  let stop = 0;
  if (rawStop !== undefined) {
    const k = /^[0-9]{1,6}$/.test(rawStop) ? Number(rawStop) : 0;
    if (k >= 1 && k <= d.tour.stops.length) stop = k - 1;
    else warnings.push(`stop: ${shown(rawStop)} is not a stop of this tour (1 to ${d.tour.stops.length}); it opens at the first stop`);
  }
  return { ...d, warnings, stop };
}

function decodePart(raw: string): string | null {
  try {
    return decodeURIComponent(raw);
  } catch {
    return null;
  }
}

/**
 * The banner for a tour read from a link or a file, or null when it was read as it is.
 * `opening`: the app starts from this link (a refused one then shows the default view).
 */
export function tourIssue(d: DecodedTour | DecodedTourLink, source: 'link' | 'file', opening = false): LinkIssue | null {
  const what = `This tour ${source}`;
  if (!d.ok) {
    const shownInstead = source === 'file' ? 'Nothing was changed.' : opening ? 'The default view is shown instead.' : 'The view you had is kept.';
    return { title: `${what} could not be opened: ${d.reason}. ${shownInstead}`, details: [] };
  }
  const total = d.tour.stops.length + d.dropped;
  if (d.tour.stops.length === 0) return { title: `${what} has no stop this app can show.`, details: d.warnings };
  if (d.warnings.length === 0) return null;
  if (d.dropped > 0) {
    return {
      title: `${what} was not entirely valid: ${d.dropped} of ${total} stops could not be read and were left out; the other ${d.tour.stops.length} were kept.`,
      details: d.warnings,
    };
  }
  if (d.carried > 0) {
    return { title: `${what} was made when some scenarios' steps were different; ${d.carried} of its stops were carried over to today's steps.`, details: d.warnings };
  }
  return { title: `${what} was not entirely valid; what could be read was kept.`, details: d.warnings };
}
