import { describe, expect, it } from 'vitest';
import { SCENARIOS } from '../packs';
import { canonicalLists, currentFingerprint, FINGERPRINT, fingerprint, fnv1a36, type StepLists, stepLists } from './fingerprint';
import { FORMAT_1_LISTS } from './pinned-lists';

// Every link carries a fingerprint: these tests pin the scheme itself, so that a change
// to it (which would break every link) fails here first.

const seed = FORMAT_1_LISTS.seed as StepLists;
const racy = seed.racy as readonly (readonly string[])[];

/** FNV-1a written out again with BigInt, over explicit bytes, as a cross-check. */
function reference(bytes: number[]): string {
  let h = 2166136261n;
  for (const b of bytes) h = ((h ^ BigInt(b)) * 16777619n) % 2n ** 32n;
  return h.toString(36).padStart(7, '0');
}

describe('the fingerprint scheme', () => {
  it('hashes with 32-bit FNV-1a over UTF-8 (reference values)', () => {
    // FNV-1a 32 of "", "a" and "foobar" are 0x811c9dc5, 0xe40c292c and 0xbf9cf968.
    expect(fnv1a36('')).toBe((0x811c9dc5).toString(36).padStart(7, '0'));
    expect(fnv1a36('a')).toBe((0xe40c292c).toString(36).padStart(7, '0'));
    expect(fnv1a36('foobar')).toBe((0xbf9cf968).toString(36).padStart(7, '0'));
    // Multi-byte characters are hashed as their UTF-8 bytes: "é" is C3 A9.
    expect(fnv1a36('é')).toBe(reference([0xc3, 0xa9]));
    expect(fnv1a36('seed')).toBe(reference([...'seed'].map((c) => c.charCodeAt(0))));
  });

  it('serializes canonically: variants sorted, threads and ops in order, JSON without spaces', () => {
    const lists: StepLists = { b: [['x']], a: [['y', 'z'], []] };
    expect(canonicalLists(lists)).toBe('[["a",[["y","z"],[]]],["b",[["x"]]]]');
    expect(fingerprint(lists)).toBe(fnv1a36('[["a",[["y","z"],[]]],["b",[["x"]]]]'));
  });

  it('is 7 characters of 0-9 and a-z, zero-padded', () => {
    expect(fnv1a36('')).toMatch(FINGERPRINT);
    for (const s of SCENARIOS) expect(currentFingerprint(s.id)).toMatch(FINGERPRINT);
    // Found by search: a string whose hash is below 36^6, so it needs the padding.
    let small = '';
    for (let i = 0; small === ''; i++) if (fnv1a36(String(i)).startsWith('0')) small = String(i);
    expect(fnv1a36(small)).toHaveLength(7);
  });

  it('has stable values for the pinned lists', () => {
    expect(fingerprint(seed)).toBe('0q3nins');
    expect(fingerprint(FORMAT_1_LISTS['two-allocators'] as StepLists)).toBe('01n40wo');
    expect(fingerprint(FORMAT_1_LISTS['same-bytenr'] as StepLists)).toBe('03q20nf');
  });

  it('changes when any op, the thread order, an op between threads, or the variants change', () => {
    const base = fingerprint(seed);
    const withRacy = (threads: string[][]): StepLists => ({ ...seed, racy: threads });
    const t1 = [...(racy[0] ?? [])];
    const t2 = [...(racy[1] ?? [])];
    const seen = new Set([base]);
    const variants: StepLists[] = [
      withRacy([t1.map((op) => (op === 'alloc_eb' ? 'alloc_extent_buffer' : op)), t2]), // an op renamed
      withRacy([t1.filter((op) => op !== 'btrfs_alloc_subpage'), t2]), // an op removed
      withRacy([[...t1, 'extra'], t2]), // an op added
      withRacy([[t1[1] as string, t1[0] as string, ...t1.slice(2)], t2]), // two ops swapped
      withRacy([t2, t1]), // the threads swapped
      withRacy([t1.slice(0, -1), [t1[t1.length - 1] as string, ...t2]]), // an op moved to the other thread
      withRacy([t1, t2, []]), // an empty thread added
      { racy: seed.racy ?? [], eb_refs: seed.eb_refs ?? [] }, // a variant removed
      { ...seed, eb_refs_v2: seed.eb_refs ?? [] }, // a variant added
      { racy: seed.under_alloc ?? [], under_alloc: seed.racy ?? [], eb_refs: seed.eb_refs ?? [] }, // variants' lists swapped
    ];
    for (const lists of variants) {
      const fp = fingerprint(lists);
      expect(seen.has(fp)).toBe(false);
      seen.add(fp);
    }
    // The order in which variants are listed does not matter.
    expect(fingerprint({ eb_refs: seed.eb_refs ?? [], racy, under_alloc: seed.under_alloc ?? [] })).toBe(base);
  });

  it('reads today\'s lists from the models, for every variant', () => {
    // Variants belong to a scenario: the allocation scenarios share three, endio-reader has its own.
    for (const s of SCENARIOS) {
      const lists = stepLists(s.id);
      const expected = s.id === 'endio-reader' ? ['eb_refs', 'private_check', 'readers'] : ['eb_refs', 'racy', 'under_alloc'];
      expect(Object.keys(lists ?? {}).sort()).toEqual(expected);
    }
    expect(stepLists('nope')).toBeNull();
    expect(currentFingerprint('nope')).toBeNull();
  });
});
