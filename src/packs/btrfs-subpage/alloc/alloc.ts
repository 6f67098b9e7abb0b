// T1 (and T3): alloc_extent_buffer() of a new eb in page P, as in fs/btrfs/extent_io.c
// of v5.12 with the variant's hunks (RACE.md section 5, T1 table, in that order). The
// v4 variants write the calls as v4 06/18's tree has them (RACE.md 5a; see v4Calls).

import type { StepDef, ThreadProgram, Tid } from '../../../engine';
import type { RadixEvent } from '../model/events';
import { radixKey, sectorBitmap } from '../model/geometry';
import { addEb, allocSubpage, derefPrivate, freeSubpage, radixInsert, setEb, setPage, setSubpage } from '../model/ops';
import { allocSource } from '../model/sources';
import type { BtrfsKernel, EbName, SubpageId, Variant } from '../model/state';
import { withFlag } from '../model/state';
import { readerStep } from './reader';
import { reuseWait } from './retry';

type Step = StepDef<BtrfsKernel>;

export interface AllocSpec {
  tid: Tid;
  eb: EbName;
  start: number;
  prealloc: SubpageId;
  /**
   * Scenario same-bytenr (RACE.md 7.3): the new eb takes the bytenr of eb `eb`, which
   * thread `releasedBy` is releasing (refs already 0, still in buffer_radix).
   */
  reuses?: { eb: EbName; releasedBy: Tid };
}

const FN = 'alloc_extent_buffer';

/**
 * The lines whose calls differ between v4 06/18 and v5.12. In v4, 04/18 added
 * btrfs_alloc_subpage() with two arguments and freed an unused preallocation with
 * kfree(); v5 added the subpage type and btrfs_free_subpage(). grab_extent_buffer()
 * takes fs_info since v4 05/18, so 06/18 already reads grab_extent_buffer(fs_info, p)
 * (RACE.md 5a writes grab_extent_buffer(p), which is the call before 05/18).
 */
function calls(variant: Variant) {
  const v4 = variant !== 'eb_refs';
  return {
    alloc: v4 ? 'ret = btrfs_alloc_subpage(fs_info, &prealloc);' : 'ret = btrfs_alloc_subpage(fs_info, &prealloc, BTRFS_SUBPAGE_METADATA);',
    attach: v4
      ? '  /* PagePrivate(page) ? kfree(prealloc) : attach_page_private(page, prealloc) */'
      : '  /* PagePrivate(page) ? btrfs_free_subpage(prealloc) : attach_page_private(page, prealloc) */',
  };
}

export function allocProgram(variant: Variant, spec: AllocSpec): ThreadProgram<BtrfsKernel> {
  const { eb, start, prealloc } = spec;
  const key = radixKey(start);
  const bits = sectorBitmap(start);
  const src = (file: Parameters<typeof allocSource>[1], fn?: string) => allocSource(variant, file, fn);
  const c = calls(variant);
  const steps: Array<Step | false> = [
    {
      op: 'find_extent_buffer',
      fn: FN,
      code: ['eb = find_extent_buffer(fs_info, start);  /* rcu_read_lock(); radix_tree_lookup() */'],
      source: src('extent_io.c'),
      narration: spec.reuses
        ? `T${spec.tid} looks up key ${key} in buffer_radix under RCU. Dying eb ${spec.reuses.eb} may still sit there, but atomic_inc_not_zero() fails on its refs of 0, so find_extent_buffer() returns NULL and T${spec.tid} allocates eb ${eb} anew.`
        : `T${spec.tid} looks up key ${key} in buffer_radix under RCU: no eb ${eb} there yet, so it allocates one.`,
      apply: (ctx) => {
        const dying = spec.reuses && ctx.kernel.buffer_radix[key] === spec.reuses.eb ? spec.reuses.eb : null;
        ctx.emit<RadixEvent>({ kind: 'pack', type: 'radix', op: 'lookup', key, found: dying ? [dying] : [] });
        if (dying) {
          const refs = ctx.kernel.ebs[dying]?.refs ?? 0;
          ctx.emit({ kind: 'result', name: 'find_extent_buffer', value: null, detail: `eb ${dying} is dying: atomic_inc_not_zero(&refs) fails on refs ${refs}` });
        }
      },
    },
    {
      op: 'alloc_eb',
      fn: FN,
      code: ['eb = __alloc_extent_buffer(fs_info, start, len);  /* refs = 1 */'],
      source: src('extent_io.c'),
      narration: `eb ${eb} is created with one reference; nobody else can see it yet.`,
      apply: (ctx) => {
        addEb(ctx, { name: eb, start, len: 0x4000, refs: 1, flags: [], pages0: false, attached: false, life: 'allocating' });
      },
    },
    {
      op: 'find_or_create_page',
      fn: FN,
      code: ['p = find_or_create_page(mapping, index, GFP_NOFS | __GFP_NOFAIL);  /* locked */'],
      source: src('extent_io.c'),
      takes: ['page_lock'],
      narration: `T${spec.tid} finds page P in the page cache and locks it; the page gains a reference for eb ${eb}.`,
      apply: (ctx) => {
        setPage(ctx, { refcount: ctx.kernel.page.refcount + 1 });
      },
    },
    {
      op: 'btrfs_alloc_subpage',
      fn: FN,
      code: [c.alloc],
      source: src('subpage.c', 'btrfs_alloc_subpage'),
      narration: `T${spec.tid} preallocates a subpage ${prealloc} outside the spinlock; no one else can see it.`,
      apply: (ctx) => {
        allocSubpage(ctx, prealloc);
        ctx.setLocal('prealloc', prealloc);
      },
    },
    {
      op: 'spin_lock_private',
      fn: FN,
      code: ['spin_lock(&mapping->private_lock);', 'exists = grab_extent_buffer(fs_info, p);  /* always NULL for subpage */'],
      source: src('extent_io.c'),
      takes: ['private_lock'],
      narration: `T${spec.tid} takes private_lock to attach eb ${eb} to the page. grab_extent_buffer() returns NULL for subpage: only buffer_radix decides whether an eb exists.`,
    },
    {
      op: 'attach_extent_buffer_page',
      fn: 'attach_extent_buffer_page',
      code: ['ret = attach_extent_buffer_page(eb, p, prealloc);', c.attach],
      source: src('extent_io.c'),
      narration: `PagePrivate is checked: if set, eb ${eb} shares the page's subpage and ${prealloc} is freed; if not, ${prealloc} is attached.`,
      apply: (ctx) => {
        const page = ctx.kernel.page;
        if (page.PG_private) {
          freeSubpage(ctx, prealloc);
          ctx.setLocal('prealloc', null);
          ctx.setLocal('shares', page.private);
        } else {
          setPage(ctx, { PG_private: true, private: prealloc, refcount: page.refcount + 1 });
          ctx.setLocal('prealloc', null);
          ctx.setLocal('shares', prealloc);
        }
        setEb(ctx, eb, { attached: true });
      },
    },
    variant === 'under_alloc' && {
      op: 'btrfs_page_start_meta_alloc',
      fn: FN,
      code: ['btrfs_page_start_meta_alloc(fs_info, p);  /* subpage->under_alloc = true */'],
      source: src('subpage.h'),
      narration: `Still under private_lock, T${spec.tid} marks the subpage under_alloc so a release will not detach it.`,
      apply: (ctx) => {
        const sp = derefPrivate(ctx, 'sets subpage->under_alloc');
        if (sp) setSubpage(ctx, sp.id, { under_alloc: true });
      },
    },
    variant === 'eb_refs' && {
      op: 'btrfs_page_inc_eb_refs',
      fn: FN,
      code: ['btrfs_page_inc_eb_refs(fs_info, p);  /* atomic_inc(&subpage->eb_refs) */'],
      source: src('subpage.c'),
      narration: `Still under private_lock, T${spec.tid} counts eb ${eb} in the subpage's eb_refs.`,
      apply: (ctx) => {
        const sp = derefPrivate(ctx, 'increments subpage->eb_refs');
        if (sp) setSubpage(ctx, sp.id, { eb_refs: (sp.eb_refs ?? 0) + 1 });
      },
    },
    {
      op: 'spin_unlock_private',
      fn: FN,
      code: ['spin_unlock(&mapping->private_lock);', 'eb->pages[i] = p;'],
      source: src('extent_io.c'),
      drops: ['private_lock'],
      narration: `T${spec.tid} drops private_lock and sets eb ${eb}->pages[0] = P. eb ${eb} is attached but not yet in buffer_radix: the race window opens.`,
      apply: (ctx) => {
        setEb(ctx, eb, { pages0: true });
      },
    },
    {
      op: 'spin_lock_buffer',
      fn: FN,
      code: ['spin_lock(&fs_info->buffer_lock);'],
      source: src('extent_io.c'),
      takes: ['buffer_lock'],
      narration: spec.reuses
        ? `T${spec.tid} takes buffer_lock to insert eb ${eb} into buffer_radix. While dying eb ${spec.reuses.eb} still holds slot ${key}, radix_tree_insert() returns -EEXIST, find_extent_buffer() returns NULL, and T${spec.tid} goes round again (goto again): it cannot get past this point until T${spec.reuses.releasedBy} deletes eb ${spec.reuses.eb}.`
        : `T${spec.tid} takes buffer_lock to insert eb ${eb} into buffer_radix.`,
      ...(spec.reuses ? { waits: reuseWait(spec.tid, key, spec.reuses) } : {}),
    },
    {
      op: 'radix_tree_insert',
      fn: FN,
      code: ['ret = radix_tree_insert(&fs_info->buffer_radix, start >> fs_info->sectorsize_bits, eb);'],
      source: src('extent_io.c'),
      narration: `eb ${eb} goes into slot ${key} of buffer_radix: from now on a lookup can see it.`,
      apply: (ctx) => {
        radixInsert(ctx, key, eb);
      },
    },
    {
      op: 'spin_unlock_buffer',
      fn: FN,
      code: ['spin_unlock(&fs_info->buffer_lock);'],
      source: src('extent_io.c'),
      drops: ['buffer_lock'],
      narration: `T${spec.tid} drops buffer_lock.`,
    },
    {
      op: 'check_buffer_tree_ref',
      fn: FN,
      code: [
        'check_buffer_tree_ref(eb);',
        '  /* refs 1 < 2: spin_lock(&eb->refs_lock); TREE_REF set, refs 1 -> 2; spin_unlock() */',
        'set_bit(EXTENT_BUFFER_IN_TREE, &eb->bflags);',
      ],
      source: src('extent_io.c'),
      // check_buffer_tree_ref() (v5.12) takes the new eb's own refs_lock (A's for T1,
      // C's for T3), which no other thread here takes: not B's, which T2 takes.
      holds: [`refs_lock_${eb}`],
      narration: `Under eb ${eb}'s own refs_lock (${eb}->refs_lock, which nobody else takes), check_buffer_tree_ref() sets TREE_REF and takes the tree's reference (refs 1 -> 2); then eb ${eb} is marked IN_TREE.`,
      apply: (ctx) => {
        const e = ctx.kernel.ebs[eb];
        if (!e) return;
        const flags = withFlag(withFlag(e.flags, 'TREE_REF', true), 'IN_TREE', true);
        setEb(ctx, eb, { refs: e.refs + 1, flags, life: 'live' });
      },
    },
    variant === 'under_alloc' && {
      op: 'btrfs_page_end_meta_alloc',
      fn: FN,
      code: ['btrfs_page_end_meta_alloc(fs_info, p);  /* subpage->under_alloc = false, no private_lock */'],
      source: src('subpage.h'),
      narration: `eb ${eb} is in the tree now, so T${spec.tid} clears under_alloc (a plain store, without private_lock).`,
      apply: (ctx) => {
        const sp = derefPrivate(ctx, 'clears subpage->under_alloc');
        if (sp) setSubpage(ctx, sp.id, { under_alloc: false });
      },
    },
    {
      op: 'unlock_page',
      fn: FN,
      code: ['unlock_page(eb->pages[0]);'],
      source: src('extent_io.c'),
      drops: ['page_lock'],
      narration: `T${spec.tid} unlocks page P; alloc_extent_buffer() returns eb ${eb}.`,
    },
    readerStep(variant, spec.tid, eb, bits),
  ];
  return {
    tid: spec.tid,
    title: `alloc_extent_buffer(${eb})`,
    steps: steps.filter((s): s is Step => s !== false),
  };
}
