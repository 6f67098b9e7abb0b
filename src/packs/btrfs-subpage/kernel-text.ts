// How kernel-style text writes this pack's steps: the call nesting of the modelled paths
// (RACE.md section 5: free_extent_buffer_stale -> release_extent_buffer ->
// btrfs_release_extent_buffer_pages -> detach_extent_buffer_page; section 8:
// end_bio_extent_readpage -> btrfs_validate_metadata_buffer -> validate_subpage_buffer,
// then end_page_read and endio_readpage_release_extent; v5.12), the calls a diagram may
// draw inside a step, and the call a step's line shows.
//
// release_extent_buffer() has two callers: free_extent_buffer() in endio-reader's T2,
// keyed by that thread's entry (src/kernel-text/calls.ts), and free_extent_buffer_stale()
// in the allocation scenarios, where it stays a title of its own: the v4 commit
// message's diagram, which the import reads, draws T2 from
// btrfs_release_extent_buffer_pages() without it.

import type { KernelTextTables } from '../contract';

export const KERNEL_TEXT: KernelTextTables = {
  caller: {
    btrfs_release_extent_buffer_pages: 'release_extent_buffer',
    // endio-reader's T2: free_extent_buffer() -> release_extent_buffer() (v5.12).
    'release_extent_buffer@free_extent_buffer': 'free_extent_buffer',
    detach_extent_buffer_page: 'btrfs_release_extent_buffer_pages',
    page_range_has_eb: 'detach_extent_buffer_page',
    attach_extent_buffer_page: 'alloc_extent_buffer',
    // static in extent_io.c; reached only through read_extent_buffer_pages() (v5.12).
    read_extent_buffer_subpage: 'read_extent_buffer_pages',
    // endio-reader's T1 (v5.12): the subpage metadata branch of the end_io.
    btrfs_validate_metadata_buffer: 'end_bio_extent_readpage',
    validate_subpage_buffer: 'btrfs_validate_metadata_buffer',
    end_page_read: 'end_bio_extent_readpage',
    // Through the macro-made btrfs_page_set_uptodate(), whose call is the load's line.
    btrfs_subpage_set_uptodate: 'end_page_read',
    endio_readpage_release_extent: 'end_bio_extent_readpage',
  },
  // The v4 diagram writes detach_page_private() under btrfs_detach_subpage().
  innerCalls: {
    detach_page_private: 'btrfs_detach_subpage',
    btrfs_free_subpage: 'btrfs_detach_subpage',
    attach_page_private: 'attach_extent_buffer_page',
    radix_tree_gang_lookup: 'page_range_has_eb',
    __alloc_extent_buffer: 'alloc_eb',
    btrfs_release_extent_buffer_rcu: 'call_rcu',
    // endio-reader: the calls its ops that are not function names are written as.
    atomic_dec_and_test: 'dec_io_pages',
    PagePrivate: 'test_page_private',
    btrfs_page_set_uptodate: 'load_page_private',
    unlock_extent_cached_atomic: 'unlock_extent',
  },
  callText: {
    alloc_eb: '__alloc_extent_buffer()',
    // Short forms of &mapping->private_lock and &fs_info->buffer_lock keep two columns
    // within a mail's width.
    spin_lock_private: 'spin_lock(&private_lock)',
    spin_unlock_private: 'spin_unlock(&private_lock)',
    spin_lock_buffer: 'spin_lock(&buffer_lock)',
    spin_unlock_buffer: 'spin_unlock(&buffer_lock)',
    atomic_dec_and_test: 'atomic_dec_and_test(&eb->refs)',
    page_range_has_eb: 'if (!page_range_has_eb())',
    dec_io_pages: 'atomic_dec_and_test(&eb->io_pages)',
    test_page_private: 'if (!PagePrivate(page)) return',
    // The first thing btrfs_page_set_uptodate() does is load page->private.
    load_page_private: 'btrfs_page_set_uptodate()',
    unlock_extent: 'unlock_extent_cached_atomic()',
  },
  titles: new Set([
    'alloc_extent_buffer',
    'free_extent_buffer',
    'free_extent_buffer_stale',
    'release_extent_buffer',
    'btrfs_release_extent_buffer_pages',
    'read_extent_buffer_pages',
    'read_extent_buffer_subpage',
    'end_bio_extent_readpage',
  ]),
  argCalls: [
    { call: 'spin_lock', arg: 'private_lock', op: 'spin_lock_private' },
    { call: 'spin_unlock', arg: 'private_lock', op: 'spin_unlock_private' },
    { call: 'spin_lock', arg: 'buffer_lock', op: 'spin_lock_buffer' },
    { call: 'spin_unlock', arg: 'buffer_lock', op: 'spin_unlock_buffer' },
  ],
};
