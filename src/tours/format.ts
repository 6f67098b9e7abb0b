// A tour as it is saved, in a file or a link: versioned JSON (decode.ts reads it back).
//
//   { "format": "btrfs-race-tour", "v": 1, "title": "...", "stops": [
//     { "title": "...", "notes": "...",
//       "view": { "scenario": "seed", "variant": "racy", "fp": "0q3nins",
//                 "schedule": "1111111222222222211111122", "at": 14, "until": 16,
//                 "compare": null, "card": "explorer-counts" },
//       "claims": { "verdict": "bug", "invariant": "I1" } } ] }
//
// A stop's view is a permalink's: `fp` names the step lists its digits were written
// against (src/permalink/fingerprint.ts), so a tour saved today still means the same
// steps after a model changes; `at` and `until` are 0-based step indexes, -1 the initial
// state; `card`, when present, names a card the stage shows at the stop. In memory
// (src/store/tour.ts) a stop has no fp: it is added when written.

import { formatSchedule } from '../engine';
import { currentFingerprint } from '../permalink/fingerprint';
import type { StopCard } from '../packs';
import type { Stop, StopClaims, Tour } from '../store/tour';

/** What the `format` key of a tour file says. */
export const TOUR_FORMAT = 'btrfs-race-tour';
/** The version this app writes; older ones are migrated (migrate.ts). */
export const TOUR_VERSION = 1;

// Limits on what is read: far above any real tour, low enough that nothing hangs.
/** A tour's JSON text, in characters (a file is refused before it is read past this). */
export const MAX_TOUR_TEXT = 1_000_000;
export const MAX_STOPS = 200;
export const MAX_TITLE = 200;
export const MAX_NOTES = 20_000;

export interface SavedStop {
  title: string;
  notes: string;
  view: {
    scenario: string;
    variant: string;
    /** The fingerprint of the scenario's step lists the digits mean. */
    fp: string;
    /** One thread number per step. */
    schedule: string;
    at: number;
    until?: number;
    compare: { left: string; right: string } | null;
    /** A card the stage shows at this stop; absent when none. */
    card?: StopCard;
  };
  claims?: StopClaims;
}

export interface SavedTour {
  format: typeof TOUR_FORMAT;
  v: typeof TOUR_VERSION;
  title: string;
  stops: SavedStop[];
}

export function savedStop(stop: Stop): SavedStop {
  const { view } = stop;
  return {
    title: stop.title,
    notes: stop.notes,
    view: {
      scenario: view.scenario,
      variant: view.variant,
      // Every scenario a stop in memory can hold has one (stops are read against the registry).
      fp: currentFingerprint(view.scenario) ?? '',
      schedule: formatSchedule(view.schedule),
      at: view.at,
      ...(view.until !== undefined ? { until: view.until } : {}),
      compare: view.compare ? { left: view.compare.left, right: view.compare.right } : null,
      ...(view.card ? { card: view.card } : {}),
    },
    ...(stop.claims ? { claims: { ...stop.claims } } : {}),
  };
}

export function savedTour(tour: Tour): SavedTour {
  return { format: TOUR_FORMAT, v: TOUR_VERSION, title: tour.title, stops: tour.stops.map(savedStop) };
}

/** The text of a tour file: indented, so it reads and diffs well. */
export function encodeTour(tour: Tour): string {
  return `${JSON.stringify(savedTour(tour), null, 2)}\n`;
}

/** The same JSON without spaces, for a link. */
export function compactTour(tour: Tour): string {
  return JSON.stringify(savedTour(tour));
}

/** "<title>.tour.json", without the characters file systems refuse. */
export function tourFileName(tour: Tour): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is removed
  const base = tour.title.replace(/[\u0000-\u001f\u007f/\\:*?"<>|]+/g, '-').replace(/^[\s.-]+|[\s.-]+$/g, '').slice(0, 80);
  return `${base || 'tour'}.tour.json`;
}
