import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { replayValidPart, type Tid } from '../engine';
import { SCENARIO_VARIANTS } from '../../tests/fixtures/scenario-variants';
import { getModel, presetSchedule, SCENARIOS, variantIds } from '../packs';
import { fingerprint, type StepLists } from '../permalink/fingerprint';
import { FORMAT_1_LISTS, KNOWN_LISTS, type KnownLists } from '../permalink/pinned-lists';
import type { Stop, Tour } from '../store/tour';
import { decodeTour } from './decode';
import { encodeTour, savedStop, TOUR_FORMAT, tourFileName } from './format';

const COMMIT = '1111111222222222211111122';
const KNOWN = SCENARIOS.map((s) => s.id).join(', ');
const seedStop = (over: Partial<Stop['view']> = {}, extra: Partial<Stop> = {}): Stop => ({
  title: 'The detach',
  notes: 'T2 frees S.',
  view: { scenario: 'seed', variant: 'racy', schedule: [...COMMIT].map(Number), at: 14, compare: null, ...over },
  ...extra,
});
const tourOf = (...stops: Stop[]): Tour => ({ title: 'A talk', stops });
const fileOf = (stops: unknown[], top: Record<string, unknown> = {}) => JSON.stringify({ format: TOUR_FORMAT, v: 1, title: 'A talk', stops, ...top });

function read(text: string, known?: Readonly<Record<string, KnownLists>>) {
  const d = decodeTour(text, known);
  if (!d.ok) throw new Error(`refused: ${d.reason}`);
  return d;
}

describe('a tour file', () => {
  it('reads back exactly what was written', () => {
    const tour = tourOf(
      seedStop({}, { claims: { verdict: 'bug', invariant: 'I1' } }),
      seedStop({ variant: 'eb_refs', schedule: presetSchedule('seed', 'eb_refs'), at: -1, until: 5, compare: { left: 'racy', right: 'eb_refs' } }),
      { title: 'Three', notes: 'Line one\nLine "two" — ünïcødé 🙂', view: { scenario: 'two-allocators', variant: 'under_alloc', schedule: presetSchedule('two-allocators', 'under_alloc'), at: 20, compare: null } },
    );
    const text = encodeTour(tour);
    expect(JSON.parse(text)).toMatchObject({ format: 'btrfs-race-tour', v: 1, title: 'A talk' });
    expect(JSON.parse(text).stops[0].view).toEqual({ scenario: 'seed', variant: 'racy', fp: '0q3nins', schedule: COMMIT, at: 14, compare: null });
    const d = read(text);
    expect(d.warnings).toEqual([]);
    expect(d.tour).toEqual(tour);
  });

  it("keeps a stop's card, and drops one it does not know with a warning", () => {
    const tour = tourOf(seedStop({ card: 'explorer-counts' }));
    const text = encodeTour(tour);
    expect(JSON.parse(text).stops[0].view.card).toBe('explorer-counts');
    expect(read(text).tour).toEqual(tour);
    const odd = savedStop(seedStop());
    const d = read(fileOf([{ ...odd, view: { ...odd.view, card: '<img src=x>' } }]));
    expect(d.tour.stops).toEqual([seedStop()]);
    expect(d.warnings).toEqual(['stop 1 ("The detach"): card: "<img src=x>" is not a card this app shows (known: explorer-counts); no card at this stop']);
  });

  it('is named after its title, without what file systems refuse', () => {
    expect(tourFileName({ title: 'The subpage eb race', stops: [] })).toBe('The subpage eb race.tour.json');
    expect(tourFileName({ title: 'a/b:c*?"<>|', stops: [] })).toBe('a-b-c.tour.json');
    expect(tourFileName({ title: '...', stops: [] })).toBe('tour.tour.json');
  });

  it('keeps every valid stop of a broken file, and says which stop was wrong and that the rest was kept', () => {
    const good = savedStop(seedStop());
    const d = read(fileOf([good, { ...good, title: 'Gone', view: { ...good.view, scenario: 'nope' } }, 42, { ...good, title: 'Bad variant', view: { ...good.view, variant: 'x' } }, good]));
    expect(d.tour.stops).toEqual([seedStop(), seedStop()]);
    expect(d.dropped).toBe(3);
    expect(d.warnings).toEqual([
      `stop 2 ("Gone"): unknown scenario "nope" (known: ${KNOWN}); the stop was dropped, the other stops were kept`,
      'stop 3 is 42, not a stop; it was dropped, the other stops were kept',
      `stop 4 ("Bad variant"): unknown variant "x" for seed (known: ${variantIds('seed').join(', ')}); the stop was dropped, the other stops were kept`,
    ]);
  });

  it('repairs what it can in a stop, keeping its title and notes', () => {
    const good = savedStop(seedStop());
    const d = read(
      fileOf([
        { ...good, view: { ...good.view, schedule: '11111112x222', at: 'x', until: 999, compare: { left: 'racy', right: 'nope' } } },
        { ...good, claims: { verdict: 'safe' } },
        { title: 7, view: { ...good.view, fp: 'zzzzzzz' } },
      ]),
    );
    expect(d.tour.stops.map((s) => s.title)).toEqual(['The detach', 'The detach', 'Stop 3']);
    const [a, b, c] = d.tour.stops as [Stop, Stop, Stop];
    // The digits before the bad one, completed by the engine.
    expect(a.view.schedule.slice(0, 8).join('')).toBe('11111112');
    expect([a.view.at, a.view.until, a.view.compare]).toEqual([-1, a.view.schedule.length - 1, null]);
    expect(b.claims).toEqual({ verdict: 'safe' });
    expect(c.view.schedule).toEqual(presetSchedule('seed', 'racy'));
    expect(d.warnings).toEqual([
      'stop 1 ("The detach"): at: "x" is not a step index (0-based, -1 for the initial state); it opens at the initial state',
      'stop 1 ("The detach"): schedule, step 9: "x" is not a thread number (use digits 1-9); kept the 8 steps before it',
      'stop 1 ("The detach"): compare: {"left":"racy","right":"nope"} is not two variants of seed (known: racy, under_alloc, eb_refs); compare is off at this stop',
      'stop 1 ("The detach"): until: step index 999 is past the last step (index 24); it is the last step',
      'stop 2 ("The detach"): it says its run is safe, but it runs bug (I1) in this version of the app',
      'stop 3 ("Stop 3"): title is 7, not text; ignored',
      "stop 3 (\"Stop 3\"): fp: zzzzzzz is not the fingerprint of any step lists of seed this app knows (today's is 0q3nins); the stop may come from a newer version of the app or have been edited; its schedule could not be read, so it opens seed, racy with its default schedule at the initial state",
    ]);
    expect(d.dropped).toBe(0);
  });

  it('carries a stop made under other step lists over by op id, as a permalink is', () => {
    // A hypothetical older seed where T1 did not preallocate its subpage.
    const seed = FORMAT_1_LISTS.seed as StepLists;
    const old: StepLists = { ...seed, racy: [(seed.racy?.[0] ?? []).filter((op) => op !== 'btrfs_alloc_subpage'), [...(seed.racy?.[1] ?? [])]] };
    const fp = fingerprint(old);
    const known = { ...KNOWN_LISTS, [fp]: { scenario: 'seed', lists: old } };
    // The commit message's interleaving in those lists; at 5 was T1's spin_unlock_private.
    const stop = { title: 'Old', notes: '', view: { scenario: 'seed', variant: 'racy', fp, schedule: `${'1'.repeat(6)}${'2'.repeat(12)}${'1'.repeat(6)}`, at: 5, until: 17, compare: null } };
    const d = read(fileOf([stop]), known);
    expect(d.carried).toBe(1);
    expect(d.tour.stops[0]?.view.schedule.join('')).toBe('1111111222222222222111111');
    expect(d.tour.stops[0]?.view.at).toBe(6);
    expect(d.tour.stops[0]?.view.until).toBe(18);
    expect(d.warnings[0]).toMatch(/^stop 1 \("Old"\): the stop was made when seed's racy steps were different .* added, as new steps: T1 btrfs_alloc_subpage$/);
  });

  it('refuses what is not a tour, saying why', () => {
    const reason = (text: string) => {
      const d = decodeTour(text);
      return d.ok ? 'read' : d.reason;
    };
    expect(reason('not json')).toMatch(/^it is not JSON/);
    expect(reason('[1,2]')).toBe('it is [1,2], not a tour');
    expect(reason(JSON.stringify({ format: 'excalidraw', stops: [] }))).toBe('its format is "excalidraw", not a tour ("btrfs-race-tour")');
    expect(reason(fileOf([], { v: 2 }))).toMatch(/^it is a version 2 tour, newer than this app reads/);
    expect(reason(fileOf([], { v: 1.5 }))).toMatch(/^its version \(v\) is 1.5/);
    expect(reason(fileOf([], { stops: 'x' }))).toBe('its stops are "x", not a list');
    expect(reason(' '.repeat(1_000_001))).toMatch(/at most 1000000 are read/);
  });

  it('reads a file without format or version, and says so', () => {
    const d = read(JSON.stringify({ title: 'T', stops: [savedStop(seedStop())] }));
    expect(d.warnings).toEqual([
      'it has no format key; it was read as a tour (format "btrfs-race-tour")',
      'it has no version (v); it was read as version 1',
    ]);
    expect(d.tour.stops).toHaveLength(1);
  });
});

/** A valid stop in memory: any scenario and variant, a run of a random prefix, at and until in it. */
const validStop: fc.Arbitrary<Stop> = fc
  .record({
    sv: fc.constantFrom(...SCENARIO_VARIANTS),
    prefix: fc.array(fc.integer({ min: 1, max: 3 }), { maxLength: 40 }),
    at: fc.nat(),
    until: fc.option(fc.nat(), { nil: undefined }),
    title: fc.string({ maxLength: 30 }),
    notes: fc.string({ maxLength: 80 }),
    compare: fc.boolean(),
    claims: fc.boolean(),
  })
  .map(({ sv, prefix, at, until, title, notes, compare, claims }) => {
    const model = getModel(sv.scenario, sv.variant);
    if (!model.ok) throw new Error(model.error);
    const run = replayValidPart(model.value, prefix as Tid[]).run;
    const n = run.schedule.length;
    const a = (at % (n + 1)) - 1;
    const ids = variantIds(sv.scenario);
    const stop: Stop = {
      title,
      notes,
      view: { scenario: sv.scenario, variant: sv.variant, schedule: run.schedule, at: a, compare: compare ? { left: ids[0] as string, right: ids[ids.length - 1] as string } : null },
    };
    if (until !== undefined) stop.view.until = a + (until % (n - a));
    if (claims) stop.claims = run.outcome.verdict === 'bug' ? { verdict: 'bug', invariant: run.outcome.invariant } : { verdict: 'safe' };
    return stop;
  });

/** Things that are not stops, or stops this app cannot show (no view, another scenario or variant). */
const invalidStop = fc.oneof(
  fc.anything().filter((x) => !(typeof x === 'object' && x !== null && Object.hasOwn(x, 'view'))),
  validStop.map((s) => ({ ...savedStop(s), view: { ...savedStop(s).view, scenario: 'no-such-scenario' } })),
  validStop.map((s) => ({ ...savedStop(s), view: { ...savedStop(s).view, variant: 'no_such_variant' } })),
  validStop.map((s) => ({ ...savedStop(s), view: null })),
);

describe('decodeTour, property tests', () => {
  it('never throws, whatever the text', () => {
    const check = (text: string) => {
      const d = decodeTour(text);
      expect(typeof d.ok).toBe('boolean');
    };
    fc.assert(fc.property(fc.string({ maxLength: 300 }), check), { numRuns: 300 });
    fc.assert(fc.property(fc.jsonValue(), (v) => check(JSON.stringify(v) ?? 'null')), { numRuns: 300 });
    fc.assert(
      fc.property(fc.array(fc.anything(), { maxLength: 6 }), fc.anything(), (stops, title) => check(JSON.stringify({ format: TOUR_FORMAT, v: 1, title, stops }) ?? '')),
      { numRuns: 300 },
    );
  });

  it('never throws on a valid tour with any of its fields replaced by anything', () => {
    const keys = ['title', 'notes', 'view', 'claims', 'scenario', 'variant', 'fp', 'schedule', 'at', 'until', 'compare'];
    fc.assert(
      fc.property(validStop, fc.constantFrom(...keys), fc.jsonValue(), (stop, key, value) => {
        const saved = savedStop(stop) as unknown as Record<string, unknown>;
        const view = { ...(saved.view as Record<string, unknown>) };
        const edited = key in view ? { ...saved, view: { ...view, [key]: value } } : { ...saved, [key]: value };
        const d = decodeTour(fileOf([edited]));
        expect(d.ok).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('keeps every valid stop, in order and unchanged, among invalid ones, and says what it dropped', () => {
    const item = fc.oneof(validStop.map((s) => ({ valid: true as const, s })), invalidStop.map((x) => ({ valid: false as const, x })));
    fc.assert(
      fc.property(fc.array(item, { maxLength: 8 }), (items) => {
        const d = decodeTour(fileOf(items.map((i) => (i.valid ? savedStop(i.s) : i.x))));
        if (!d.ok) throw new Error(d.reason);
        expect(d.tour.stops).toEqual(items.flatMap((i) => (i.valid ? [i.s] : [])));
        expect(d.dropped).toBe(items.filter((i) => !i.valid).length);
        expect(d.warnings.filter((w) => w.endsWith('the stop was dropped, the other stops were kept') || w.endsWith('it was dropped, the other stops were kept'))).toHaveLength(d.dropped);
      }),
      { numRuns: 200 },
    );
  });

  it('round-trips any valid tour exactly, without a warning', () => {
    fc.assert(
      fc.property(fc.array(validStop, { maxLength: 6 }), fc.string({ maxLength: 40 }), (stops, title) => {
        const d = decodeTour(encodeTour({ title, stops }));
        expect(d).toEqual({ ok: true, tour: { title, stops }, warnings: [], dropped: 0, carried: 0 });
      }),
      { numRuns: 200 },
    );
  });
});
