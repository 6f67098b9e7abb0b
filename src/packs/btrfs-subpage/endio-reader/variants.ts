// The three designs of endio-reader (RACE.md section 8): what keeps page->private alive
// for end_page_read(), with what each cites and where a kernel developer can read it.

import type { SourceLink, VariantDef } from '../../contract';
import { EB_REFS_COMMIT } from '../alloc/variants';
import type { EndioVariant } from '../model/state';

export const FIX_PATCH: SourceLink = {
  label: 'the 2021-06-07 fix on lore',
  url: 'https://lore.kernel.org/linux-btrfs/20210607090258.253660-1-wqu@suse.com/',
};

// The commit id is the one RACE.md gives; it comes from linux-next logs (kernel.org
// push lists show it with this subject, after the 5.14 merge too), but the commit page
// itself could not be opened when this was written: follow it before relying on it.
export const READERS_COMMIT: SourceLink = {
  label: 'commit 3d078efae6f3 (v5.14)',
  url: 'https://git.kernel.org/torvalds/c/3d078efae6f3854eadf9def9cbb4f30389c0c504',
};

export const ENDIO_VARIANTS: readonly (VariantDef & { id: EndioVariant })[] = [
  {
    id: 'eb_refs',
    name: 'v5.12 (eb_refs)',
    status: 'upstream v5.12: end_page_read() uses page->private unconditionally; page_range_has_eb() reads eb_refs only',
    inferred: false,
    cites: 'v5.12: fs/btrfs/extent_io.c, disk-io.c and subpage.c',
    links: [EB_REFS_COMMIT],
  },
  {
    id: 'private_check',
    name: '2021 dev tree (PagePrivate test)',
    status:
      'the code the 2021-06-07 fix removed: an unlocked PagePrivate() test at the top of end_page_read(), on the subpage tree in misc-next (May-June 2021). It is in torvalds at 150e4b0597a7, in the 5.14 merge window, so it likely never reached a release (v5.13 not read)',
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
