// Where a kernel developer can read each step (RACE.md 5a), at the version its variant
// cites. Released kernels are read on elixir. v4 06/18 sat on a January 2021 development
// tree that elixir does not index, and elixir's v5.11 has no subpage code at all
// (subpage.[ch] arrive with v4 03/18): a function the v4 series adds or changes links to
// the v4 patch on lore that holds its hunk. Only functions the series leaves as they were
// link to v5.11 on elixir.

import type { StepDef } from '../../engine';
import { FIX_PATCH } from './endio-reader/variants';

const elixir = (version: string, ident: string) => `https://elixir.bootlin.com/linux/${version}/A/ident/${ident}`;

/** A patch of Qu Wenruo's v4 subpage series (2021-01-16) on lore, by its number n of 18. */
export const v4Patch = (n: number) => `https://lore.kernel.org/linux-btrfs/20210116071533.105780-${n + 1}-wqu@suse.com/`;

/**
 * The v4 patch that holds the hunk of a step, by op where one function's lines come from
 * several patches: alloc_extent_buffer()'s preallocation is 04/18's, its
 * grab_extent_buffer(fs_info, p) under private_lock 05/18's, the rest of its subpage
 * changes 06/18's.
 */
const V4_BY_OP: Readonly<Record<string, number>> = {
  btrfs_alloc_subpage: 4,
  spin_lock_private: 5,
  attach_extent_buffer_page: 4,
};

/** The functions the v4 series adds or changes on the modelled paths, and the patch that does. */
const V4_BY_FN: Readonly<Record<string, number>> = {
  alloc_extent_buffer: 6,
  attach_extent_buffer_page: 4,
  detach_extent_buffer_page: 6,
  page_range_has_eb: 6,
  btrfs_release_extent_buffer_pages: 6,
  btrfs_page_start_meta_alloc: 6,
  btrfs_page_end_meta_alloc: 6,
  // 13/18 adds the reader; 08/18 its helper btrfs_subpage_test_uptodate().
  read_extent_buffer_subpage: 13,
};

/** The v4 patch a step of racy or under_alloc is read in, or null when the series leaves its function as it was. */
export function v4PatchOf(step: Pick<StepDef<unknown>, 'op' | 'fn'>): number | null {
  const byFn = V4_BY_FN[step.fn];
  if (byFn === undefined) return null;
  return step.fn === 'alloc_extent_buffer' ? (V4_BY_OP[step.op] ?? byFn) : byFn;
}

export function stepLink(step: StepDef<unknown>, variant: string): string | null {
  if (variant === 'eb_refs') return elixir('v5.12', step.fn);
  // endio-reader: v5.14 for the fix; the development tree's end_page_read() is read in the patch that removed its test.
  if (variant === 'readers') return elixir('v5.14', step.fn);
  if (variant === 'private_check') return step.fn === 'end_page_read' ? FIX_PATCH.url : elixir('v5.12', step.fn);
  if (variant === 'racy' || variant === 'under_alloc') {
    const n = v4PatchOf(step);
    return n === null ? elixir('v5.11', step.fn) : v4Patch(n);
  }
  return null;
}
