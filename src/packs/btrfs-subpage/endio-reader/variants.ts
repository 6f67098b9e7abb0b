// The three designs of endio-reader (RACE.md section 8): what keeps page->private alive
// for end_page_read(), with what each cites and where a kernel developer can read it.

import type { SourceLink, VariantDef } from '../../contract';
import { EB_REFS_COMMIT } from '../alloc/variants';
import type { EndioVariant } from '../model/state';

export const FIX_PATCH: SourceLink = {
  label: 'the 2021-06-07 fix on lore',
  url: 'https://lore.kernel.org/linux-btrfs/20210607090258.253660-1-wqu@suse.com/',
};

// The full commit id is the one kernel.org's push notices list with this subject, in the
// btrfs 5.14 merge (after bcd77455d590, before 77d255348bb2).
export const READERS_COMMIT: SourceLink = {
  label: 'commit 3d078efae6f3 (v5.14) on git.kernel.org',
  url: 'https://git.kernel.org/torvalds/c/3d078efae6f3854eadf9def9cbb4f30389c0c504',
};

export const ENDIO_VARIANTS: readonly (VariantDef & { id: EndioVariant })[] = [
  {
    id: 'eb_refs',
    name: 'v5.12 (eb_refs)',
    status:
      'upstream v5.12: end_page_read() uses page->private unconditionally; page_range_has_eb() reads eb_refs only. That v5.12 had the bug is inferred: the window is in its code, but v5.12 mounted subpage filesystems read-only, and the fix\'s Fixes: tag blames a 5.14-cycle commit',
    inferred: false,
    cites: 'v5.12: fs/btrfs/extent_io.c, disk-io.c and subpage.c',
    links: [EB_REFS_COMMIT],
  },
  {
    id: 'private_check',
    name: '2021 dev tree (PagePrivate test)',
    status:
      'the code the 2021-06-07 fix removed: an unlocked PagePrivate() test at the top of end_page_read(), on the subpage tree in misc-next (May-June 2021). 150e4b0597a7 (5.14 merge window) moved the test there; which commit first added it, and whether a release carried it, is not known',
    inferred: false,
    cites: 'fs/btrfs/extent_io.c as the 2021-06-07 fix found it; the other steps as at v5.12',
    links: [FIX_PATCH],
  },
  {
    id: 'readers',
    name: 'v5.14 (readers)',
    status: 'upstream v5.14 (commit 3d078efae6f3): metadata reads count in subpage->readers, and page_range_has_eb() also checks it',
    inferred: false,
    cites: 'v5.14 (commit 3d078efae6f3): fs/btrfs/extent_io.c, disk-io.c and subpage.c',
    links: [FIX_PATCH, READERS_COMMIT],
  },
];
