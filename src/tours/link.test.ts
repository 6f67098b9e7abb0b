import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { presetSchedule, SCENARIOS } from '../packs';
import type { Tour } from '../store/tour';
import { fromBase64url, toBase64url } from './base64url';
import { loadBuiltinTours } from './builtin';
import { compactTour, savedStop, TOUR_FORMAT } from './format';
import { decodeTourLink, isTourLink, MAX_TOUR_LINK, tourAddress, tourIssue, tourLinkFor } from './link';

const seed = (variant: string, at: number, title: string) => ({
  title,
  notes: `${title}: what to say`,
  view: { scenario: 'seed', variant, schedule: presetSchedule('seed', variant), at, compare: null },
});
const TOUR: Tour = { title: 'Three views', stops: [seed('racy', 14, 'The detach'), seed('under_alloc', -1, 'Under alloc'), seed('eb_refs', 3, 'eb_refs')] };
const BASE = 'http://127.0.0.1:5173/';

describe('base64url', () => {
  it('round-trips any text, and its alphabet is safe in a URL', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (text) => {
        const b = toBase64url(text);
        expect(b).toMatch(/^[A-Za-z0-9_-]*$/);
        expect(fromBase64url(b)).toEqual({ ok: true, text });
        expect(toBase64url(text)).toBe(Buffer.from(text, 'utf8').toString('base64url'));
      }),
    );
  });

  it('says what is wrong with text that is not base64url, and never throws', () => {
    expect(fromBase64url('ab*d')).toEqual({ ok: false, reason: 'character 3 ("*") is not base64url' });
    expect(fromBase64url('abcde')).toMatchObject({ ok: false });
    expect(fromBase64url('__8')).toEqual({ ok: false, reason: 'its bytes are not UTF-8 text' });
    fc.assert(
      fc.property(fc.string({ maxLength: 100 }), (s) => {
        expect(typeof fromBase64url(s).ok).toBe('boolean');
      }),
    );
  });
});

describe('a tour link', () => {
  it('opens the same stops, at the first stop or the one it names', () => {
    expect(tourAddress(TOUR)).toMatch(/^#fmt=2&tour=[A-Za-z0-9_-]+$/);
    expect(isTourLink(tourAddress(TOUR))).toBe(true);
    expect(isTourLink('#fmt=2&sc=seed&v=racy')).toBe(false);
    const d = decodeTourLink(tourAddress(TOUR));
    expect(d).toEqual({ ok: true, tour: TOUR, warnings: [], dropped: 0, carried: 0, stop: 0 });
    expect(decodeTourLink(tourAddress(TOUR, 2))).toMatchObject({ ok: true, stop: 2 });
    // mode=talk is what a tour plays in anyway.
    expect(decodeTourLink(`${tourAddress(TOUR, 1)}&mode=talk`)).toMatchObject({ ok: true, stop: 1, warnings: [] });
  });

  it('is offered up to MAX_TOUR_LINK characters; past it, the message says how long it is and to save a file', () => {
    const link = tourLinkFor(TOUR, BASE);
    expect(link).toEqual({ ok: true, url: `${BASE}${tourAddress(TOUR)}`, length: BASE.length + tourAddress(TOUR).length });
    const long: Tour = { ...TOUR, stops: TOUR.stops.map((s) => ({ ...s, notes: 'x'.repeat(2500) })) };
    const refused = tourLinkFor(long, BASE);
    expect(refused.ok).toBe(false);
    expect(refused.length).toBeGreaterThan(MAX_TOUR_LINK);
    expect(!refused.ok && refused.message).toBe(
      `This tour is ${refused.length.toLocaleString('en-US')} characters as a link; links over 8,000 do not survive mail: save it as a file.`,
    );
    // Right at the limit.
    const fits = (n: number) => tourLinkFor({ ...TOUR, stops: [{ ...seed('racy', 0, 'x'), notes: 'y'.repeat(n) }] }, BASE);
    // The longest notes that fit, by bisection.
    let n = 0;
    let over = 10_000;
    while (over - n > 1) {
      const mid = Math.floor((n + over) / 2);
      if (fits(mid).ok) n = mid;
      else over = mid;
    }
    expect(fits(n).ok).toBe(true);
    expect(fits(n).length).toBeLessThanOrEqual(MAX_TOUR_LINK);
    expect(fits(n + 1).length).toBeGreaterThan(MAX_TOUR_LINK);
  });

  it('a broken link keeps its valid stops, names the others, and gets a banner', () => {
    const saved = JSON.parse(compactTour(TOUR));
    saved.stops[1].view.scenario = 'endio-writer';
    const hash = `#fmt=2&tour=${toBase64url(JSON.stringify(saved))}&stop=9&x=1`;
    const d = decodeTourLink(hash);
    if (!d.ok) throw new Error(d.reason);
    expect(d.tour.stops.map((s) => s.title)).toEqual(['The detach', 'eb_refs']);
    expect(d.stop).toBe(0);
    expect(d.warnings).toEqual([
      'key "x": a tour link has only fmt, tour and stop; ignored',
      `stop 2 ("Under alloc"): unknown scenario "endio-writer" (known: ${SCENARIOS.map((s) => s.id).join(', ')}); the stop was dropped, the other stops were kept`,
      'stop: "9" is not a stop of this tour (1 to 2); it opens at the first stop',
    ]);
    expect(tourIssue(d, 'link', true)).toEqual({
      title: 'This tour link was not entirely valid: 1 of 3 stops could not be read and were left out; the other 2 were kept.',
      details: d.warnings,
    });
  });

  it('a link that is not a tour at all is refused, with the reason, and never throws', () => {
    const reason = (hash: string) => {
      const d = decodeTourLink(hash);
      return d.ok ? 'read' : d.reason;
    };
    expect(reason('#fmt=2&tour=')).toBe('the tour in it is empty');
    expect(reason('#fmt=2&tour=***')).toBe('the tour in it could not be read: character 1 ("*") is not base64url');
    expect(reason(`#fmt=2&tour=${toBase64url('{"format":"x"}')}`)).toBe('the tour in it could not be read: its format is "x", not a tour ("btrfs-race-tour")');
    expect(reason(`#fmt=3&tour=${toBase64url(compactTour(TOUR))}`)).toMatch(/^fmt="3" is not a format this app reads/);
    expect(tourIssue(decodeTourLink('#tour=%%'), 'link', true)?.title).toMatch(/^This tour link could not be opened: .*The default view is shown instead\.$/);
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (s) => {
        expect(typeof decodeTourLink(`#tour=${s}`).ok).toBe('boolean');
      }),
    );
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        expect(typeof decodeTourLink(`#tour=${toBase64url(JSON.stringify({ format: TOUR_FORMAT, stops: [v] }))}`).ok).toBe('boolean');
      }),
    );
  });

  it('the built-in tour is too long for a link with its notes, and says so', async () => {
    const tour = (await loadBuiltinTours())[0]?.tour as Tour;
    const link = tourLinkFor(tour, BASE);
    expect(link.ok).toBe(false);
    // Without the notes it fits.
    expect(tourLinkFor({ ...tour, stops: tour.stops.map((s) => ({ ...s, notes: '' })) }, BASE).ok).toBe(true);
    expect(savedStop(tour.stops[0] as Tour['stops'][number]).view.fp).toMatch(/^[0-9a-z]{7}$/);
  });
});
