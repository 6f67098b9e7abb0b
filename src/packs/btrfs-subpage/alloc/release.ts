// T2: the last reference of eb B is dropped without the page lock:
// free_extent_buffer_stale() -> release_extent_buffer() ->
// btrfs_release_extent_buffer_pages() -> detach_extent_buffer_page()
// (RACE.md section 5, T2 table, in that order).

import type { StepDef, ThreadProgram, Tid } from '../../../engine';
import { GANG_LOOKUP_MAX, PAGE_SIZE, radixKey } from '../model/geometry';
import { derefPrivate, freeSubpage, radixDelete, setEb, setPage, setSubpage } from '../model/ops';
import type { RadixEvent } from '../model/events';
import { allocSource } from '../model/sources';
import type { BtrfsKernel, EbName, Variant } from '../model/state';
import { withFlag } from '../model/state';

type Step = StepDef<BtrfsKernel>;

export interface ReleaseSpec {
  tid: Tid;
  eb: EbName;
  start: number;
  /**
   * The release is past its atomic_dec_and_test() when the scenario starts (eb refs
   * already 0), as in same-bytenr: the thread starts at taking buffer_lock.
   */
  dying?: boolean;
}

export function releaseProgram(variant: Variant, spec: ReleaseSpec): ThreadProgram<BtrfsKernel> {
  const { eb, start, tid } = spec;
  const key = radixKey(start);
  const pageFirstKey = radixKey(start - (start % PAGE_SIZE));
  const nested = variant !== 'eb_refs';
  const src = (file: Parameters<typeof allocSource>[1]) => allocSource(variant, file);
  const steps: Array<Step | false> = [
    !spec.dying && {
      op: 'atomic_dec_and_test',
      fn: 'free_extent_buffer_stale',
      code: [
        'spin_lock(&eb->refs_lock);  /* free_extent_buffer_stale() */',
        'set_bit(EXTENT_BUFFER_STALE, &eb->bflags);',
        'if (atomic_read(&eb->refs) == 2 && !extent_buffer_under_io(eb) &&',
        '    test_and_clear_bit(EXTENT_BUFFER_TREE_REF, &eb->bflags))',
        '        atomic_dec(&eb->refs);  /* 2 -> 1 */',
        'if (atomic_dec_and_test(&eb->refs)) {  /* release_extent_buffer(): 1 -> 0 */',
        '        test_and_clear_bit(EXTENT_BUFFER_IN_TREE, &eb->bflags);',
        '        spin_unlock(&eb->refs_lock);',
      ],
      source: src('extent_io.c'),
      // One step: nobody else touches B's refs here, and all of it runs under B's
      // refs_lock (free_extent_buffer_stale() and release_extent_buffer(), v5.12). The
      // op id keeps its name so that links and tests keep their meaning.
      holds: ['refs_lock'],
      narration: `Under eb ${eb}'s refs_lock, T${tid}'s free_extent_buffer_stale() marks ${eb} STALE and, as refs is 2 and ${eb} is not under IO, drops the tree's reference: TREE_REF cleared, refs 2 -> 1. release_extent_buffer() then drops the caller's: refs 1 -> 0, IN_TREE cleared, refs_lock dropped.`,
      apply: (ctx) => {
        const e = ctx.kernel.ebs[eb];
        if (!e) return;
        // B starts at refs 2 with TREE_REF and is never under IO here (no io_pages, not
        // dirty, not under writeback), so both references go in this step.
        setEb(ctx, eb, { flags: withFlag(withFlag(e.flags, 'STALE', true), 'TREE_REF', false), refs: e.refs - 1 });
        const now = ctx.kernel.ebs[eb] as typeof e;
        setEb(ctx, eb, { refs: now.refs - 1, flags: withFlag(now.flags, 'IN_TREE', false), life: 'released' });
      },
    },
    {
      op: 'spin_lock_buffer',
      fn: 'release_extent_buffer',
      code: ['spin_lock(&fs_info->buffer_lock);'],
      source: src('extent_io.c'),
      takes: ['buffer_lock'],
      narration: `T${tid} takes buffer_lock to remove eb ${eb} from buffer_radix.`,
    },
    {
      op: 'radix_tree_delete',
      fn: 'release_extent_buffer',
      code: ['radix_tree_delete(&fs_info->buffer_radix, eb->start >> fs_info->sectorsize_bits);'],
      source: src('extent_io.c'),
      narration: `Slot ${key} is emptied: eb ${eb} is no longer visible in buffer_radix.`,
      apply: (ctx) => {
        radixDelete(ctx, key);
      },
    },
    {
      op: 'spin_unlock_buffer',
      fn: 'release_extent_buffer',
      code: ['spin_unlock(&fs_info->buffer_lock);'],
      source: src('extent_io.c'),
      drops: ['buffer_lock'],
      narration: `T${tid} drops buffer_lock and goes on to release eb ${eb}'s page.`,
    },
    {
      op: 'spin_lock_private',
      fn: 'detach_extent_buffer_page',
      code: ['spin_lock(&page->mapping->private_lock);  /* detach_extent_buffer_page() */'],
      source: src('extent_io.c'),
      takes: ['private_lock'],
      narration: `In detach_extent_buffer_page(), T${tid} takes private_lock: only the last eb of the page may detach page->private.`,
    },
    nested && {
      op: 'spin_lock_buffer',
      fn: 'detach_extent_buffer_page',
      code: ['spin_lock(&fs_info->buffer_lock);  /* nested: a stable snapshot of buffer_radix */'],
      source: src('extent_io.c'),
      takes: ['buffer_lock'],
      narration: `T${tid} nests buffer_lock inside private_lock so the radix-tree lookup sees a stable tree.`,
    },
    variant === 'eb_refs' && {
      op: 'btrfs_page_dec_eb_refs',
      fn: 'detach_extent_buffer_page',
      code: ['btrfs_page_dec_eb_refs(fs_info, page);  /* atomic_dec(&subpage->eb_refs) */'],
      source: src('subpage.c'),
      narration: `eb ${eb} no longer counts: T${tid} decrements the subpage's eb_refs.`,
      apply: (ctx) => {
        const sp = derefPrivate(ctx, 'decrements subpage->eb_refs');
        if (sp) setSubpage(ctx, sp.id, { eb_refs: (sp.eb_refs ?? 0) - 1 });
      },
    },
    {
      op: 'page_range_has_eb',
      fn: 'page_range_has_eb',
      code: [checkLine(variant)],
      source: src('extent_io.c'),
      narration: checkNarration(variant, tid),
      apply: (ctx) => {
        let found = false;
        let detail = '';
        if (variant !== 'racy' && ctx.kernel.page.PG_private) {
          const sp = derefPrivate(ctx, 'reads the subpage in page_range_has_eb()');
          if (sp && variant === 'eb_refs') {
            found = (sp.eb_refs ?? 0) !== 0;
            detail = `${sp.id}->eb_refs is ${sp.eb_refs}`;
          }
          if (sp && variant === 'under_alloc' && sp.under_alloc) {
            found = true;
            detail = `${sp.id}->under_alloc is set`;
          }
        } else if (variant === 'eb_refs') {
          detail = 'PagePrivate is clear';
        }
        if (variant !== 'eb_refs' && !found) {
          const hits = gangLookup(ctx.kernel, pageFirstKey, GANG_LOOKUP_MAX);
          const inPage = hits.filter(([k]) => k < pageFirstKey + PAGE_SIZE / 0x1000);
          found = inPage.length > 0;
          const names = inPage.map(([k, name]) => `eb ${name} at key ${k}`).join(', ');
          detail = `${variant === 'under_alloc' ? 'under_alloc is clear; ' : ''}the gang lookup from key ${pageFirstKey} finds ${names || 'no eb in the page'}`;
          ctx.emit<RadixEvent>({
            kind: 'pack',
            type: 'radix',
            op: 'gang_lookup',
            key: pageFirstKey,
            count: GANG_LOOKUP_MAX,
            found: inPage.map(([, name]) => name),
          });
        }
        ctx.setLocal('has_eb', found);
        ctx.emit({ kind: 'result', name: 'page_range_has_eb', value: found, detail });
      },
    },
    {
      op: 'btrfs_detach_subpage',
      fn: 'detach_extent_buffer_page',
      code: [
        variant === 'eb_refs'
          ? '  btrfs_detach_subpage(fs_info, page);  /* detach_page_private(); btrfs_free_subpage() */'
          : '  btrfs_detach_subpage(fs_info, page);  /* detach_page_private(); kfree(subpage) */',
      ],
      source: src('subpage.c'),
      narration: `With no eb left in the page, T${tid} clears PagePrivate, sets page->private to 0 and frees the subpage.`,
      apply: (ctx) => {
        setEb(ctx, eb, { attached: false });
        if (ctx.local('has_eb') === true) {
          ctx.skip('page_range_has_eb() said an eb still lives in the page: page->private stays');
          return;
        }
        const page = ctx.kernel.page;
        const sp = derefPrivate(ctx, 'detaches and frees the subpage');
        setPage(ctx, { PG_private: false, private: null, refcount: page.refcount - 1 });
        if (sp) freeSubpage(ctx, sp.id);
      },
    },
    nested && {
      op: 'spin_unlock_buffer',
      fn: 'detach_extent_buffer_page',
      code: ['spin_unlock(&fs_info->buffer_lock);'],
      source: src('extent_io.c'),
      drops: ['buffer_lock'],
      narration: `T${tid} drops the nested buffer_lock.`,
    },
    {
      op: 'spin_unlock_private',
      fn: 'detach_extent_buffer_page',
      code: ['spin_unlock(&page->mapping->private_lock);'],
      source: src('extent_io.c'),
      drops: ['private_lock'],
      narration: `T${tid} drops private_lock.`,
    },
    {
      op: 'put_page',
      fn: 'btrfs_release_extent_buffer_pages',
      code: ['put_page(page);  /* eb->pages[0]\'s reference */'],
      source: src('extent_io.c'),
      narration: `eb ${eb} lets go of page P: the page loses eb ${eb}'s reference.`,
      apply: (ctx) => {
        setEb(ctx, eb, { pages0: false });
        setPage(ctx, { refcount: ctx.kernel.page.refcount - 1 });
      },
    },
    {
      op: 'call_rcu',
      fn: 'release_extent_buffer',
      code: ['call_rcu(&eb->rcu_head, btrfs_release_extent_buffer_rcu);'],
      source: src('extent_io.c'),
      narration: `eb ${eb} is freed after an RCU grace period.`,
      apply: (ctx) => {
        setEb(ctx, eb, { life: 'freed' });
      },
    },
  ];
  return {
    tid,
    title: spec.dying ? `release_extent_buffer(${eb}), past its last reference` : `free_extent_buffer_stale(${eb})`,
    steps: steps.filter((s): s is Step => s !== false),
  };
}

function checkLine(variant: Variant): string {
  if (variant === 'eb_refs') return 'if (!page_range_has_eb(fs_info, page))  /* atomic_read(&subpage->eb_refs) != 0 */';
  if (variant === 'under_alloc')
    return 'if (!page_range_has_eb(fs_info, page))  /* subpage->under_alloc || radix_tree_gang_lookup(..., 4) */';
  return 'if (!page_range_has_eb(fs_info, page))  /* radix_tree_gang_lookup(&buffer_radix, gang, first key, 4) */';
}

function checkNarration(variant: Variant, tid: Tid): string {
  if (variant === 'eb_refs') return `T${tid} asks whether another eb lives in the page: is eb_refs non-zero? One atomic read.`;
  if (variant === 'under_alloc')
    return `T${tid} asks whether another eb lives in the page: is under_alloc set, or does a gang lookup of up to 4 entries from the page's first key find one?`;
  return `T${tid} asks whether another eb lives in the page: a gang lookup of up to 4 entries from the page's first key in buffer_radix.`;
}

/** radix_tree_gang_lookup(): up to `max` present entries with key >= first, in key order. */
export function gangLookup(k: BtrfsKernel, first: number, max: number): Array<[number, EbName]> {
  const out: Array<[number, EbName]> = [];
  for (const slot of Object.keys(k.buffer_radix)) {
    const key = Number(slot);
    if (key >= first) out.push([key, k.buffer_radix[key] as EbName]);
  }
  out.sort((a, b) => a[0] - b[0]);
  return out.slice(0, max);
}
