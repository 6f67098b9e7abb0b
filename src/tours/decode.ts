// decodeTour(): the text of a tour (a file, or a link's payload) -> a typed result. It
// never throws. A tour that is partly wrong still opens: every stop that can be read is
// kept, and each problem is a warning saying which stop and what was wrong. Only a text
// that is not a tour at all (not JSON, another format, a newer version, no stops list)
// is refused.

import { KNOWN_LISTS, type KnownLists } from '../permalink/pinned-lists';
import type { Stop, Tour } from '../store/tour';
import { MAX_STOPS, MAX_TITLE, MAX_TOUR_TEXT, TOUR_FORMAT } from './format';
import { migrateTour } from './migrate';
import { field, isObject, readStop, readText, shown } from './stop';

export type DecodedTour =
  | {
      ok: true;
      tour: Tour;
      warnings: string[];
      /** Stops that could not be read and were left out. */
      dropped: number;
      /** Stops made under other step lists and carried over to today's. */
      carried: number;
    }
  | { ok: false; reason: string };

export const UNTITLED = 'Untitled tour';

/** `known` is the table of step lists by fingerprint; tests pass their own. */
export function decodeTour(text: string, known: Readonly<Record<string, KnownLists>> = KNOWN_LISTS): DecodedTour {
  try {
    return decode(text, known);
  } catch (e) {
    // Unreachable by design (a property test feeds it every kind of text); kept so that
    // a future bug degrades to a banner rather than a blank page.
    return { ok: false, reason: `it could not be read (${e instanceof Error ? e.message : 'unknown error'})` };
  }
}

function decode(text: string, known: Readonly<Record<string, KnownLists>>): DecodedTour {
  if (typeof text !== 'string') return { ok: false, reason: 'it is not text' };
  if (text.length > MAX_TOUR_TEXT) return { ok: false, reason: `it is ${text.length} characters long; at most ${MAX_TOUR_TEXT} are read` };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    return { ok: false, reason: `it is not JSON (${e instanceof Error ? e.message.slice(0, 100) : 'parse error'})` };
  }
  if (!isObject(raw)) return { ok: false, reason: `it is ${shown(raw)}, not a tour` };

  const warnings: string[] = [];
  const format = field(raw, 'format');
  if (format === undefined) warnings.push(`it has no format key; it was read as a tour (format ${JSON.stringify(TOUR_FORMAT)})`);
  else if (format !== TOUR_FORMAT) return { ok: false, reason: `its format is ${shown(format)}, not a tour (${JSON.stringify(TOUR_FORMAT)})` };
  if (!Object.hasOwn(raw, 'v')) warnings.push('it has no version (v); it was read as version 1');
  const migrated = migrateTour(raw);
  if (!migrated.ok) return { ok: false, reason: migrated.reason };
  warnings.push(...migrated.notes);
  const tour = migrated.tour;

  const title = readText(field(tour, 'title'), 'title', MAX_TITLE, warnings) ?? UNTITLED;
  const list = field(tour, 'stops');
  if (!Array.isArray(list)) return { ok: false, reason: `its stops are ${shown(list)}, not a list` };
  if (list.length > MAX_STOPS) warnings.push(`it has ${list.length} stops; the first ${MAX_STOPS} were read`);

  const stops: Stop[] = [];
  let dropped = 0;
  let carried = 0;
  for (const [i, item] of list.slice(0, MAX_STOPS).entries()) {
    const r = readStop(item, i + 1, known);
    warnings.push(...r.warnings);
    if (r.stop) stops.push(r.stop);
    else dropped++;
    if (r.carried) carried++;
  }
  return { ok: true, tour: { title, stops }, warnings, dropped, carried };
}
