// T2 of endio-reader: free_extent_buffer(B) by the holder of B's other reference
// (RACE.md section 8, T2 table). Who that is is inferred: the commit message says only
// "Only one ref 1, will be released". Past its first step, T2 runs the release path
// only if it dropped the last reference; otherwise it has returned, and every later
// step is skipped but keeps its slot.

import type { StepDef, ThreadProgram } from '../../../engine';
import { radixKey } from '../model/geometry';
import { radixDelete, setEb } from '../model/ops';
import { endioSource } from '../model/sources';
import type { BtrfsKernel, EndioVariant } from '../model/state';
import { EB_B_START } from './initial';
import { decEbRefs, detachSubpage, freeExtentBuffer, pageRangeHasEb, putPage } from './release';

type Step = StepDef<BtrfsKernel>;
type Ctx = Parameters<NonNullable<Step['apply']>>[0];

const KEY = radixKey(EB_B_START);

/**
 * The step runs only on the release path. Its locks are still taken when it is skipped
 * (the engine takes a step's locks before its branch is known); no step of T1 waits
 * for them, and the narration says the real T2 has returned.
 */
function released(ctx: Ctx, lock?: string): boolean {
  if (ctx.local('last') === true) return true;
  const note = lock ? `; the slot keeps its ${lock} in the model, the returned T2 does not touch it` : '';
  ctx.skip(`free_extent_buffer() did not drop the last reference: T2 returned${note}`);
  return false;
}

export function freeProgram(variant: EndioVariant): ThreadProgram<BtrfsKernel> {
  const src = (file: Parameters<typeof endioSource>[1]) => endioSource(variant, file);
  const step = (s: Omit<Step, 'source'> & { file?: Parameters<typeof endioSource>[1] }): Step => {
    const { file = 'extent_io.c', ...rest } = s;
    // Every T2 step is on the path of a caller that is inferred (ENDIO_T2_INFERRED).
    return { ...rest, source: { ...src(file), inferred: true } };
  };
  const steps: Step[] = [
    {
      op: 'free_extent_buffer',
      fn: 'free_extent_buffer',
      code: [
        'spin_lock(&eb->refs_lock);  /* refs <= 3: the locked path */',
        'if (atomic_read(&eb->refs) == 2 && test_bit(EXTENT_BUFFER_STALE, &eb->bflags) &&',
        '    !extent_buffer_under_io(eb) && test_and_clear_bit(EXTENT_BUFFER_TREE_REF, &eb->bflags))',
        '        atomic_dec(&eb->refs);',
        'release_extent_buffer(eb);  /* atomic_dec_and_test(&eb->refs) ? IN_TREE cleared, go on : unlock, return */',
      ],
      // The code is v5.12's; the caller holding this reference is inferred.
      source: { ...src('extent_io.c'), inferred: true },
      holds: ['refs_lock'],
      narration:
        "T2 drops the reference it holds. Who T2 is is inferred: the commit message says only \"Only one ref 1, will be released\"; releasepage (btree_releasepage() -> try_release_subpage_extent_buffer()) fits it better, and this model uses a STALE eb's last free_extent_buffer(), which also reaches the detach. With B at refs 2, STALE, TREE_REF and no read in flight, that is T1 gone already: TREE_REF goes too, refs 2 -> 1 -> 0, IN_TREE cleared, and T2 releases B. Otherwise B keeps a reference and T2 returns.",
      apply: (ctx) => {
        const last = freeExtentBuffer(ctx, 'B');
        ctx.setLocal('last', last);
        ctx.emit({ kind: 'result', name: 'free_extent_buffer', value: last ? 'last reference' : 'not the last', detail: `B->refs is now ${ctx.kernel.ebs.B?.refs}` });
      },
    },
    step({
      op: 'spin_lock_buffer',
      fn: 'release_extent_buffer',
      code: ['spin_lock(&fs_info->buffer_lock);'],
      takes: ['buffer_lock'],
      narration: 'T2 takes buffer_lock to remove B from buffer_radix.',
      apply: (ctx) => {
        released(ctx, 'buffer_lock');
      },
    }),
    step({
      op: 'radix_tree_delete',
      fn: 'release_extent_buffer',
      code: ['radix_tree_delete(&fs_info->buffer_radix, eb->start >> fs_info->sectorsize_bits);'],
      narration: `Slot ${KEY} is emptied: B is no longer visible in buffer_radix.`,
      apply: (ctx) => {
        if (released(ctx)) radixDelete(ctx, KEY);
      },
    }),
    step({
      op: 'spin_unlock_buffer',
      fn: 'release_extent_buffer',
      code: ['spin_unlock(&fs_info->buffer_lock);'],
      drops: ['buffer_lock'],
      narration: "T2 drops buffer_lock and goes on to release B's page.",
      apply: (ctx) => {
        released(ctx, 'buffer_lock');
      },
    }),
    step({
      op: 'spin_lock_private',
      fn: 'detach_extent_buffer_page',
      code: ['spin_lock(&page->mapping->private_lock);  /* detach_extent_buffer_page() */'],
      takes: ['private_lock'],
      narration: 'In detach_extent_buffer_page(), T2 takes private_lock. T1 takes no lock in end_page_read(): this orders nothing against it.',
      apply: (ctx) => {
        released(ctx, 'private_lock');
      },
    }),
    step({
      op: 'btrfs_page_dec_eb_refs',
      fn: 'detach_extent_buffer_page',
      code: ['btrfs_page_dec_eb_refs(fs_info, page);  /* atomic_dec(&subpage->eb_refs): 1 -> 0 */'],
      file: 'subpage.c',
      narration: 'B no longer counts: eb_refs 1 -> 0. PagePrivate is set here, as T1 cannot have released B.',
      apply: (ctx) => {
        if (released(ctx)) decEbRefs(ctx);
      },
    }),
    step({
      op: 'page_range_has_eb',
      fn: 'page_range_has_eb',
      code: [
        variant === 'readers'
          ? 'if (!page_range_has_eb(fs_info, page))  /* eb_refs != 0 || readers != 0 */'
          : 'if (!page_range_has_eb(fs_info, page))  /* atomic_read(&subpage->eb_refs) != 0 */',
      ],
      narration:
        variant === 'readers'
          ? 'Does anything still use S? v5.14 asks eb_refs, and also readers: a read still in end_page_read() keeps S.'
          : 'Does anything still use S? page_range_has_eb() asks eb_refs only: it counts ebs, not users of the subpage, and misses T1.',
      apply: (ctx) => {
        if (released(ctx)) ctx.setLocal('has_eb', pageRangeHasEb(ctx, variant));
      },
    }),
    step({
      op: 'btrfs_detach_subpage',
      fn: 'detach_extent_buffer_page',
      code: ['  btrfs_detach_subpage(fs_info, page);  /* detach_page_private(); btrfs_free_subpage() */'],
      file: 'subpage.c',
      narration: 'If the check said no, T2 clears PagePrivate, sets page->private to 0 and frees S. B is detached either way.',
      apply: (ctx) => {
        if (!released(ctx)) return;
        setEb(ctx, 'B', { attached: false });
        if (ctx.local('has_eb') === true) {
          ctx.skip('page_range_has_eb() said S is still in use: page->private stays');
          return;
        }
        detachSubpage(ctx);
      },
    }),
    step({
      op: 'spin_unlock_private',
      fn: 'detach_extent_buffer_page',
      code: ['spin_unlock(&page->mapping->private_lock);'],
      drops: ['private_lock'],
      narration: 'T2 drops private_lock.',
      apply: (ctx) => {
        released(ctx, 'private_lock');
      },
    }),
    step({
      op: 'put_page',
      fn: 'btrfs_release_extent_buffer_pages',
      code: ["put_page(page);  /* eb->pages[0]'s reference */"],
      narration: "B lets go of page P: the page loses B's reference.",
      apply: (ctx) => {
        if (released(ctx)) putPage(ctx, 'B');
      },
    }),
    step({
      op: 'call_rcu',
      fn: 'release_extent_buffer',
      code: ['call_rcu(&eb->rcu_head, btrfs_release_extent_buffer_rcu);'],
      narration: 'B is freed after an RCU grace period.',
      apply: (ctx) => {
        if (released(ctx)) setEb(ctx, 'B', { life: 'freed' });
      },
    }),
  ];
  return { tid: 2, title: 'free_extent_buffer(B), caller inferred', steps };
}
