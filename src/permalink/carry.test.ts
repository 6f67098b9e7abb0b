import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { replay, type Tid } from '../engine';
import { getModel, presetSchedule } from '../packs';
import { carryFromOldLists } from './old-lists';
import { loadOldLists } from './carry';
import { decodePermalink, needsOldLists } from './decode';
import { fingerprint, type StepLists } from './fingerprint';
import { encodePermalink } from './format';
import { FORMAT_1_LISTS, KNOWN_LISTS, type KnownLists } from './pinned-lists';
import { issueOf } from './sync';

// Links made under step lists that are not today's. The app has shipped only one list
// set per scenario so far, so these tests add hypothetical older ones to the table.

const SEED = FORMAT_1_LISTS.seed as StepLists;
type Threads = string[][];
const seedWithRacy = (edit: (threads: Threads) => Threads): StepLists => ({
  ...SEED,
  racy: edit((SEED.racy ?? []).map((t) => [...t])),
});

/** T2's radix_tree_delete was called radix_tree_remove. */
const RENAMED = seedWithRacy(([t1 = [], t2 = []]) => [t1, t2.map((op) => (op === 'radix_tree_delete' ? 'radix_tree_remove' : op))]);
/** T1 did not preallocate its subpage. */
const REMOVED = seedWithRacy(([t1 = [], t2 = []]) => [t1.filter((op) => op !== 'btrfs_alloc_subpage'), t2]);
/** T2 checked the tree without the nested buffer_lock. */
const UNNESTED = seedWithRacy(([t1 = [], t2 = []]) => [t1, t2.filter((op, i) => !(i > 4 && /^spin_(un)?lock_buffer$/.test(op)))]);
/** Only racy existed. */
const RACY_ONLY: StepLists = { racy: REMOVED.racy ?? [] };

const FP = { renamed: fingerprint(RENAMED), removed: fingerprint(REMOVED), unnested: fingerprint(UNNESTED), racyOnly: fingerprint(RACY_ONLY) };
const TABLE: Readonly<Record<string, KnownLists>> = {
  ...KNOWN_LISTS,
  [FP.renamed]: { scenario: 'seed', lists: RENAMED },
  [FP.removed]: { scenario: 'seed', lists: REMOVED },
  [FP.unnested]: { scenario: 'seed', lists: UNNESTED },
  [FP.racyOnly]: { scenario: 'seed', lists: RACY_ONLY },
};
const NOW = '0q3nins';
const COMMIT = '1111111222222222222111111';

// The carrying is a chunk of its own (old-lists.ts): a link that needs it says so before
// it is loaded, and every test below reads links with it loaded.
describe('before old-lists.ts is loaded', () => {
  it("a link with a schedule under old lists needs it; today's links and links with no schedule do not", () => {
    expect(needsOldLists(`#fmt=2&sc=seed&fp=${FP.renamed}&v=racy&s=${COMMIT}`, TABLE)).toBe(true);
    expect(needsOldLists(`#fmt=2&sc=seed&fp=${NOW}&v=racy&s=${COMMIT}`, TABLE)).toBe(false);
    expect(needsOldLists(`#fmt=2&sc=seed&fp=${FP.renamed}&v=racy`, TABLE)).toBe(false);
    expect(needsOldLists('#fmt=2&sc=nope', TABLE)).toBe(false);
    // Read without it anyway, the link is refused with a reason, never thrown.
    const d = decodePermalink(`#fmt=2&sc=seed&fp=${FP.renamed}&v=racy&s=${COMMIT}`, TABLE);
    expect(d.ok ? 'opened' : d.reason).toMatch(/older step lists is not loaded/);
  });
});

function open(hash: string) {
  const d = decodePermalink(hash, TABLE);
  if (!d.ok) throw new Error(`refused: ${d.reason}`);
  return { schedule: d.value.choices.schedule.join(''), cursor: d.value.choices.cursor, warnings: d.warnings, carried: d.carried, decoded: d };
}

describe('a link made under older step lists', () => {
  beforeAll(() => loadOldLists());

  it('is carried over by op id: a step added since goes after its thread\'s previous step, and the banner says so', () => {
    // The commit message's interleaving, written when T1 had 12 steps.
    const r = open(`#fmt=2&sc=seed&fp=${FP.removed}&v=racy&s=${'111111'}${'2'.repeat(12)}${'111111'}&at=5`);
    expect(r.schedule).toBe(COMMIT);
    expect(r.warnings).toEqual([
      `the link was made when seed's racy steps were different (fp ${FP.removed}, now ${NOW}); its interleaving was carried over step by step by op id; added, as new steps: T1 btrfs_alloc_subpage`,
    ]);
    // at=5 was T1's spin_unlock_private, now at index 6.
    expect(r.cursor).toBe(7);
    expect(r.carried).toBe(true);
    expect(issueOf(r.decoded)).toEqual({
      title: "This link was made when this scenario's steps were different; its interleaving was carried over to today's steps.",
      details: r.warnings,
    });
    // Once opened, the address is today's link for the same view.
    expect(encodePermalink(r.decoded.value)).toBe(`#fmt=2&sc=seed&fp=${NOW}&v=racy&s=${COMMIT}&at=6`);
  });

  it('names a step that is gone and one that is new, by op', () => {
    const r = open(`#fmt=2&sc=seed&fp=${FP.renamed}&v=racy&s=${COMMIT}&at=12`);
    expect(r.schedule).toBe(COMMIT);
    expect(r.warnings).toEqual([
      `the link was made when seed's racy steps were different (fp ${FP.renamed}, now ${NOW}); its interleaving was carried over step by step by op id; dropped, as they are no longer steps: T2 radix_tree_remove; added, as new steps: T2 radix_tree_delete`,
    ]);
    // at=12 is T2's 2nd spin_lock_buffer: the same (thread, op, occurrence) today.
    expect(r.cursor).toBe(13);
  });

  it('maps at to the same (thread, op, occurrence); a step that is gone opens at the nearest earlier one, and says so', () => {
    const r = open(`#fmt=2&sc=seed&fp=${FP.renamed}&v=racy&s=${COMMIT}&at=9`);
    expect(r.cursor).toBe(9);
    expect(r.warnings[1]).toBe(
      "at: the link's step index 9 (T2 radix_tree_remove) is no longer a step; opened at the nearest earlier one, T2's 1st spin_lock_buffer (step index 8)",
    );
    // T2 first: radix_tree_remove is its 3rd step, at index 2; nothing before it is gone.
    const t2 = open(`#fmt=2&sc=seed&fp=${FP.renamed}&v=racy&s=${'2'.repeat(12)}${'1'.repeat(13)}&at=2`);
    expect(t2.cursor).toBe(2);
    expect(open(`#fmt=2&sc=seed&fp=${FP.renamed}&v=racy&s=${COMMIT}&at=-1`).cursor).toBe(0);
    // Past the end of a link that spells out its whole run.
    const end = open(`#fmt=2&sc=seed&fp=${FP.renamed}&v=racy&s=${COMMIT}&at=40`);
    expect(end.cursor).toBe(25);
    expect(end.warnings[1]).toBe("at: step index 40 is past the link's last step (index 24); opened at the end");
  });

  it('a carried order that cannot run keeps its runnable part and says where it stopped', () => {
    // Written when T2 checked without the nested buffer_lock: T2 checks inside T1's window,
    // then T1 takes buffer_lock. Today T2 holds buffer_lock around the check.
    const r = open(`#fmt=2&sc=seed&fp=${FP.unnested}&v=racy&s=${'1'.repeat(7)}${'2'.repeat(6)}${'1'.repeat(6)}${'2'.repeat(4)}&at=13`);
    expect(r.warnings).toEqual([
      `the link was made when seed's racy steps were different (fp ${FP.unnested}, now ${NOW}); its interleaving was carried over step by step by op id; added, as new steps: T2's 2nd spin_lock_buffer, T2's 2nd spin_unlock_buffer`,
      's, carried over: step 15: T1 cannot run spin_lock_buffer: T1 spins on buffer_lock, held by T2 since step 13; kept the 14 steps before it and completed the run',
    ]);
    expect(r.schedule).toBe('1111111' + '222222222' + '111111' + '222');
    const model = getModel('seed', 'racy');
    if (!model.ok) throw new Error(model.error);
    const run = replay(model.value, [...r.schedule].map(Number));
    expect(run.ok && run.run.schedule.join('')).toBe(r.schedule);
    // at=13 was T1's spin_lock_buffer (its 8th step): it runs at index 16 of the completed run.
    expect(r.cursor).toBe(17);
  });

  it('a short link is completed by the engine, as any short link is', () => {
    const r = open(`#fmt=2&sc=seed&fp=${FP.removed}&v=racy&s=2&at=3`);
    expect(r.schedule).toBe(open(`#fmt=2&sc=seed&fp=${NOW}&v=racy&s=2`).schedule);
    expect(r.warnings[1]).toBe(
      "at: step index 3 lies past the 1 step the link spells out, in its run's completion under the old steps, which cannot be carried over; opened step index 3 of the carried run",
    );
    expect(r.cursor).toBe(4);
  });

  it('digits the old lists could not have run are cut, with the reason', () => {
    const r = open(`#fmt=2&sc=seed&fp=${FP.removed}&v=racy&s=1113x&at=1`);
    expect(r.warnings).toEqual([
      `the link was made when seed's racy steps were different (fp ${FP.removed}, now ${NOW}); its interleaving was carried over step by step by op id`,
      's, step 5: "x" is not a thread number (use digits 1-9); kept the 4 steps before it',
      's, step 4: in the step lists the link was made under, there was no thread T3; kept the 3 steps before it',
    ]);
    expect(r.schedule.slice(0, 3)).toBe('111');
    expect(r.cursor).toBe(2);
    const long = open(`#fmt=2&sc=seed&fp=${FP.removed}&v=racy&s=${'1'.repeat(13)}`);
    expect(long.warnings[1]).toBe('s, step 13: in the step lists the link was made under, T1 had finished (it had 12 steps); kept the 12 steps before it');
  });

  it("reads silently when this variant's lists were the same then", () => {
    // REMOVED differs from today in racy only: an eb_refs link reads as it stands.
    const r = open(`#fmt=2&sc=seed&fp=${FP.removed}&v=eb_refs&s=2&at=4`);
    expect(r.warnings).toEqual([]);
    expect(r.carried).toBeUndefined();
    expect(r.schedule).toBe(open(`#fmt=2&sc=seed&fp=${NOW}&v=eb_refs&s=2`).schedule);
    expect(r.cursor).toBe(5);
  });

  it('a link with old lists and no schedule opens the default schedule and says so', () => {
    const r = open(`#fmt=2&sc=seed&fp=${FP.removed}&v=racy&at=3`);
    expect(r.schedule).toBe(open('').schedule);
    expect(r.warnings).toEqual([
      `the link was made when seed's racy steps were different (fp ${FP.removed}, now ${NOW}); it holds no schedule, so today's default schedule was opened, and its step (at) counted in today's steps`,
    ]);
    expect(r.cursor).toBe(4);
  });

  it('a format-1 link is told as such once its lists are not the current ones', () => {
    const model = getModel('seed', 'racy');
    if (!model.ok) throw new Error(model.error);
    const warnings: string[] = [];
    const old = REMOVED.racy ?? [];
    const digits: Tid[] = [...`111111${'2'.repeat(12)}111111`].map(Number);
    const c = carryFromOldLists(model.value, 'seed', { fp: FP.removed, now: NOW, old, digits, fromFormat1: true }, warnings);
    expect(c.schedule.join('')).toBe(COMMIT);
    expect(warnings).toEqual([
      `the link has no fingerprint (format 1), so it was made under the step lists of that time (fp ${FP.removed}), and seed's racy steps have changed since (now ${NOW}); its interleaving was carried over step by step by op id; added, as new steps: T1 btrfs_alloc_subpage`,
    ]);
  });
});

describe('a fingerprint that cannot be used', () => {
  it('unknown (newer or edited): the digits are not reinterpreted; the default schedule opens with the reason', () => {
    const r = open('#fmt=2&sc=seed&fp=zzzzzzz&v=under_alloc&s=12&at=3');
    expect(r.schedule).toBe(presetSchedule('seed', 'under_alloc', 'commit-message').join(''));
    expect(r.cursor).toBe(0);
    expect(r.warnings).toEqual([
      `fp: zzzzzzz is not the fingerprint of any step lists of seed this app knows (today's is ${NOW}); the link may come from a newer version of the app or have been edited; its schedule (s) and step (at) could not be read, so opened seed, under_alloc with its default schedule`,
    ]);
    expect(open('#fmt=2&sc=seed&fp=zzzzzzz&v=racy').warnings[0]).toMatch(/; opened seed, racy with its default schedule$/);
  });

  it("another scenario's, or old lists without the link's variant: the same", () => {
    expect(open('#fmt=2&sc=seed&fp=01n40wo&v=racy&s=12').warnings).toEqual([
      'fp: 01n40wo is the fingerprint of the step lists of two-allocators, not of seed; its schedule (s) could not be read, so opened seed, racy with its default schedule',
    ]);
    expect(open(`#fmt=2&sc=seed&fp=${FP.racyOnly}&v=eb_refs&s=12`).warnings).toEqual([
      `fp: the step lists of seed with fingerprint ${FP.racyOnly} have no variant eb_refs; its schedule (s) could not be read, so opened seed, eb_refs with its default schedule`,
    ]);
  });

  it('malformed or missing in a format-2 link: warned, and the schedule read against today\'s lists', () => {
    const bad = open('#fmt=2&sc=seed&fp=<b>x&v=racy&s=12&at=3');
    expect(bad.warnings).toEqual([
      `fp: "<b>x" is not a fingerprint (7 characters, 0-9 and a-z); ignored, and its schedule was read against today's steps of seed (fp ${NOW})`,
    ]);
    expect(bad.schedule).toBe(open(`#fmt=2&sc=seed&fp=${NOW}&v=racy&s=12`).schedule);
    expect(bad.cursor).toBe(4);
    expect(open('#fmt=2&sc=seed&fp=abc&v=racy').warnings).toEqual(['fp: "abc" is not a fingerprint (7 characters, 0-9 and a-z); ignored']);
    expect(open('#fmt=2&sc=seed&v=racy&s=12').warnings).toEqual([
      `fp: the link has no fingerprint of the step lists it was made under; its schedule was read against today's steps of seed (fp ${NOW})`,
    ]);
    expect(open('#fmt=2&sc=seed&v=racy&at=3').warnings).toEqual([]);
  });
});

describe('decoding old-list links never throws and always gives a runnable view (fast-check)', () => {
  beforeAll(() => loadOldLists());

  it('for any digits and at, under every hypothetical list set', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(FP.renamed, FP.removed, FP.unnested, FP.racyOnly),
        fc.constantFrom('racy', 'under_alloc', 'eb_refs'),
        fc.stringMatching(/^[0-4x]{0,40}$/),
        fc.integer({ min: -3, max: 50 }),
        (fp, v, s, at) => {
          const d = decodePermalink(`#fmt=2&sc=seed&fp=${fp}&v=${v}${s ? `&s=${s}` : ''}&at=${at}`, TABLE);
          expect(d.ok).toBe(true);
          if (!d.ok) return;
          const { schedule, cursor } = d.value.choices;
          expect(cursor).toBeGreaterThanOrEqual(0);
          expect(cursor).toBeLessThanOrEqual(schedule.length);
          const model = getModel('seed', v);
          if (!model.ok) throw new Error(model.error);
          const r = replay(model.value, schedule);
          expect(r.ok && r.run.schedule).toEqual(schedule);
        },
      ),
      { numRuns: 300 },
    );
  });
});
