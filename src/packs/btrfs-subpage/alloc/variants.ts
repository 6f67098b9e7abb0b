// The three designs of the allocation scenarios (RACE.md section 2), with what each
// cites (section 5a) and where a kernel developer can read it.

import type { SourceLink, VariantDef } from '../../contract';
import type { Variant } from '../model/state';

export const V4_PATCH: SourceLink = {
  label: 'v4 06/18 on lore',
  url: 'https://lore.kernel.org/linux-btrfs/20210116071533.105780-7-wqu@suse.com/',
};
export const EB_REFS_COMMIT: SourceLink = {
  label: 'commit 8ff8466d29ef on git.kernel.org',
  url: 'https://git.kernel.org/torvalds/c/8ff8466d29efc226648c3c5e57590428d798a6ea',
};

export const ALLOC_VARIANTS: readonly (VariantDef & { id: Variant })[] = [
  {
    id: 'racy',
    name: 'v4 without under_alloc',
    status: 'inferred: never posted as code; v4 06/18 minus the under_alloc hunks, as the commit message describes',
    inferred: true,
    cites: 'v4 06/18 (2021-01-16) without its under_alloc hunks (inferred)',
    links: [V4_PATCH],
  },
  {
    id: 'under_alloc',
    name: 'v4 06/18 (under_alloc bit)',
    status: 'posted 2021-01-16',
    inferred: false,
    cites: 'v4 06/18 (2021-01-16), on the January 2021 btrfs development tree',
    links: [V4_PATCH],
  },
  {
    id: 'eb_refs',
    name: 'v5, landed in v5.12 (eb_refs)',
    status: 'upstream: commit 8ff8466d29ef, v5.12',
    inferred: false,
    cites: 'v5.12 (commit 8ff8466d29ef): fs/btrfs/extent_io.c and fs/btrfs/subpage.c',
    links: [EB_REFS_COMMIT],
  },
];
