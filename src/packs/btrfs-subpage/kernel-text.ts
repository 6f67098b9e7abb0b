// How kernel-style text writes this pack's steps: the call nesting of the modelled paths
// (RACE.md section 5: free_extent_buffer_stale -> release_extent_buffer ->
// btrfs_release_extent_buffer_pages -> detach_extent_buffer_page; v5.12 extent_io.c),
// the calls a diagram may draw inside a step, and the call a step's line shows.

import type { KernelTextTables } from '../contract';

export const KERNEL_TEXT: KernelTextTables = {
  caller: {
    btrfs_release_extent_buffer_pages: 'release_extent_buffer',
    detach_extent_buffer_page: 'btrfs_release_extent_buffer_pages',
    page_range_has_eb: 'detach_extent_buffer_page',
    attach_extent_buffer_page: 'alloc_extent_buffer',
    // static in extent_io.c; reached only through read_extent_buffer_pages() (v5.12).
    read_extent_buffer_subpage: 'read_extent_buffer_pages',
  },
  // The v4 diagram writes detach_page_private() under btrfs_detach_subpage().
  innerCalls: {
    detach_page_private: 'btrfs_detach_subpage',
    btrfs_free_subpage: 'btrfs_detach_subpage',
    attach_page_private: 'attach_extent_buffer_page',
    radix_tree_gang_lookup: 'page_range_has_eb',
    __alloc_extent_buffer: 'alloc_eb',
    btrfs_release_extent_buffer_rcu: 'call_rcu',
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
  },
  titles: new Set([
    'alloc_extent_buffer',
    'free_extent_buffer',
    'free_extent_buffer_stale',
    'release_extent_buffer',
    'btrfs_release_extent_buffer_pages',
    'read_extent_buffer_pages',
    'read_extent_buffer_subpage',
  ]),
  argCalls: [
    { call: 'spin_lock', arg: 'private_lock', op: 'spin_lock_private' },
    { call: 'spin_unlock', arg: 'private_lock', op: 'spin_unlock_private' },
    { call: 'spin_lock', arg: 'buffer_lock', op: 'spin_lock_buffer' },
    { call: 'spin_unlock', arg: 'buffer_lock', op: 'spin_unlock_buffer' },
  ],
};
