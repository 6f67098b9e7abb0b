import { describe, expect, it } from 'vitest';
import { decodeTour } from './decode';
import { TOUR_FORMAT, TOUR_VERSION } from './format';
import { migrateTour, TOUR_MIGRATIONS, type TourMigration, tourVersionOf } from './migrate';

// Version 1 is the first: the table is empty, and these tests run the mechanism with a
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
  it('the app writes version 1, and has nothing to migrate yet', () => {
    expect(TOUR_VERSION).toBe(1);
    expect(TOUR_MIGRATIONS).toEqual([]);
    expect(migrateTour({ v: 1, stops: [] })).toEqual({ ok: true, tour: { v: 1, stops: [] }, notes: [] });
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
