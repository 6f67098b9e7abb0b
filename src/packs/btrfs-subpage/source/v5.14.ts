// Generated, not written by hand: the lines endio-reader's steps run in variant readers
// (v5.14), without line numbers: v5.14's sources were not read. The lines the
// 2021-06-07 fix adds are as its posting has them (end_page_read()'s
// btrfs_subpage_end_reader() for metadata too, page_range_has_eb()'s readers check); the
// others are v5.12's, which that fix does not touch. No kernel text is copied: the Code pane shows each step's own pseudo-C at its lines.
// README.md says how to rebuild this file.
import type { ListingLines } from './types';

export const V5_14: Readonly<Record<string, ListingLines>> = {
  "end_bio_extent_readpage": {
    fn: "end_bio_extent_readpage",
    file: "fs/btrfs/extent_io.c",
    lines: [
      { n: null, steps: ["endio_readpage_release_extent:unlock_extent"] },
    ],
  },
  "validate_subpage_buffer": {
    fn: "validate_subpage_buffer",
    file: "fs/btrfs/disk-io.c",
    lines: [
      { n: null, steps: ["validate_subpage_buffer:find_extent_buffer"] },
      { n: null, steps: ["validate_subpage_buffer:dec_io_pages"] },
      { n: null, steps: ["validate_subpage_buffer:dec_io_pages"] },
      { n: null, steps: ["validate_subpage_buffer:set_extent_buffer_uptodate"] },
      { n: null, steps: ["validate_subpage_buffer:free_extent_buffer", "validate_subpage_buffer:release_extent_buffer"] },
    ],
  },
  "free_extent_buffer": {
    fn: "free_extent_buffer",
    file: "fs/btrfs/extent_io.c",
    lines: [
      { n: null, steps: ["free_extent_buffer:free_extent_buffer", "validate_subpage_buffer:free_extent_buffer"] },
      { n: null, follows: true, steps: ["free_extent_buffer:free_extent_buffer", "validate_subpage_buffer:free_extent_buffer"] },
      { n: null, follows: true, steps: ["free_extent_buffer:free_extent_buffer", "validate_subpage_buffer:free_extent_buffer"] },
      { n: null, follows: true, steps: ["free_extent_buffer:free_extent_buffer", "validate_subpage_buffer:free_extent_buffer"] },
      { n: null, follows: true, steps: ["free_extent_buffer:free_extent_buffer", "validate_subpage_buffer:free_extent_buffer"] },
      { n: null, follows: true, steps: ["free_extent_buffer:free_extent_buffer", "validate_subpage_buffer:free_extent_buffer"] },
      { n: null, steps: ["free_extent_buffer:free_extent_buffer", "validate_subpage_buffer:free_extent_buffer", "validate_subpage_buffer:release_extent_buffer"] },
    ],
  },
  "release_extent_buffer.endio": {
    fn: "release_extent_buffer",
    file: "fs/btrfs/extent_io.c",
    lines: [
      { n: null, steps: ["free_extent_buffer:free_extent_buffer", "validate_subpage_buffer:free_extent_buffer"] },
      { n: null, follows: true, steps: ["free_extent_buffer:free_extent_buffer", "validate_subpage_buffer:free_extent_buffer"] },
      { n: null, steps: ["free_extent_buffer:free_extent_buffer", "validate_subpage_buffer:free_extent_buffer"] },
      { n: null, steps: ["release_extent_buffer:spin_lock_buffer", "validate_subpage_buffer:release_extent_buffer"] },
      { n: null, follows: true, steps: ["release_extent_buffer:radix_tree_delete", "validate_subpage_buffer:release_extent_buffer"] },
      { n: null, follows: true, steps: ["release_extent_buffer:radix_tree_delete", "validate_subpage_buffer:release_extent_buffer"] },
      { n: null, follows: true, steps: ["release_extent_buffer:spin_unlock_buffer", "validate_subpage_buffer:release_extent_buffer"] },
      { n: null, steps: ["validate_subpage_buffer:release_extent_buffer"] },
      { n: null, steps: ["release_extent_buffer:call_rcu", "validate_subpage_buffer:release_extent_buffer"] },
      { n: null, steps: ["free_extent_buffer:free_extent_buffer", "validate_subpage_buffer:free_extent_buffer"] },
    ],
  },
  "btrfs_release_extent_buffer_pages": {
    fn: "btrfs_release_extent_buffer_pages",
    file: "fs/btrfs/extent_io.c",
    lines: [
      { n: null, steps: ["btrfs_release_extent_buffer_pages:put_page"] },
    ],
  },
  "detach_extent_buffer_page.endio": {
    fn: "detach_extent_buffer_page",
    file: "fs/btrfs/extent_io.c",
    lines: [
      { n: null, steps: ["detach_extent_buffer_page:spin_lock_private", "validate_subpage_buffer:release_extent_buffer"] },
      { n: null, steps: ["detach_extent_buffer_page:btrfs_page_dec_eb_refs", "validate_subpage_buffer:release_extent_buffer"] },
      { n: null, steps: ["page_range_has_eb:page_range_has_eb", "validate_subpage_buffer:release_extent_buffer"] },
      { n: null, follows: true, steps: ["detach_extent_buffer_page:btrfs_detach_subpage", "validate_subpage_buffer:release_extent_buffer"] },
      { n: null, steps: ["detach_extent_buffer_page:spin_unlock_private", "validate_subpage_buffer:release_extent_buffer"] },
    ],
  },
  "btrfs_subpage_set_uptodate": {
    fn: "btrfs_subpage_set_uptodate",
    file: "fs/btrfs/subpage.c",
    lines: [
      { n: null, steps: ["end_page_read:load_page_private"] },
      { n: null, follows: true, steps: ["btrfs_subpage_set_uptodate:btrfs_subpage_set_uptodate"] },
      { n: null, steps: ["btrfs_subpage_set_uptodate:btrfs_subpage_set_uptodate"] },
      { n: null, follows: true, steps: ["btrfs_subpage_set_uptodate:btrfs_subpage_set_uptodate"] },
      { n: null, follows: true, steps: ["btrfs_subpage_set_uptodate:btrfs_subpage_set_uptodate"] },
      { n: null, follows: true, steps: ["btrfs_subpage_set_uptodate:btrfs_subpage_set_uptodate"] },
      { n: null, follows: true, steps: ["btrfs_subpage_set_uptodate:btrfs_subpage_set_uptodate"] },
    ],
  },
  "endio_readpage_release_extent": {
    fn: "endio_readpage_release_extent",
    file: "fs/btrfs/extent_io.c",
    lines: [
      { n: null, steps: ["endio_readpage_release_extent:unlock_extent"] },
      { n: null, follows: true, steps: ["endio_readpage_release_extent:unlock_extent"] },
    ],
  },
  "page_range_has_eb.endio": {
    fn: "page_range_has_eb",
    file: "fs/btrfs/extent_io.c",
    lines: [
      { n: null, steps: ["page_range_has_eb:page_range_has_eb", "validate_subpage_buffer:release_extent_buffer"] },
      { n: null, follows: true, steps: ["page_range_has_eb:page_range_has_eb", "validate_subpage_buffer:release_extent_buffer"] },
      { n: null, follows: true, steps: ["page_range_has_eb:page_range_has_eb", "validate_subpage_buffer:release_extent_buffer"] },
      { n: null, follows: true, steps: ["page_range_has_eb:page_range_has_eb", "validate_subpage_buffer:release_extent_buffer"] },
      { n: null, follows: true, steps: ["page_range_has_eb:page_range_has_eb", "validate_subpage_buffer:release_extent_buffer"] },
      { n: null, follows: true, steps: ["page_range_has_eb:page_range_has_eb", "validate_subpage_buffer:release_extent_buffer"] },
      { n: null, follows: true, steps: ["page_range_has_eb:page_range_has_eb", "validate_subpage_buffer:release_extent_buffer"] },
      { n: null, follows: true, steps: ["page_range_has_eb:page_range_has_eb", "validate_subpage_buffer:release_extent_buffer"] },
      { n: null, follows: true, steps: ["page_range_has_eb:page_range_has_eb", "validate_subpage_buffer:release_extent_buffer"] },
      { n: null, follows: true, steps: ["page_range_has_eb:page_range_has_eb", "validate_subpage_buffer:release_extent_buffer"] },
      { n: null, follows: true, steps: ["page_range_has_eb:page_range_has_eb", "validate_subpage_buffer:release_extent_buffer"] },
      { n: null, follows: true, steps: ["page_range_has_eb:page_range_has_eb", "validate_subpage_buffer:release_extent_buffer"] },
    ],
  },
  "end_page_read": {
    fn: "end_page_read",
    file: "fs/btrfs/extent_io.c",
    lines: [
      { n: null, follows: true, steps: ["end_page_read:load_page_private"] },
      { n: null, follows: true, steps: ["end_page_read:btrfs_subpage_end_reader"] },
      { n: null, follows: true, steps: ["end_page_read:btrfs_subpage_end_reader"] },
    ],
  },
};
