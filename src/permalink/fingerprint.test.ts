import { describe, expect, it } from 'vitest';
import { getModel, SCENARIOS } from '../packs';
import { canonicalLists, currentFingerprint, FINGERPRINT, fingerprint, fnv1a36, type StepLists, stepLists } from './fingerprint';

// Every link carries a fingerprint: these tests pin the scheme itself, on lists made up
// here, so that a change to it (which would break every link) fails here first; and read
// today's lists of every scenario from the registry. (What each family's shipped lists
// hash to is pinned by pinned-lists.test.ts, from the families' own `shipped` tables.)

/** Two variants of two threads, as a scenario's step lists are. */
const LISTS: StepLists = {
  plain: [
    ['lock', 'check', 'set', 'unlock'],
    ['check', 'clear'],
  ],
  fixed: [
    ['lock', 'check', 'set', 'unlock'],
    ['lock', 'check', 'clear', 'unlock'],
  ],
};
const plain = LISTS.plain as readonly (readonly string[])[];

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
    expect(fnv1a36('scenario')).toBe(reference([...'scenario'].map((c) => c.charCodeAt(0))));
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

  it('has stable values (computed apart from this code, over the canonical JSON)', () => {
    expect(canonicalLists(LISTS)).toBe('[["fixed",[["lock","check","set","unlock"],["lock","check","clear","unlock"]]],["plain",[["lock","check","set","unlock"],["check","clear"]]]]');
    expect(fingerprint(LISTS)).toBe('0v5xt56');
    expect(fingerprint({ v: [['a']] })).toBe('1f53g4c');
  });

  it('changes when any op, the thread order, an op between threads, or the variants change', () => {
    const base = fingerprint(LISTS);
    const withPlain = (threads: string[][]): StepLists => ({ ...LISTS, plain: threads });
    const t1 = [...(plain[0] ?? [])];
    const t2 = [...(plain[1] ?? [])];
    const seen = new Set([base]);
    const variants: StepLists[] = [
      withPlain([t1.map((op) => (op === 'set' ? 'store' : op)), t2]), // an op renamed
      withPlain([t1.filter((op) => op !== 'check'), t2]), // an op removed
      withPlain([[...t1, 'extra'], t2]), // an op added
      withPlain([[t1[1] as string, t1[0] as string, ...t1.slice(2)], t2]), // two ops swapped
      withPlain([t2, t1]), // the threads swapped
      withPlain([t1.slice(0, -1), [t1[t1.length - 1] as string, ...t2]]), // an op moved to the other thread
      withPlain([t1, t2, []]), // an empty thread added
      { plain: LISTS.plain ?? [] }, // a variant removed
      { ...LISTS, fixed_v2: LISTS.fixed ?? [] }, // a variant added
      { plain: LISTS.fixed ?? [], fixed: LISTS.plain ?? [] }, // variants' lists swapped
    ];
    for (const lists of variants) {
      const fp = fingerprint(lists);
      expect(seen.has(fp)).toBe(false);
      seen.add(fp);
    }
    // The order in which variants are listed does not matter.
    expect(fingerprint({ fixed: LISTS.fixed ?? [], plain })).toBe(base);
  });

  it('reads today\'s lists from the models, for every variant of the scenario', () => {
    for (const s of SCENARIOS) {
      const lists = stepLists(s.id);
      expect(Object.keys(lists ?? {}).sort()).toEqual(s.variants.map((v) => v.id).sort());
      for (const v of s.variants) {
        const m = getModel(s.id, v.id);
        if (!m.ok) throw new Error(m.error);
        expect(lists?.[v.id]).toEqual(m.value.threads.map((t) => t.steps.map((step) => step.op)));
      }
    }
    expect(stepLists('nope')).toBeNull();
    expect(currentFingerprint('nope')).toBeNull();
  });
});
