// Every older tour version is brought up to the current one here, and only here, one
// step at a time, as permalinks are (src/permalink/migrate.ts). Version 1 is the first,
// so the table is empty; a later version adds its migration below, with a test of its
// own in migrate.test.ts, and never edits an earlier one: files saved under it exist.

import { TOUR_VERSION } from './format';

/** A tour file's top-level object, not yet validated. */
export type RawTour = Record<string, unknown>;

export interface TourMigration {
  /** The version this migration reads. */
  from: number;
  /** The version it produces: always from + 1. */
  to: number;
  /** What changed, for the banner; none when the tour reads exactly as before. */
  note?: string;
  up: (tour: RawTour) => RawTour;
}

export const TOUR_MIGRATIONS: readonly TourMigration[] = [];

export type MigratedTour = { ok: true; tour: RawTour; notes: string[] } | { ok: false; reason: string };

/** The version a tour declares: a missing `v` is read as the first version, and the caller says so. */
export function tourVersionOf(tour: RawTour): number | null {
  const v = Object.hasOwn(tour, 'v') ? tour.v : 1;
  return typeof v === 'number' && Number.isInteger(v) && v >= 1 ? v : null;
}

/** Applies the table, in order, from the tour's version up to `target`. */
export function migrateTour(tour: RawTour, table: readonly TourMigration[] = TOUR_MIGRATIONS, target: number = TOUR_VERSION): MigratedTour {
  const version = tourVersionOf(tour);
  if (version === null) {
    return { ok: false, reason: `its version (v) is ${JSON.stringify(tour.v)?.slice(0, 20)}, not a whole number from 1 (this app writes v ${target})` };
  }
  if (version > target) {
    return { ok: false, reason: `it is a version ${version} tour, newer than this app reads (up to version ${target}); open it with a newer version of the app` };
  }
  let t = tour;
  const notes: string[] = [];
  for (let v = version; v < target; v++) {
    const m = table.find((x) => x.from === v);
    if (!m || m.to !== v + 1) return { ok: false, reason: `a version ${version} tour cannot be read: no migration from version ${v} to ${v + 1}` };
    t = m.up(t);
    if (m.note) notes.push(m.note);
  }
  return { ok: true, tour: { ...t, v: target }, notes };
}
