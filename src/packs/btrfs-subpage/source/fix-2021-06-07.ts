// Generated from the 2021-06-07 fix (Message-Id 20210607090258.253660-1-wqu@suse.com),
// not written by hand: end_page_read() as the fix found it, numbered as in its hunks'
// pre-image (fs/btrfs/extent_io.c blob 77b59ca93419). The signature is in no hunk, so it
// has no number. No kernel text is copied: the Code pane shows each step's own pseudo-C at its lines. README.md says how to rebuild this file.
import type { ListingLines } from './types';

export const FIX_PREIMAGE: Readonly<Record<string, ListingLines>> = {
  "end_page_read": {
    fn: "end_page_read",
    file: "fs/btrfs/extent_io.c",
    lines: [
      { n: 2703, steps: ["end_page_read:test_page_private"] },
      { n: 2704, steps: ["end_page_read:test_page_private"] },
      { n: 2705, steps: ["end_page_read:test_page_private"] },
      { n: 2706, steps: ["end_page_read:test_page_private"] },
      { n: 2708, steps: ["end_page_read:load_page_private"] },
    ],
  },
};
