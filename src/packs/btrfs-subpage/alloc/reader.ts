// T1's (and T3's) last step: the next reader of page->private after the allocation,
// read_extent_buffer_subpage() reading the new eb (RACE.md section 5, last T1 row). It
// is where a page left without private bites: ASSERT(PagePrivate(page)) with
// CONFIG_BTRFS_ASSERT=y, else a NULL pointer dereference in
// btrfs_subpage_test_uptodate().

import type { StepDef, Tid } from '../../../engine';
import { bitmap16 } from '../model/geometry';
import { derefPrivate } from '../model/ops';
import { oopsLog } from '../model/oops';
import { readerSource } from '../model/sources';
import type { BtrfsKernel, EbName, Variant } from '../model/state';

/**
 * read_extent_buffer_subpage() at v5.12 (extent_io.c), the eb neither EXTENT_BUFFER_UPTODATE
 * nor on an uptodate page. Between the ASSERT and the helper it locks the eb's range in
 * the btree io_tree; nobody else holds that range here, so the model folds it in.
 */
const CODE: readonly string[] = [
  '/* read_extent_buffer_pages() -> read_extent_buffer_subpage(eb, wait, mirror_num) */',
  'ASSERT(PagePrivate(page));',
  'lock_extent(io_tree, eb->start, eb->start + eb->len - 1);',
  'if (test_bit(EXTENT_BUFFER_UPTODATE, &eb->bflags) || PageUptodate(page) ||',
  '    btrfs_subpage_test_uptodate(fs_info, page, eb->start, eb->len))',
  '  /* subpage = (struct btrfs_subpage *)page->private;',
  '     ASSERT(PagePrivate(page) && page->private); spin_lock_irqsave(&subpage->lock, flags) */',
];

export function readerStep(variant: Variant, tid: Tid, eb: EbName, bits: number): StepDef<BtrfsKernel> {
  const later =
    variant === 'eb_refs'
      ? ''
      : ' Inferred: this reader (read_extent_buffer_subpage(), v4 13/18) and its helper (btrfs_subpage_test_uptodate(), a static inline of v4 08/18, with uptodate_bitmap) came later in the series than 06/18; in 06/18 they stand for the next reader of page->private.';
  return {
    op: 'btrfs_subpage_test_uptodate',
    fn: 'read_extent_buffer_subpage',
    code: CODE,
    source: readerSource(variant),
    narration: `T${tid} reads eb ${eb}: read_extent_buffer_subpage() first asserts PagePrivate(page), then, as eb ${eb} is not uptodate, btrfs_subpage_test_uptodate() casts page->private to struct btrfs_subpage and takes subpage->lock. With page->private 0 that is "assertion failed: PagePrivate(page)" and BUG() under CONFIG_BTRFS_ASSERT=y, else a NULL pointer dereference Oops. Either way T${tid} dies; the machine stops only with panic_on_oops.${later}`,
    apply: (ctx) => {
      const sp = derefPrivate(ctx, `reads eb ${eb}'s uptodate bits through page->private`);
      if (sp) {
        // v4 06/18's struct has no uptodate_bitmap: only the use of page->private is modelled there.
        if (sp.uptodate_bitmap === undefined) return;
        const uptodate = (sp.uptodate_bitmap & bits) === bits;
        ctx.setLocal('uptodate', uptodate);
        const detail = `${sp.id}->uptodate_bitmap ${bitmap16(sp.uptodate_bitmap)} & ${bitmap16(bits)}`;
        ctx.emit({ kind: 'result', name: 'btrfs_subpage_test_uptodate', value: uptodate, detail });
        return;
      }
      if (ctx.kernel.page.private === null) ctx.oops(oopsLog(ctx.tid));
    },
  };
}
