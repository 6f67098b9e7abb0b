// T1 of endio-reader: end_bio_extent_readpage() for B's bio (RACE.md section 8, T1
// table): validate_subpage_buffer() (disk-io.c) checks B and drops its own reference,
// then end_page_read() updates the sector bitmaps through page->private, holding no
// reference and no lock. A branch not taken keeps its slot, so every schedule of a
// variant has the same steps.

import type { StepDef, ThreadProgram } from '../../../engine';
import type { RadixEvent } from '../model/events';
import { radixKey } from '../model/geometry';
import { derefLoaded, derefPrivate, loadPrivate, radixDelete, setEb, setExtentLocked, setSubpage } from '../model/ops';
import { endioSource } from '../model/sources';
import type { BtrfsKernel, EndioVariant } from '../model/state';
import { hasFlag, withFlag } from '../model/state';
import { EB_B_BITS, EB_B_START } from './initial';
import { decEbRefs, detachSubpage, freeExtentBuffer, pageRangeHasEb, putPage } from './release';

type Step = StepDef<BtrfsKernel>;

const KEY = radixKey(EB_B_START);
const VSB = 'validate_subpage_buffer';

/** validate_extent_buffer() and set_extent_buffer_uptodate(): B UPTODATE, S's bitmap under S->lock. */
function setUptodate(ctx: Parameters<NonNullable<Step['apply']>>[0]): void {
  const B = ctx.kernel.ebs.B;
  if (B && !hasFlag(B, 'UPTODATE')) setEb(ctx, 'B', { flags: withFlag(B.flags, 'UPTODATE', true) });
  const sp = derefPrivate(ctx, "sets B's sectors uptodate");
  if (sp) setSubpage(ctx, sp.id, { uptodate_bitmap: (sp.uptodate_bitmap ?? 0) | EB_B_BITS });
}

export function endioProgram(variant: EndioVariant): ThreadProgram<BtrfsKernel> {
  const src = (file: Parameters<typeof endioSource>[1]) => endioSource(variant, file);
  // validate_subpage_buffer() is in disk-io.c (RACE.md 8): the steps it makes cite it.
  const vsb = src('disk-io.c');
  /** The steps of end_page_read() after its test are skipped once the test returned. */
  const returned = (ctx: Parameters<NonNullable<Step['apply']>>[0]): boolean => {
    if (ctx.local('returned') !== true) return false;
    ctx.skip('end_page_read() returned: PagePrivate(page) was clear');
    return true;
  };
  const steps: Array<Step | false> = [
    {
      op: 'find_extent_buffer',
      fn: VSB,
      code: [
        'ASSERT(PagePrivate(page));',
        'eb = find_extent_buffer(fs_info, start);',
        '  /* rcu_read_lock(); radix_tree_lookup(); atomic_inc_not_zero(&eb->refs);',
        '     STALE: spin_lock(&eb->refs_lock); spin_unlock(&eb->refs_lock);',
        '     check_buffer_tree_ref(): refs >= 2 and TREE_REF, nothing to do */',
      ],
      source: vsb,
      holds: ['refs_lock'],
      narration:
        "T1, the end_io of B's read, looks B up in buffer_radix under RCU and takes a reference of its own. B is STALE, so it also takes and drops B's refs_lock, to wait out a free_extent_buffer() that may be halfway.",
      apply: (ctx) => {
        ctx.emit<RadixEvent>({ kind: 'pack', type: 'radix', op: 'lookup', key: KEY, found: ctx.kernel.buffer_radix[KEY] ? ['B'] : [] });
        // B cannot be at refs 0 here: while io_pages is 1 nobody can drop its TREE_REF.
        const B = ctx.kernel.ebs.B;
        if (B) setEb(ctx, 'B', { refs: B.refs + 1 });
      },
    },
    {
      op: 'dec_io_pages',
      fn: VSB,
      code: [
        'reads_done = atomic_dec_and_test(&eb->io_pages);  /* 1 -> 0: no longer under IO */',
        'ret = validate_extent_buffer(eb);',
        '  /* csum and tree checks pass; on success it calls set_extent_buffer_uptodate(eb) itself */',
      ],
      source: vsb,
      // validate_extent_buffer() (v5.12) ends with set_extent_buffer_uptodate() on
      // success, so S's lock is taken here already, not only in the next step.
      holds: ['subpage_lock'],
      narration:
        "B's read is done: io_pages 1 -> 0, so B is no longer under IO. validate_extent_buffer() checks the block and, as it passes, already marks B UPTODATE and sets B's sectors in S's uptodate_bitmap under S->lock. T1 still holds its reference, so S cannot go away here.",
      apply: (ctx) => {
        const B = ctx.kernel.ebs.B;
        if (B) setEb(ctx, 'B', { io_pages: (B.io_pages ?? 1) - 1 });
        setUptodate(ctx);
      },
    },
    {
      op: 'set_extent_buffer_uptodate',
      fn: VSB,
      code: ['set_extent_buffer_uptodate(eb);', '  /* set_bit(UPTODATE); btrfs_page_set_uptodate(): uptodate_bitmap |= 0x000f under S->lock */'],
      source: vsb,
      holds: ['subpage_lock'],
      narration:
        "validate_subpage_buffer() sets B uptodate once more (validate_extent_buffer() did it already): B's sectors in S's uptodate_bitmap, under S->lock. Safe: T1's reference keeps eb_refs at 1 or more.",
      apply: setUptodate,
    },
    {
      op: 'free_extent_buffer',
      fn: VSB,
      code: [
        'free_extent_buffer(eb);  /* under eb->refs_lock: */',
        '  /* refs == 2 && STALE && !under_io && TREE_REF ? TREE_REF cleared, refs - 1 */',
        '  /* atomic_dec_and_test(&eb->refs) ? IN_TREE cleared, release_extent_buffer() goes on */',
      ],
      source: vsb,
      holds: ['refs_lock'],
      narration:
        'T1 drops its own reference. If T2 has not dropped its own yet, B keeps 2 ("Still have 2 refs") and T1 is done with B. If T2 dropped first, B is at 2 with STALE, TREE_REF and no IO: TREE_REF goes too, refs 2 -> 1 -> 0, and T1 holds the last reference.',
      apply: (ctx) => {
        const last = freeExtentBuffer(ctx, 'B');
        ctx.setLocal('last', last);
        ctx.emit({ kind: 'result', name: 'free_extent_buffer', value: last ? 'last reference' : 'not the last', detail: `B->refs is now ${ctx.kernel.ebs.B?.refs}` });
      },
    },
    {
      op: 'release_extent_buffer',
      fn: VSB,
      code: [
        '/* free_extent_buffer() dropped the last reference: release_extent_buffer(eb) */',
        'spin_lock(&fs_info->buffer_lock); radix_tree_delete(...); spin_unlock(&fs_info->buffer_lock);',
        'detach_extent_buffer_page(eb, page);  /* under private_lock: btrfs_page_dec_eb_refs();',
        '  if (!page_range_has_eb()) btrfs_detach_subpage() */',
        'put_page(page); call_rcu(&eb->rcu_head, btrfs_release_extent_buffer_rcu);',
      ],
      source: src(['disk-io.c', 'extent_io.c']),
      // One step: T2 has returned from its free_extent_buffer() by now, so nobody
      // contends for buffer_lock or private_lock. They are not declared as held: T2's
      // skipped steps keep their slots, and their locks would block this step.
      narration: `Only when T1 dropped the last reference: B leaves buffer_radix (slot ${KEY}) and is detached from page P under private_lock, eb_refs 1 -> 0; page_range_has_eb() decides whether S goes too.${variant === 'readers' ? ' In v5.14 it also sees T1 itself in S->readers, and keeps S.' : ' Nothing else uses S now, as far as eb_refs can tell: S is freed, though T1 itself is about to use it.'}`,
      apply: (ctx) => {
        if (ctx.local('last') !== true) {
          ctx.skip("free_extent_buffer() did not drop the last reference: T2's release frees B");
          return;
        }
        radixDelete(ctx, KEY);
        decEbRefs(ctx);
        const found = pageRangeHasEb(ctx, variant);
        setEb(ctx, 'B', { attached: false });
        if (!found) detachSubpage(ctx);
        putPage(ctx, 'B');
        setEb(ctx, 'B', { life: 'freed' });
      },
    },
    variant === 'private_check' && {
      op: 'test_page_private',
      fn: 'end_page_read',
      code: [
        'if (fs_info->sectorsize < PAGE_SIZE && unlikely(!PagePrivate(page))) {',
        '        ASSERT(!is_data_inode(page->mapping->host));',
        '        return;',
        '}',
      ],
      // 150e4b0597a7 moved this test into end_page_read(); who first added it is not known.
      source: { ref: 'fs/btrfs/extent_io.c, end_page_read() as the 2021-06-07 fix found it' },
      narration:
        'end_page_read() tests PagePrivate without a lock and without a reference: if the page has lost its private, it returns. If the test passes, T1 is committed to using page->private, and nothing stops T2 from detaching it now.',
      apply: (ctx) => {
        const passed = ctx.kernel.page.PG_private;
        ctx.setLocal(passed ? 'passed' : 'returned', true);
        ctx.emit({ kind: 'result', name: 'PagePrivate', value: passed, detail: passed ? 'the test passes: end_page_read() goes on' : 'end_page_read() returns' });
      },
    },
    {
      op: 'load_page_private',
      fn: 'end_page_read',
      code: ['btrfs_page_set_uptodate(fs_info, page, start, len);', '  /* btrfs_subpage_set_uptodate(): subpage = (struct btrfs_subpage *)page->private; no lock */'],
      source: src('subpage.c'),
      narration: "btrfs_subpage_set_uptodate() loads page->private into a local, with no lock and no reference: T1 dropped its reference to B before end_page_read().",
      apply: (ctx) => {
        if (returned(ctx)) return;
        loadPrivate(ctx, 'subpage');
      },
    },
    {
      op: 'btrfs_subpage_set_uptodate',
      fn: 'btrfs_subpage_set_uptodate',
      code: [
        'ASSERT(PagePrivate(page) && page->private);  /* btrfs_subpage_calc_bitmap() */',
        'spin_lock_irqsave(&subpage->lock, flags);',
        'subpage->uptodate_bitmap |= tmp;  /* 0x000f */',
        'if (subpage->uptodate_bitmap == U16_MAX) SetPageUptodate(page);  /* not here: B\'s sectors only */',
        'spin_unlock_irqrestore(&subpage->lock, flags);',
      ],
      source: src('subpage.c'),
      narration:
        'T1 takes subpage->lock through the pointer it loaded and sets B\'s sectors uptodate. If page->private was 0 when loaded, that is a NULL pointer dereference; if S was freed since, a use-after-free. With CONFIG_BTRFS_ASSERT=y the ASSERT (page->private is 0 by then) fires first: "assertion failed: PagePrivate(page) && page->private" and BUG(), which kills T1. Without it, the NULL dereference is an Oops that kills T1, but the use-after-free is usually silent corruption, not an Oops. The machine stops only with panic_on_oops. The model lets T1 run on, so that every schedule has the same steps; the kernel would not.',
      apply: (ctx) => {
        if (returned(ctx)) return;
        const { sp, fault } = derefLoaded(ctx, 'subpage', 'takes subpage->lock in btrfs_subpage_set_uptodate()');
        if (fault) {
          ctx.setLocal('fault', fault);
          const detail =
            fault === 'NULL'
              ? 'with CONFIG_BTRFS_ASSERT=y: assertion failed, BUG(); without: NULL pointer dereference Oops'
              : 'with CONFIG_BTRFS_ASSERT=y: assertion failed, BUG(); without: spin_lock_irqsave() on kfree()d memory (use-after-free), usually silent corruption, not an Oops';
          ctx.emit({ kind: 'result', name: 'btrfs_subpage_set_uptodate', value: fault, detail });
          return;
        }
        if (!sp) return;
        // S->lock is taken only when the pointer is good: a fault takes no lock. Nobody
        // else takes it, so it need not be declared for the engine to order anything.
        ctx.emit({ kind: 'lock', lock: 'subpage_lock', thread: ctx.tid, op: 'acquire' });
        setSubpage(ctx, sp.id, { uptodate_bitmap: (sp.uptodate_bitmap ?? 0) | EB_B_BITS });
        ctx.emit({ kind: 'lock', lock: 'subpage_lock', thread: ctx.tid, op: 'release' });
      },
    },
    variant === 'readers' && {
      op: 'btrfs_subpage_end_reader',
      fn: 'end_page_read',
      code: ['btrfs_subpage_end_reader(fs_info, page, start, len);', '  /* atomic_sub_and_test(4, &subpage->readers); metadata: no unlock_page() */'],
      source: src('subpage.c'),
      narration: "T1's last use of S: it takes B's 4 sectors out of S->readers. From here on, page_range_has_eb() no longer sees T1, and a release may free S.",
      apply: (ctx) => {
        const sp = derefPrivate(ctx, 'subtracts from subpage->readers');
        if (sp) setSubpage(ctx, sp.id, { readers: (sp.readers ?? 0) - 4 });
      },
    },
    {
      op: 'unlock_extent',
      fn: 'endio_readpage_release_extent',
      code: ['/* end of the bio: endio_readpage_release_extent(&processed, NULL, 0, 0, false) */', 'unlock_extent_cached_atomic(tree, start, end, &cached);  /* EXTENT_LOCKED cleared */'],
      source: src('extent_io.c'),
      holds: ['io_tree_lock'],
      narration: "The bio ends: B's range is unlocked in the btree io_tree (EXTENT_LOCKED cleared), under the io_tree's own lock. Nothing here reads page->private.",
      apply: (ctx) => {
        setExtentLocked(ctx, null);
      },
    },
  ];
  return { tid: 1, title: "end_bio_extent_readpage(B's bio)", steps: steps.filter((s): s is Step => s !== false) };
}
