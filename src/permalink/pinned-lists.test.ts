import { describe, expect, it } from 'vitest';
import { SCENARIOS } from '../packs';
import { fingerprint, stepLists } from './fingerprint';
import { FORMAT_1_LISTS, KNOWN_LISTS } from './pinned-lists';

// The pinned lists are how old links keep their meaning: they must stay exactly as they
// were shipped, and every list set the app ships must be among them.

describe('pinned step lists', () => {
  it('each entry of KNOWN_LISTS still hashes to its fingerprint', () => {
    for (const [fp, entry] of Object.entries(KNOWN_LISTS)) {
      expect(
        fingerprint(entry.lists),
        `KNOWN_LISTS[${fp}] (${entry.scenario}) no longer hashes to ${fp}: an old entry or the fingerprint scheme was edited. Restore it: links made under those lists carry ${fp}.`,
      ).toBe(fp);
    }
  });

  it('format 1 was made under lists that are in the table, one set per scenario of that time', () => {
    // The scenarios of that time say so in their `shipped` (a family names its own).
    expect(Object.keys(FORMAT_1_LISTS).sort()).toEqual(SCENARIOS.filter((s) => s.shipped.format1 !== undefined).map((s) => s.id).sort());
    for (const [scenario, lists] of Object.entries(FORMAT_1_LISTS)) {
      expect(KNOWN_LISTS[fingerprint(lists)]).toEqual({ scenario, lists });
    }
  });

  it("today's step lists of every scenario are in KNOWN_LISTS", () => {
    for (const s of SCENARIOS) {
      const lists = stepLists(s.id);
      if (!lists) throw new Error(`no models for ${s.id}`);
      const fp = fingerprint(lists);
      expect(
        KNOWN_LISTS[fp],
        `The step lists of scenario ${s.id} changed (their fingerprint is now ${fp}). Links already shared were made under the old lists and are read against them by their fingerprint. ` +
          `Do not edit or remove any entry of pinned-lists.ts: ADD the new lists there as a new literal const and a new KNOWN_LISTS entry '${fp}': { scenario: '${s.id}', lists: ... }. ` +
          `Today's lists, to copy: ${JSON.stringify(lists)}`,
      ).toEqual({ scenario: s.id, lists });
    }
  });
});
