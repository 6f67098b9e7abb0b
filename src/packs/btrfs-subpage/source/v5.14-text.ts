// Generated, not written by hand: the lines endio-reader's steps run in variant readers
// (v5.14), without line numbers: v5.14's sources were not read. The lines the
// 2021-06-07 fix adds are as its posting has them (end_page_read()'s
// btrfs_subpage_end_reader() for metadata too, page_range_has_eb()'s readers check); the
// others are v5.12's, which that fix does not touch. Quoted from Linux (GPL-2.0).
// README.md says how to rebuild this file.
import type { ListingLines } from './types';

export const V5_14_TEXT: Readonly<Record<string, ListingLines>> = {
  "end_bio_extent_readpage": {
    fn: "end_bio_extent_readpage",
    file: "fs/btrfs/extent_io.c",
    lines: [
      { n: null, text: "static void end_bio_extent_readpage(struct bio *bio)" },
      { n: null, text: "\t\t\t\tret = btrfs_validate_metadata_buffer(io_bio," },
      { n: null, text: "\t\t\t\t\tpage, start, end, mirror);", follows: true },
      { n: null, text: "\t\tend_page_read(page, uptodate, start, len);" },
      { n: null, text: "\tendio_readpage_release_extent(&processed, NULL, 0, 0, false);", steps: ["endio_readpage_release_extent:unlock_extent"] },
    ],
  },
  "validate_subpage_buffer": {
    fn: "validate_subpage_buffer",
    file: "fs/btrfs/disk-io.c",
    lines: [
      { n: null, text: "static int validate_subpage_buffer(struct page *page, u64 start, u64 end," },
      { n: null, text: "\t\t\t\t   int mirror)", follows: true },
      { n: null, text: "\teb = find_extent_buffer(fs_info, start);", steps: ["validate_subpage_buffer:find_extent_buffer"] },
      { n: null, text: "\treads_done = atomic_dec_and_test(&eb->io_pages);", steps: ["validate_subpage_buffer:dec_io_pages"] },
      { n: null, text: "\tret = validate_extent_buffer(eb);", steps: ["validate_subpage_buffer:dec_io_pages"] },
      { n: null, text: "\tset_extent_buffer_uptodate(eb);", steps: ["validate_subpage_buffer:set_extent_buffer_uptodate"] },
      { n: null, text: "\tfree_extent_buffer(eb);", steps: ["validate_subpage_buffer:free_extent_buffer", "validate_subpage_buffer:release_extent_buffer"] },
    ],
  },
  "free_extent_buffer": {
    fn: "free_extent_buffer",
    file: "fs/btrfs/extent_io.c",
    lines: [
      { n: null, text: "void free_extent_buffer(struct extent_buffer *eb)" },
      { n: null, text: "\tspin_lock(&eb->refs_lock);", steps: ["free_extent_buffer:free_extent_buffer", "validate_subpage_buffer:free_extent_buffer"] },
      { n: null, text: "\tif (atomic_read(&eb->refs) == 2 &&", follows: true, steps: ["free_extent_buffer:free_extent_buffer", "validate_subpage_buffer:free_extent_buffer"] },
      { n: null, text: "\t    test_bit(EXTENT_BUFFER_STALE, &eb->bflags) &&", follows: true, steps: ["free_extent_buffer:free_extent_buffer", "validate_subpage_buffer:free_extent_buffer"] },
      { n: null, text: "\t    !extent_buffer_under_io(eb) &&", follows: true, steps: ["free_extent_buffer:free_extent_buffer", "validate_subpage_buffer:free_extent_buffer"] },
      { n: null, text: "\t    test_and_clear_bit(EXTENT_BUFFER_TREE_REF, &eb->bflags))", follows: true, steps: ["free_extent_buffer:free_extent_buffer", "validate_subpage_buffer:free_extent_buffer"] },
      { n: null, text: "\t\tatomic_dec(&eb->refs);", follows: true, steps: ["free_extent_buffer:free_extent_buffer", "validate_subpage_buffer:free_extent_buffer"] },
      { n: null, text: "\trelease_extent_buffer(eb);", steps: ["free_extent_buffer:free_extent_buffer", "validate_subpage_buffer:free_extent_buffer", "validate_subpage_buffer:release_extent_buffer"] },
    ],
  },
  "release_extent_buffer.endio": {
    fn: "release_extent_buffer",
    file: "fs/btrfs/extent_io.c",
    lines: [
      { n: null, text: "static int release_extent_buffer(struct extent_buffer *eb)" },
      { n: null, text: "\t__releases(&eb->refs_lock)", follows: true },
      { n: null, text: "\tif (atomic_dec_and_test(&eb->refs)) {", steps: ["free_extent_buffer:free_extent_buffer", "validate_subpage_buffer:free_extent_buffer"] },
      { n: null, text: "\t\tif (test_and_clear_bit(EXTENT_BUFFER_IN_TREE, &eb->bflags)) {", follows: true, steps: ["free_extent_buffer:free_extent_buffer", "validate_subpage_buffer:free_extent_buffer"] },
      { n: null, text: "\t\t\tspin_unlock(&eb->refs_lock);", steps: ["free_extent_buffer:free_extent_buffer", "validate_subpage_buffer:free_extent_buffer"] },
      { n: null, text: "\t\t\tspin_lock(&fs_info->buffer_lock);", steps: ["release_extent_buffer:spin_lock_buffer", "validate_subpage_buffer:release_extent_buffer"] },
      { n: null, text: "\t\t\tradix_tree_delete(&fs_info->buffer_radix,", follows: true, steps: ["release_extent_buffer:radix_tree_delete", "validate_subpage_buffer:release_extent_buffer"] },
      { n: null, text: "\t\t\t\t\t  eb->start >> fs_info->sectorsize_bits);", follows: true, steps: ["release_extent_buffer:radix_tree_delete", "validate_subpage_buffer:release_extent_buffer"] },
      { n: null, text: "\t\t\tspin_unlock(&fs_info->buffer_lock);", follows: true, steps: ["release_extent_buffer:spin_unlock_buffer", "validate_subpage_buffer:release_extent_buffer"] },
      { n: null, text: "\t\tbtrfs_release_extent_buffer_pages(eb);", steps: ["validate_subpage_buffer:release_extent_buffer"] },
      { n: null, text: "\t\tcall_rcu(&eb->rcu_head, btrfs_release_extent_buffer_rcu);", steps: ["release_extent_buffer:call_rcu", "validate_subpage_buffer:release_extent_buffer"] },
      { n: null, text: "\tspin_unlock(&eb->refs_lock);", steps: ["free_extent_buffer:free_extent_buffer", "validate_subpage_buffer:free_extent_buffer"] },
    ],
  },
  "btrfs_release_extent_buffer_pages": {
    fn: "btrfs_release_extent_buffer_pages",
    file: "fs/btrfs/extent_io.c",
    lines: [
      { n: null, text: "static void btrfs_release_extent_buffer_pages(struct extent_buffer *eb)" },
      { n: null, text: "\t\tdetach_extent_buffer_page(eb, page);" },
      { n: null, text: "\t\tput_page(page);", steps: ["btrfs_release_extent_buffer_pages:put_page"] },
    ],
  },
  "detach_extent_buffer_page.endio": {
    fn: "detach_extent_buffer_page",
    file: "fs/btrfs/extent_io.c",
    lines: [
      { n: null, text: "static void detach_extent_buffer_page(struct extent_buffer *eb, struct page *page)" },
      { n: null, text: "\t\tspin_lock(&page->mapping->private_lock);", steps: ["detach_extent_buffer_page:spin_lock_private", "validate_subpage_buffer:release_extent_buffer"] },
      { n: null, text: "\tbtrfs_page_dec_eb_refs(fs_info, page);", steps: ["detach_extent_buffer_page:btrfs_page_dec_eb_refs", "validate_subpage_buffer:release_extent_buffer"] },
      { n: null, text: "\tif (!page_range_has_eb(fs_info, page))", steps: ["page_range_has_eb:page_range_has_eb", "validate_subpage_buffer:release_extent_buffer"] },
      { n: null, text: "\t\tbtrfs_detach_subpage(fs_info, page);", follows: true, steps: ["detach_extent_buffer_page:btrfs_detach_subpage", "validate_subpage_buffer:release_extent_buffer"] },
      { n: null, text: "\tspin_unlock(&page->mapping->private_lock);", steps: ["detach_extent_buffer_page:spin_unlock_private", "validate_subpage_buffer:release_extent_buffer"] },
    ],
  },
  "btrfs_subpage_set_uptodate": {
    fn: "btrfs_subpage_set_uptodate",
    file: "fs/btrfs/subpage.c",
    lines: [
      { n: null, text: "void btrfs_subpage_set_uptodate(const struct btrfs_fs_info *fs_info," },
      { n: null, text: "\t\tstruct page *page, u64 start, u32 len)", follows: true },
      { n: null, text: "\tstruct btrfs_subpage *subpage = (struct btrfs_subpage *)page->private;", steps: ["end_page_read:load_page_private"] },
      { n: null, text: "\tconst u16 tmp = btrfs_subpage_calc_bitmap(fs_info, page, start, len);", follows: true, steps: ["btrfs_subpage_set_uptodate:btrfs_subpage_set_uptodate"] },
      { n: null, text: "\tspin_lock_irqsave(&subpage->lock, flags);", steps: ["btrfs_subpage_set_uptodate:btrfs_subpage_set_uptodate"] },
      { n: null, text: "\tsubpage->uptodate_bitmap |= tmp;", follows: true, steps: ["btrfs_subpage_set_uptodate:btrfs_subpage_set_uptodate"] },
      { n: null, text: "\tif (subpage->uptodate_bitmap == U16_MAX)", follows: true, steps: ["btrfs_subpage_set_uptodate:btrfs_subpage_set_uptodate"] },
      { n: null, text: "\t\tSetPageUptodate(page);", follows: true, steps: ["btrfs_subpage_set_uptodate:btrfs_subpage_set_uptodate"] },
      { n: null, text: "\tspin_unlock_irqrestore(&subpage->lock, flags);", follows: true, steps: ["btrfs_subpage_set_uptodate:btrfs_subpage_set_uptodate"] },
    ],
  },
  "endio_readpage_release_extent": {
    fn: "endio_readpage_release_extent",
    file: "fs/btrfs/extent_io.c",
    lines: [
      { n: null, text: "static void endio_readpage_release_extent(struct processed_extent *processed," },
      { n: null, text: "\t\t\t      struct btrfs_inode *inode, u64 start, u64 end,", follows: true },
      { n: null, text: "\t\t\t      bool uptodate)", follows: true },
      { n: null, text: "\tunlock_extent_cached_atomic(tree, processed->start, processed->end,", steps: ["endio_readpage_release_extent:unlock_extent"] },
      { n: null, text: "\t\t\t\t    &cached);", follows: true, steps: ["endio_readpage_release_extent:unlock_extent"] },
    ],
  },
  "page_range_has_eb.endio": {
    fn: "page_range_has_eb",
    file: "fs/btrfs/extent_io.c",
    lines: [
      { n: null, text: "static bool page_range_has_eb(struct btrfs_fs_info *fs_info, struct page *page)" },
      { n: null, text: "\t\tsubpage = (struct btrfs_subpage *)page->private;", steps: ["page_range_has_eb:page_range_has_eb", "validate_subpage_buffer:release_extent_buffer"] },
      { n: null, text: "\t\tif (atomic_read(&subpage->eb_refs))", follows: true, steps: ["page_range_has_eb:page_range_has_eb", "validate_subpage_buffer:release_extent_buffer"] },
      { n: null, text: "\t\t\treturn true;", follows: true, steps: ["page_range_has_eb:page_range_has_eb", "validate_subpage_buffer:release_extent_buffer"] },
      { n: null, text: "\t\t/*", follows: true, steps: ["page_range_has_eb:page_range_has_eb", "validate_subpage_buffer:release_extent_buffer"] },
      { n: null, text: "\t\t * Even there is no eb refs here, we may still have", follows: true, steps: ["page_range_has_eb:page_range_has_eb", "validate_subpage_buffer:release_extent_buffer"] },
      { n: null, text: "\t\t * end_page_read() call relying on page::private.", follows: true, steps: ["page_range_has_eb:page_range_has_eb", "validate_subpage_buffer:release_extent_buffer"] },
      { n: null, text: "\t\t */", follows: true, steps: ["page_range_has_eb:page_range_has_eb", "validate_subpage_buffer:release_extent_buffer"] },
      { n: null, text: "\t\tif (atomic_read(&subpage->readers))", follows: true, steps: ["page_range_has_eb:page_range_has_eb", "validate_subpage_buffer:release_extent_buffer"] },
      { n: null, text: "\t\t\treturn true;", follows: true, steps: ["page_range_has_eb:page_range_has_eb", "validate_subpage_buffer:release_extent_buffer"] },
      { n: null, text: "\t}", follows: true, steps: ["page_range_has_eb:page_range_has_eb", "validate_subpage_buffer:release_extent_buffer"] },
      { n: null, text: "\treturn false;", follows: true, steps: ["page_range_has_eb:page_range_has_eb", "validate_subpage_buffer:release_extent_buffer"] },
      { n: null, text: "}", follows: true, steps: ["page_range_has_eb:page_range_has_eb", "validate_subpage_buffer:release_extent_buffer"] },
    ],
  },
  "end_page_read": {
    fn: "end_page_read",
    file: "fs/btrfs/extent_io.c",
    lines: [
      { n: null, text: "static void end_page_read(struct page *page, bool uptodate, u64 start, u32 len)" },
      { n: null, text: "\tif (uptodate) {" },
      { n: null, text: "\t\tbtrfs_page_set_uptodate(fs_info, page, start, len);", follows: true, steps: ["end_page_read:load_page_private"] },
      { n: null, text: "\tif (fs_info->sectorsize == PAGE_SIZE)" },
      { n: null, text: "\t\tunlock_page(page);", follows: true },
      { n: null, text: "\telse", follows: true, steps: ["end_page_read:btrfs_subpage_end_reader"] },
      { n: null, text: "\t\tbtrfs_subpage_end_reader(fs_info, page, start, len);", follows: true, steps: ["end_page_read:btrfs_subpage_end_reader"] },
    ],
  },
};
