// Generated from the kernel sources, not written by hand: for each function the model's
// steps run at v5.12, the lines each step runs, by number (fs/btrfs/extent_io.c as
// torvalds/linux has it at d9bb77d51e66, the last commit to touch it before v5.12;
// fs/btrfs/disk-io.c at 8d488a8c7ba2, likewise). btrfs_subpage_set_uptodate()'s lines in
// subpage.c have no number: subpage.c at v5.12 was not read. No kernel text is copied:
// the Code pane shows each step's own pseudo-C at its lines, and links to the source.
// README.md says how the versions were checked.
import type { ListingLines } from './types';

export const V5_12: Readonly<Record<string, ListingLines>> = {
  "alloc_extent_buffer": {
    fn: "alloc_extent_buffer",
    file: "fs/btrfs/extent_io.c",
    lines: [
      { n: 5605, steps: ["alloc_extent_buffer:find_extent_buffer"] },
      { n: 5609, steps: ["alloc_extent_buffer:alloc_eb"] },
      { n: 5618, steps: ["alloc_extent_buffer:find_or_create_page"] },
      { n: 5634, steps: ["alloc_extent_buffer:btrfs_alloc_subpage"] },
      { n: 5635, steps: ["alloc_extent_buffer:btrfs_alloc_subpage"] },
      { n: 5643, steps: ["alloc_extent_buffer:spin_lock_private"] },
      { n: 5644, steps: ["alloc_extent_buffer:spin_lock_private"] },
      { n: 5654, steps: ["attach_extent_buffer_page:attach_extent_buffer_page"] },
      { n: 5665, steps: ["alloc_extent_buffer:btrfs_page_inc_eb_refs"] },
      { n: 5666, steps: ["alloc_extent_buffer:spin_unlock_private"] },
      { n: 5669, steps: ["alloc_extent_buffer:spin_unlock_private"] },
      { n: 5690, steps: ["alloc_extent_buffer:spin_lock_buffer"] },
      { n: 5691, steps: ["alloc_extent_buffer:radix_tree_insert"] },
      { n: 5692, steps: ["alloc_extent_buffer:radix_tree_insert"] },
      { n: 5693, steps: ["alloc_extent_buffer:spin_unlock_buffer"] },
      { n: 5703, steps: ["alloc_extent_buffer:check_buffer_tree_ref"] },
      { n: 5704, steps: ["alloc_extent_buffer:check_buffer_tree_ref"] },
      { n: 5712, steps: ["alloc_extent_buffer:unlock_page"] },
    ],
  },
  "attach_extent_buffer_page": {
    fn: "attach_extent_buffer_page",
    file: "fs/btrfs/extent_io.c",
    lines: [
      { n: 3302, steps: ["attach_extent_buffer_page:attach_extent_buffer_page"] },
      { n: 3303, steps: ["attach_extent_buffer_page:attach_extent_buffer_page"] },
      { n: 3304, steps: ["attach_extent_buffer_page:attach_extent_buffer_page"] },
      { n: 3305, steps: ["attach_extent_buffer_page:attach_extent_buffer_page"] },
      { n: 3307, steps: ["attach_extent_buffer_page:attach_extent_buffer_page"] },
      { n: 3308, steps: ["attach_extent_buffer_page:attach_extent_buffer_page"] },
      { n: 3309, steps: ["attach_extent_buffer_page:attach_extent_buffer_page"] },
    ],
  },
  "read_extent_buffer_subpage": {
    fn: "read_extent_buffer_subpage",
    file: "fs/btrfs/extent_io.c",
    lines: [
      { n: 5913, steps: ["read_extent_buffer_subpage:btrfs_subpage_test_uptodate"] },
      { n: 5922, steps: ["read_extent_buffer_subpage:btrfs_subpage_test_uptodate"] },
      { n: 5928, steps: ["read_extent_buffer_subpage:btrfs_subpage_test_uptodate"] },
      { n: 5929, steps: ["read_extent_buffer_subpage:btrfs_subpage_test_uptodate"] },
      { n: 5930, steps: ["read_extent_buffer_subpage:btrfs_subpage_test_uptodate"] },
    ],
  },
  "free_extent_buffer_stale": {
    fn: "free_extent_buffer_stale",
    file: "fs/btrfs/extent_io.c",
    lines: [
      { n: 5808, steps: ["free_extent_buffer_stale:atomic_dec_and_test"] },
      { n: 5809, steps: ["free_extent_buffer_stale:atomic_dec_and_test"] },
      { n: 5811, steps: ["free_extent_buffer_stale:atomic_dec_and_test"] },
      { n: 5812, steps: ["free_extent_buffer_stale:atomic_dec_and_test"] },
      { n: 5813, steps: ["free_extent_buffer_stale:atomic_dec_and_test"] },
      { n: 5814, steps: ["free_extent_buffer_stale:atomic_dec_and_test"] },
    ],
  },
  "release_extent_buffer.alloc": {
    fn: "release_extent_buffer",
    file: "fs/btrfs/extent_io.c",
    lines: [
      { n: 5740, steps: ["free_extent_buffer_stale:atomic_dec_and_test"] },
      { n: 5741, steps: ["free_extent_buffer_stale:atomic_dec_and_test"] },
      { n: 5744, steps: ["free_extent_buffer_stale:atomic_dec_and_test"] },
      { n: 5746, steps: ["release_extent_buffer:spin_lock_buffer"] },
      { n: 5747, steps: ["release_extent_buffer:radix_tree_delete"] },
      { n: 5748, steps: ["release_extent_buffer:radix_tree_delete"] },
      { n: 5749, steps: ["release_extent_buffer:spin_unlock_buffer"] },
      { n: 5763, steps: ["release_extent_buffer:call_rcu"] },
      { n: 5766, steps: ["free_extent_buffer_stale:atomic_dec_and_test"] },
    ],
  },
  "release_extent_buffer.endio": {
    fn: "release_extent_buffer",
    file: "fs/btrfs/extent_io.c",
    lines: [
      { n: 5740, steps: ["free_extent_buffer:free_extent_buffer", "validate_subpage_buffer:free_extent_buffer"] },
      { n: 5741, steps: ["free_extent_buffer:free_extent_buffer", "validate_subpage_buffer:free_extent_buffer"] },
      { n: 5744, steps: ["free_extent_buffer:free_extent_buffer", "validate_subpage_buffer:free_extent_buffer"] },
      { n: 5746, steps: ["release_extent_buffer:spin_lock_buffer", "validate_subpage_buffer:release_extent_buffer"] },
      { n: 5747, steps: ["release_extent_buffer:radix_tree_delete", "validate_subpage_buffer:release_extent_buffer"] },
      { n: 5748, steps: ["release_extent_buffer:radix_tree_delete", "validate_subpage_buffer:release_extent_buffer"] },
      { n: 5749, steps: ["release_extent_buffer:spin_unlock_buffer", "validate_subpage_buffer:release_extent_buffer"] },
      { n: 5756, steps: ["validate_subpage_buffer:release_extent_buffer"] },
      { n: 5763, steps: ["release_extent_buffer:call_rcu", "validate_subpage_buffer:release_extent_buffer"] },
      { n: 5766, steps: ["free_extent_buffer:free_extent_buffer", "validate_subpage_buffer:free_extent_buffer"] },
    ],
  },
  "btrfs_release_extent_buffer_pages": {
    fn: "btrfs_release_extent_buffer_pages",
    file: "fs/btrfs/extent_io.c",
    lines: [
      { n: 5292, steps: ["btrfs_release_extent_buffer_pages:put_page"] },
    ],
  },
  "detach_extent_buffer_page.alloc": {
    fn: "detach_extent_buffer_page",
    file: "fs/btrfs/extent_io.c",
    lines: [
      { n: 5220, steps: ["detach_extent_buffer_page:spin_lock_private"] },
      { n: 5262, steps: ["detach_extent_buffer_page:btrfs_page_dec_eb_refs"] },
      { n: 5268, steps: ["page_range_has_eb:page_range_has_eb"] },
      { n: 5269, steps: ["detach_extent_buffer_page:btrfs_detach_subpage"] },
      { n: 5271, steps: ["detach_extent_buffer_page:spin_unlock_private"] },
    ],
  },
  "detach_extent_buffer_page.endio": {
    fn: "detach_extent_buffer_page",
    file: "fs/btrfs/extent_io.c",
    lines: [
      { n: 5220, steps: ["detach_extent_buffer_page:spin_lock_private", "validate_subpage_buffer:release_extent_buffer"] },
      { n: 5262, steps: ["detach_extent_buffer_page:btrfs_page_dec_eb_refs", "validate_subpage_buffer:release_extent_buffer"] },
      { n: 5268, steps: ["page_range_has_eb:page_range_has_eb", "validate_subpage_buffer:release_extent_buffer"] },
      { n: 5269, steps: ["detach_extent_buffer_page:btrfs_detach_subpage", "validate_subpage_buffer:release_extent_buffer"] },
      { n: 5271, steps: ["detach_extent_buffer_page:spin_unlock_private", "validate_subpage_buffer:release_extent_buffer"] },
    ],
  },
  "page_range_has_eb.alloc": {
    fn: "page_range_has_eb",
    file: "fs/btrfs/extent_io.c",
    lines: [
      { n: 5202, steps: ["page_range_has_eb:page_range_has_eb"] },
      { n: 5203, steps: ["page_range_has_eb:page_range_has_eb"] },
      { n: 5204, steps: ["page_range_has_eb:page_range_has_eb"] },
      { n: 5205, steps: ["page_range_has_eb:page_range_has_eb"] },
      { n: 5207, steps: ["page_range_has_eb:page_range_has_eb"] },
    ],
  },
  "page_range_has_eb.endio": {
    fn: "page_range_has_eb",
    file: "fs/btrfs/extent_io.c",
    lines: [
      { n: 5202, steps: ["page_range_has_eb:page_range_has_eb", "validate_subpage_buffer:release_extent_buffer"] },
      { n: 5203, steps: ["page_range_has_eb:page_range_has_eb", "validate_subpage_buffer:release_extent_buffer"] },
      { n: 5204, steps: ["page_range_has_eb:page_range_has_eb", "validate_subpage_buffer:release_extent_buffer"] },
      { n: 5205, steps: ["page_range_has_eb:page_range_has_eb", "validate_subpage_buffer:release_extent_buffer"] },
      { n: 5207, steps: ["page_range_has_eb:page_range_has_eb", "validate_subpage_buffer:release_extent_buffer"] },
    ],
  },
  "free_extent_buffer": {
    fn: "free_extent_buffer",
    file: "fs/btrfs/extent_io.c",
    lines: [
      { n: 5789, steps: ["free_extent_buffer:free_extent_buffer", "validate_subpage_buffer:free_extent_buffer"] },
      { n: 5790, steps: ["free_extent_buffer:free_extent_buffer", "validate_subpage_buffer:free_extent_buffer"] },
      { n: 5791, steps: ["free_extent_buffer:free_extent_buffer", "validate_subpage_buffer:free_extent_buffer"] },
      { n: 5792, steps: ["free_extent_buffer:free_extent_buffer", "validate_subpage_buffer:free_extent_buffer"] },
      { n: 5793, steps: ["free_extent_buffer:free_extent_buffer", "validate_subpage_buffer:free_extent_buffer"] },
      { n: 5794, steps: ["free_extent_buffer:free_extent_buffer", "validate_subpage_buffer:free_extent_buffer"] },
      { n: 5800, steps: ["free_extent_buffer:free_extent_buffer", "validate_subpage_buffer:free_extent_buffer", "validate_subpage_buffer:release_extent_buffer"] },
    ],
  },
  "validate_subpage_buffer": {
    fn: "validate_subpage_buffer",
    file: "fs/btrfs/disk-io.c",
    lines: [
      { n: 615, steps: ["validate_subpage_buffer:find_extent_buffer"] },
      { n: 622, steps: ["validate_subpage_buffer:dec_io_pages"] },
      { n: 631, steps: ["validate_subpage_buffer:dec_io_pages"] },
      { n: 638, steps: ["validate_subpage_buffer:set_extent_buffer_uptodate"] },
      { n: 640, steps: ["validate_subpage_buffer:free_extent_buffer", "validate_subpage_buffer:release_extent_buffer"] },
    ],
  },
  "end_bio_extent_readpage": {
    fn: "end_bio_extent_readpage",
    file: "fs/btrfs/extent_io.c",
    lines: [
      { n: 3067, steps: ["endio_readpage_release_extent:unlock_extent"] },
    ],
  },
  "end_page_read": {
    fn: "end_page_read",
    file: "fs/btrfs/extent_io.c",
    lines: [
      { n: 2872, steps: ["end_page_read:load_page_private"] },
    ],
  },
  "endio_readpage_release_extent": {
    fn: "endio_readpage_release_extent",
    file: "fs/btrfs/extent_io.c",
    lines: [
      { n: 2843, steps: ["endio_readpage_release_extent:unlock_extent"] },
      { n: 2844, steps: ["endio_readpage_release_extent:unlock_extent"] },
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
};
