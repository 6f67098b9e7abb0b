// Generated from the 2021-06-07 fix (Message-Id 20210607090258.253660-1-wqu@suse.com),
// not written by hand: end_page_read() as the fix found it, numbered as in its hunks'
// pre-image (fs/btrfs/extent_io.c blob 77b59ca93419). The signature is in no hunk, so it
// has no number. Quoted from Linux (GPL-2.0). README.md says how to rebuild this file.
import type { ListingLines } from './types';

export const FIX_PREIMAGE: Readonly<Record<string, ListingLines>> = {
  "end_page_read": {
    fn: "end_page_read",
    file: "fs/btrfs/extent_io.c",
    lines: [
      { n: null, text: "static void end_page_read(struct page *page, bool uptodate, u64 start, u32 len)" },
      { n: 2689, text: "\tASSERT(page_offset(page) <= start &&" },
      { n: 2690, text: "\t       start + len <= page_offset(page) + PAGE_SIZE);" },
      { n: 2703, text: "\tif (fs_info->sectorsize < PAGE_SIZE && unlikely(!PagePrivate(page))) {", steps: ["end_page_read:test_page_private"] },
      { n: 2704, text: "\t\tASSERT(!is_data_inode(page->mapping->host));", steps: ["end_page_read:test_page_private"] },
      { n: 2705, text: "\t\treturn;", steps: ["end_page_read:test_page_private"] },
      { n: 2706, text: "\t}", steps: ["end_page_read:test_page_private"] },
      { n: 2707, text: "\tif (uptodate) {" },
      { n: 2708, text: "\t\tbtrfs_page_set_uptodate(fs_info, page, start, len);", steps: ["end_page_read:load_page_private"] },
    ],
  },
};
