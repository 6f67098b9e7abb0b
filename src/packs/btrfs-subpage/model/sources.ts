// Where each modelled step of the allocation scenarios comes from (RACE.md 5a): the file
// the step's code is in, at the version its variant cites.
//
// - eb_refs: v5.12 (the eb_refs hunks landed as 8ff8466d29ef). alloc_extent_buffer(),
//   attach_extent_buffer_page(), page_range_has_eb(), detach_extent_buffer_page() and
//   the release path are in fs/btrfs/extent_io.c; btrfs_alloc_subpage(),
//   btrfs_detach_subpage() and btrfs_page_{inc,dec}_eb_refs() in fs/btrfs/subpage.c.
// - under_alloc: v4 06/18 on the January 2021 development tree, where
//   btrfs_alloc_subpage() and btrfs_page_{start,end}_meta_alloc() are static inlines in
//   fs/btrfs/subpage.h and btrfs_detach_subpage() is in subpage.c (from 03/18).
// - racy: the same v4 code without the under_alloc hunks; never posted, so inferred.
import type { StepSource } from '../../../engine';
import type { EndioVariant, Variant } from './state';

export type KernelFile = 'extent_io.c' | 'subpage.c' | 'subpage.h' | 'disk-io.c';

/** Where a function lived in v4 06/18, when not in the same file as at v5.12. */
const V4_FILE: Readonly<Partial<Record<string, KernelFile>>> = {
  // 04/18 added btrfs_alloc_subpage() as a static inline in subpage.h; v5 moved it to subpage.c.
  btrfs_alloc_subpage: 'subpage.h',
};

/**
 * The source of one step in one variant of the allocation scenarios. `fn` names the
 * function whose file is cited when that differs between v4 and v5.12.
 */
export function allocSource(variant: Variant, file: KernelFile, fn?: string): StepSource {
  if (variant === 'eb_refs') return { ref: `fs/btrfs/${file}, v5.12` };
  const v4File = (fn && V4_FILE[fn]) ?? file;
  if (variant === 'under_alloc') return { ref: `fs/btrfs/${v4File}, v4 06/18 (2021-01-16)` };
  return { ref: `fs/btrfs/${v4File}, v4 06/18 without its under_alloc hunks`, inferred: true };
}

/**
 * The reader that dereferences page->private after the race. At v5.12,
 * read_extent_buffer_subpage() is in extent_io.c and btrfs_subpage_test_uptodate() is
 * generated in subpage.c. In v4 both came later in the series than 06/18 (the helper,
 * a static inline in subpage.h, in 08/18; the reader in 13/18): as a consequence of
 * 06/18 it is inferred.
 */
export function readerSource(variant: Variant): StepSource {
  if (variant === 'eb_refs') return { ref: 'fs/btrfs/extent_io.c and subpage.c, v5.12' };
  return { ref: 'fs/btrfs/extent_io.c (v4 13/18) and subpage.h (v4 08/18), later in the series than 06/18', inferred: true };
}

/**
 * The source of a step of endio-reader (RACE.md section 8): eb_refs cites v5.12,
 * readers v5.14 (commit 3d078efae6f3). private_check cites the tree the 2021-06-07 fix
 * applies to; of these steps only end_page_read() differs there from v5.12.
 */
export function endioSource(variant: EndioVariant, file: KernelFile | readonly KernelFile[]): StepSource {
  const files = (typeof file === 'string' ? [file] : file).map((f) => `fs/btrfs/${f}`).join(' and ');
  if (variant === 'eb_refs') return { ref: `${files}, v5.12` };
  if (variant === 'readers') return { ref: `${files}, v5.14` };
  return { ref: `${files}, as the 2021-06-07 fix found it` };
}

/**
 * T2 of endio-reader: who drops B's other reference is inferred (RACE.md 8). The commit
 * message says only "Only one ref 1, will be released"; btree_releasepage() ->
 * try_release_subpage_extent_buffer() fits it better, and this model uses a STALE eb's
 * last free_extent_buffer(), which also reaches the detach.
 */
export const ENDIO_T2_INFERRED =
  "T2 is inferred: the commit message says only \"Only one ref 1, will be released\"; btree_releasepage() -> try_release_subpage_extent_buffer() fits it better, and this model uses a STALE eb's last free_extent_buffer(), which also reaches the detach.";
