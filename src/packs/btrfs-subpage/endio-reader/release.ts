// The release path both threads of endio-reader may run, as pure updates: whichever
// thread's free_extent_buffer() drops B's last reference goes on into
// release_extent_buffer() and detach_extent_buffer_page() (extent_io.c, v5.12; v5.14's
// page_range_has_eb() also checks readers).

import type { StepCtx } from '../../../engine';
import { derefPrivate, freeSubpage, setEb, setPage, setSubpage } from '../model/ops';
import type { BtrfsKernel, EbName, EndioVariant } from '../model/state';
import { hasFlag, withFlag } from '../model/state';

type Ctx = StepCtx<BtrfsKernel>;

/**
 * free_extent_buffer(eb), locked path (refs <= 3 for a mapped eb): under eb->refs_lock,
 * `refs == 2 && STALE && !extent_buffer_under_io(eb) && test_and_clear_bit(TREE_REF)`
 * drops the tree's reference first; then release_extent_buffer()'s atomic_dec_and_test()
 * and, at 0, IN_TREE cleared before refs_lock is dropped. B is never dirty or under
 * writeback here, so "under IO" is io_pages != 0. Returns whether it was the last.
 */
export function freeExtentBuffer(ctx: Ctx, eb: EbName): boolean {
  const e = ctx.kernel.ebs[eb];
  if (!e) throw new Error(`free_extent_buffer: no eb ${eb}`);
  const underIo = (e.io_pages ?? 0) > 0;
  if (e.refs === 2 && hasFlag(e, 'STALE') && !underIo && hasFlag(e, 'TREE_REF')) {
    setEb(ctx, eb, { flags: withFlag(e.flags, 'TREE_REF', false), refs: 1 });
  }
  const now = ctx.kernel.ebs[eb] as typeof e;
  if (now.refs > 1) {
    setEb(ctx, eb, { refs: now.refs - 1 });
    return false;
  }
  setEb(ctx, eb, { refs: 0, flags: withFlag(now.flags, 'IN_TREE', false), life: 'released' });
  return true;
}

/** btrfs_page_dec_eb_refs(): under private_lock, PagePrivate set (the releaser holds the last eb). */
export function decEbRefs(ctx: Ctx): void {
  const sp = derefPrivate(ctx, 'decrements subpage->eb_refs');
  if (sp) setSubpage(ctx, sp.id, { eb_refs: (sp.eb_refs ?? 0) - 1 });
}

/**
 * page_range_has_eb(): eb_refs != 0 (v5.12); v5.14 also returns true while readers != 0.
 * Records the answer as a result event and returns it.
 */
export function pageRangeHasEb(ctx: Ctx, variant: EndioVariant): boolean {
  let found = false;
  let detail = 'PagePrivate is clear';
  if (ctx.kernel.page.PG_private) {
    const sp = derefPrivate(ctx, 'reads the subpage in page_range_has_eb()');
    if (sp) {
      const refs = sp.eb_refs ?? 0;
      const readers = variant === 'readers' ? (sp.readers ?? 0) : 0;
      found = refs !== 0 || readers !== 0;
      detail = `${sp.id}->eb_refs is ${refs}${variant === 'readers' ? `, ${sp.id}->readers is ${readers}` : ''}`;
    }
  }
  ctx.emit({ kind: 'result', name: 'page_range_has_eb', value: found, detail });
  return found;
}

/** btrfs_detach_subpage(): detach_page_private() (PagePrivate cleared, private 0, a page ref dropped), then kfree. */
export function detachSubpage(ctx: Ctx): void {
  const page = ctx.kernel.page;
  const sp = derefPrivate(ctx, 'detaches and frees the subpage');
  setPage(ctx, { PG_private: false, private: null, refcount: page.refcount - 1 });
  if (sp) freeSubpage(ctx, sp.id);
}

/** put_page() of eb->pages[0]'s reference. */
export function putPage(ctx: Ctx, eb: EbName): void {
  setEb(ctx, eb, { pages0: false });
  setPage(ctx, { refcount: ctx.kernel.page.refcount - 1 });
}
