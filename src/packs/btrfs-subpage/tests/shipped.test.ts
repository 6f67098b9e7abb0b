// The step lists this family has shipped (each scenario's `shipped`): format-1 links
// (no fingerprint) were made before endio-reader existed, under the lists of the three
// allocation scenarios, and seed's are the ones the README's default link names. That
// every entry still hashes to its key is checked for every family by
// src/permalink/pinned-lists.test.ts.

import { describe, expect, it } from 'vitest';
import { fingerprint } from '../../../permalink/fingerprint';
import { btrfsSubpage } from '../index';

describe('the shipped step lists', () => {
  const shipped = Object.fromEntries(btrfsSubpage.scenarios.map((s) => [s.id, s.shipped]));

  it('format 1 was made under the three allocation scenarios, endio-reader came later', () => {
    expect(Object.fromEntries(Object.entries(shipped).map(([id, s]) => [id, s.format1 ?? null]))).toEqual({
      seed: '0q3nins',
      'two-allocators': '01n40wo',
      'same-bytenr': '03q20nf',
      'endio-reader': null,
    });
  });

  it("seed's format-1 lists are the ones the default link's fingerprint names", () => {
    const lists = shipped.seed?.lists['0q3nins'];
    if (!lists) throw new Error('seed has no lists 0q3nins');
    expect(fingerprint(lists)).toBe('0q3nins');
    expect(Object.keys(lists).sort()).toEqual(['eb_refs', 'racy', 'under_alloc']);
  });
});
