// The state endio-reader starts from (RACE.md section 8, "Initial state"): a metadata
// read of eb B, the only eb in page P, has completed; T1 is its end_io, T2 is about to
// drop the other reference to B.

import { PAGE_P_START, pageIndex, radixKey, sectorBitmap } from '../model/geometry';
import { zeroedFields } from '../model/layout';
import type { BtrfsKernel, BtrfsSubpage, EndioVariant } from '../model/state';

export const EB_B_START = 0x1e10000;
export const EB_B_LEN = 0x4000;
/** B's sectors in the subpage bitmaps (0x000f). */
export const EB_B_BITS = sectorBitmap(EB_B_START);

export function endioKernel(variant: EndioVariant): BtrfsKernel {
  // eb_refs 1 (B); uptodate_bitmap 0, as the read has not been accounted yet. In v5.14
  // read_extent_buffer_subpage() added B's 4 sectors to readers before submitting.
  const S: BtrfsSubpage = { id: 'S', freed: false, ...zeroedFields(variant), eb_refs: 1 };
  if (S.readers !== undefined) S.readers = 4;
  return {
    page: { index: pageIndex(PAGE_P_START), start: PAGE_P_START, PG_private: true, private: 'S', refcount: 3 },
    subpages: { S },
    ebs: {
      // refs 2: TREE_REF's and T2's (who holds it, and so why B is STALE, is inferred).
      // io_pages 1: the read is in flight, so nobody can take TREE_REF away yet.
      B: {
        name: 'B',
        start: EB_B_START,
        len: EB_B_LEN,
        refs: 2,
        flags: ['TREE_REF', 'STALE', 'IN_TREE'],
        pages0: true,
        attached: true,
        life: 'live',
        io_pages: 1,
      },
    },
    buffer_radix: { [radixKey(EB_B_START)]: 'B' },
    // read_extent_buffer_subpage() locked B's range in the btree io_tree before submitting.
    extent_locked: [EB_B_START, EB_B_START + EB_B_LEN - 1],
  };
}
