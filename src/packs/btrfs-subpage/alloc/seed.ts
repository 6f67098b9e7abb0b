// Scenario `seed` (RACE.md section 7.1): page P holds only eb B, with two references
// (TREE_REF's and the one T2's caller drops through free_extent_buffer_stale()); T1
// allocates eb A in P while T2 drops B's last references.

import { allocProgram } from './alloc';
import { PAGE_P_START, pageIndex, radixKey, sectorBitmap } from '../model/geometry';
import { zeroedFields } from '../model/layout';
import type { ScenarioSpec } from '../model/model';
import { releaseProgram } from './release';
import type { BtrfsKernel, BtrfsSubpage, Variant } from '../model/state';

export const EB_A_START = 0x1e14000;
export const EB_B_START = 0x1e10000;

/**
 * Page P with eb B alone in it, as RACE.md 7.1 gives it (refcount: cache + B + private
 * = 3). B was read, so S's uptodate_bitmap has B's sectors while PageUptodate is clear;
 * v4 06/18's struct has no bitmap yet (layout.ts), so there S has only its variant field.
 */
export function seedKernel(variant: Variant): BtrfsKernel {
  const S: BtrfsSubpage = { id: 'S', freed: false, ...zeroedFields(variant) };
  if (S.uptodate_bitmap !== undefined) S.uptodate_bitmap = sectorBitmap(EB_B_START);
  if (S.eb_refs !== undefined) S.eb_refs = 1;
  return {
    page: { index: pageIndex(PAGE_P_START), start: PAGE_P_START, PG_private: true, private: 'S', refcount: 3 },
    subpages: { S },
    ebs: {
      B: {
        name: 'B',
        start: EB_B_START,
        len: 0x4000,
        refs: 2,
        flags: ['TREE_REF', 'IN_TREE'],
        pages0: true,
        attached: true,
        life: 'live',
      },
    },
    buffer_radix: { [radixKey(EB_B_START)]: 'B' },
  };
}

export const seed: ScenarioSpec = {
  id: 'seed',
  initial: seedKernel,
  threads: (variant) => [
    allocProgram(variant, { tid: 1, eb: 'A', start: EB_A_START, prealloc: "S'" }),
    releaseProgram(variant, { tid: 2, eb: 'B', start: EB_B_START }),
  ],
};
