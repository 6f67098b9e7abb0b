// struct btrfs_subpage as each variant's source had it (RACE.md 5a, and the research
// that corrected it: v4 06/18 had no bitmaps yet; v5.12's union also holds a data-only
// readers): the model allocates exactly those fields, and the picture draws them.

import { describe, expect, it } from 'vitest';
import { presetSchedule } from '../../index';
import { subpageLayout } from '../model/layout';
import { model, run, VARIANT_IDS } from './helpers';

const decl = (variant: Parameters<typeof subpageLayout>[0]) => subpageLayout(variant).members.map((m) => `${m.place}:${m.type} ${m.name}`);

describe('struct btrfs_subpage has the members its version had (RACE.md 5a)', () => {
  it('v4 06/18: lock, and under_alloc in the union; without its hunks, lock only', () => {
    expect(decl('under_alloc')).toEqual(['common:spinlock_t lock', 'meta:bool under_alloc']);
    expect(decl('racy')).toEqual(['common:spinlock_t lock']);
    expect(subpageLayout('racy').inferred).toBe(true);
  });

  it('v5.12: lock, the two bitmaps, and a union of eb_refs with the data-only readers', () => {
    expect(decl('eb_refs')).toEqual([
      'common:spinlock_t lock',
      'common:u16 uptodate_bitmap',
      'common:u16 error_bitmap',
      'meta:atomic_t eb_refs',
      'data:atomic_t readers',
    ]);
  });

  it('every subpage the model allocates has exactly the fields its layout gives a value', () => {
    for (const variant of VARIANT_IDS) {
      const fields = subpageLayout(variant)
        .members.flatMap((m) => (m.field ? [m.field] : []))
        .sort();
      const r = run(model('seed', variant), presetSchedule('seed', variant, 't2-then-t1'));
      const subpages = Object.values(r.final.kernel.subpages);
      expect(subpages.length).toBe(2);
      for (const sp of subpages) {
        expect(Object.keys(sp ?? {}).filter((k) => k !== 'id' && k !== 'freed').sort(), variant).toEqual(fields);
      }
    }
  });
});
