import { describe, expect, it } from 'vitest';
import { decodeTour } from './decode';
import { encodeTour, TOUR_FORMAT, TOUR_VERSION } from './format';
import { migrateTour, TOUR_MIGRATIONS, type TourMigration, tourVersionOf } from './migrate';

// The real table is checked against the version the app writes; the mechanism runs on a
// hypothetical table, as src/permalink/migrate.test.ts does for links.

/** Hypothetical: v2 renamed `notes` to `script`, v3 added a required `lang`. */
const TABLE: readonly TourMigration[] = [
  {
    from: 1,
    to: 2,
    up: (t) => ({ ...t, stops: (t.stops as Array<Record<string, unknown>>).map(({ notes, ...s }) => ({ ...s, script: notes })) }),
  },
  { from: 2, to: 3, note: 'the tour was made before languages; it was read as English', up: (t) => ({ ...t, lang: 'en' }) },
];

describe('tour migrations', () => {
  it('every version the app ever wrote is read by the real table, and what it writes now is read as written', () => {
    // A version bump without its migration would strand every tour saved before it.
    for (let v = 1; v <= TOUR_VERSION; v++) {
      const r = migrateTour({ v, stops: [] });
      expect(r.ok, `a version ${v} tour`).toBe(true);
      expect(r.ok && r.tour.v).toBe(TOUR_VERSION);
    }
    // The table is the chain 1 -> 2 -> ... -> TOUR_VERSION, each step once, in order.
    expect(TOUR_MIGRATIONS.map((m) => [m.from, m.to])).toEqual(Array.from({ length: TOUR_VERSION - 1 }, (_, i) => [i + 1, i + 2]));
    // The writer stamps the version the reader expects, so a saved tour is not migrated.
    const written = JSON.parse(encodeTour({ title: 'A talk', stops: [] })) as Record<string, unknown>;
    expect(written).toMatchObject({ format: TOUR_FORMAT, v: TOUR_VERSION });
    expect(migrateTour(written)).toEqual({ ok: true, tour: written, notes: [] });
  });

  it('applies each step in order, up to the target, and collects their notes', () => {
    const r = migrateTour({ v: 1, stops: [{ title: 'a', notes: 'n' }] }, TABLE, 3);
    expect(r).toEqual({ ok: true, tour: { v: 3, lang: 'en', stops: [{ title: 'a', script: 'n' }] }, notes: [TABLE[1]?.note] });
    expect(migrateTour({ v: 2, stops: [] }, TABLE, 3)).toEqual({ ok: true, tour: { v: 3, lang: 'en', stops: [] }, notes: [TABLE[1]?.note] });
    expect(migrateTour({ v: 3, stops: [] }, TABLE, 3)).toEqual({ ok: true, tour: { v: 3, stops: [] }, notes: [] });
  });

  it('refuses a newer version, a missing step and a version that is not a whole number', () => {
    expect(migrateTour({ v: 4 }, TABLE, 3)).toMatchObject({ ok: false, reason: expect.stringMatching(/^it is a version 4 tour, newer than this app reads \(up to version 3\)/) });
    expect(migrateTour({ v: 1 }, TABLE.slice(1), 3)).toEqual({ ok: false, reason: 'a version 1 tour cannot be read: no migration from version 1 to 2' });
    for (const v of [0, -1, 1.5, '1', null]) expect(migrateTour({ v }, TABLE, 3).ok).toBe(false);
  });

  it('a tour without a version is read as version 1', () => {
    expect(tourVersionOf({})).toBe(1);
    expect(migrateTour({ stops: [] }, TABLE, 2)).toEqual({ ok: true, tour: { v: 2, stops: [] }, notes: [] });
  });

  it('decodeTour refuses a tour from a newer app with a message, not a throw', () => {
    const d = decodeTour(JSON.stringify({ format: TOUR_FORMAT, v: TOUR_VERSION + 1, title: 't', stops: [] }));
    expect(d).toEqual({ ok: false, reason: `it is a version ${TOUR_VERSION + 1} tour, newer than this app reads (up to version ${TOUR_VERSION}); open it with a newer version of the app` });
  });
});
