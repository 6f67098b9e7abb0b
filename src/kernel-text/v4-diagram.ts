// The race diagram of Qu Wenruo's v4 commit message, "btrfs: support subpage for
// extent buffer page release" (2021-01-16, Message-Id
// 20210116071533.105780-7-wqu@suse.com), in the shapes an importer meets: flattened
// onto one line as a mail archive gave it (whitespace collapsed, with the prose around
// it), line-broken as it was written (reconstructed from the flattened text: collapsing
// its whitespace gives back the archive's diagram exactly), and that with its runs of
// blanks turned into tabs, as an editor or `unexpand -a` leaves it.

export const V4_FLATTENED =
  "But there is a subpage specific race, where we can race with extent buffer allocation, and clear the page private while new eb is still being utilized, like this: Extent buffer A is the new extent buffer which will be allocated, while extent buffer B is the last existing extent buffer of the page. T1 (eb A) | T2 (eb B) -------------------------------+------------------------------ alloc_extent_buffer() | btrfs_release_extent_buffer_pages() |- p = find_or_create_page() | | |- attach_extent_buffer_page() | | | | |- detach_extent_buffer_page() | | |- if (!page_range_has_eb()) | | | No new eb in the page range yet | | | As new eb A hasn't yet been | | | inserted into radix tree. | | |- btrfs_detach_subpage() | | |- detach_page_private(); |- radix_tree_insert() | Then we have a metadata eb whose page has no private bit. To avoid such race, we introduce a subpage metadata specific member, btrfs_subpage::under_alloc. In alloc_extent_buffer() we set that bit with the critical section of private_lock. So that page_range_has_eb() will return true for detach_extent_buffer_page(), and not to detach page private. New helpers are introduced to do the start/end work: - btrfs_page_start_meta_alloc() - btrfs_page_end_meta_alloc()";

export const V4_DIAGRAM = `T1 (eb A)                      | T2 (eb B)
-------------------------------+------------------------------
alloc_extent_buffer()          | btrfs_release_extent_buffer_pages()
|- p = find_or_create_page()   | |
|- attach_extent_buffer_page() | |
|                              | |- detach_extent_buffer_page()
|                              |    |- if (!page_range_has_eb())
|                              |    |  No new eb in the page range yet
|                              |    |  As new eb A hasn't yet been
|                              |    |  inserted into radix tree.
|                              |    |- btrfs_detach_subpage()
|                              |       |- detach_page_private();
|- radix_tree_insert()         |
`;

/** V4_DIAGRAM through GNU `unexpand -a` (coreutils 9.1), as the real tool gives it. */
export const V4_TABBED =
  'T1 (eb A)\t\t       | T2 (eb B)\n-------------------------------+------------------------------\nalloc_extent_buffer()\t       | btrfs_release_extent_buffer_pages()\n|- p = find_or_create_page()   | |\n|- attach_extent_buffer_page() | |\n|\t\t\t       | |- detach_extent_buffer_page()\n|\t\t\t       |    |- if (!page_range_has_eb())\n|\t\t\t       |    |  No new eb in the page range yet\n|\t\t\t       |    |  As new eb A hasn\'t yet been\n|\t\t\t       |    |  inserted into radix tree.\n|\t\t\t       |    |- btrfs_detach_subpage()\n|\t\t\t       |       |- detach_page_private();\n|- radix_tree_insert()\t       |\n';
