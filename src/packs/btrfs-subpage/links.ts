// Where a kernel developer can read each step (RACE.md 5a): the function on elixir at
// the version its variant cites. v4 06/18 sat on a development tree elixir does not
// index: the functions the patch itself added link to the patch on lore, the others to
// v5.11, the release that tree was based on.

import type { StepDef } from '../../engine';
import { V4_PATCH } from './alloc/variants';
import { FIX_PATCH } from './endio-reader/variants';

const elixir = (version: string, ident: string) => `https://elixir.bootlin.com/linux/${version}/A/ident/${ident}`;

/** Functions v4 06/18 introduced: no release has them in that form. */
const ADDED_BY_V4 = new Set(['detach_extent_buffer_page', 'page_range_has_eb', 'btrfs_page_start_meta_alloc', 'btrfs_page_end_meta_alloc']);
/** Functions later patches of the same series added (13/18's reader); they landed in v5.12. */
const LATER_IN_V4 = new Set(['read_extent_buffer_subpage']);

export function stepLink(step: StepDef<unknown>, variant: string): string | null {
  if (variant === 'eb_refs') return elixir('v5.12', step.fn);
  // endio-reader: v5.14 for the fix; the development tree's end_page_read() is read in the patch that removed its test.
  if (variant === 'readers') return elixir('v5.14', step.fn);
  if (variant === 'private_check') return step.fn === 'end_page_read' ? FIX_PATCH.url : elixir('v5.12', step.fn);
  if (variant === 'racy' || variant === 'under_alloc') {
    if (ADDED_BY_V4.has(step.fn)) return V4_PATCH.url;
    return elixir(LATER_IN_V4.has(step.fn) ? 'v5.12' : 'v5.11', step.fn);
  }
  return null;
}
