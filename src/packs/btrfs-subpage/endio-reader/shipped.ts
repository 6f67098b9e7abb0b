// Data only. The step lists (op ids per thread and variant) of endio-reader as the app
// shipped them, written out literally and never computed from the models: a link's
// digits can only be read against the lists it was made under, and those must outlive
// any change to the models. src/permalink/pinned-lists.test.ts checks that each entry
// still hashes to its fingerprint and that today's lists are among them.
//
// When a step list changes: ADD the new lists as a new entry (a new const below, keyed
// by its fingerprint). Never edit or remove an entry: links made under it exist.

import type { StepLists } from '../../contract';

// As it first shipped (RACE.md section 8).

export const ENDIO_READER_1: StepLists = {
  eb_refs: [
    // T1
    [
      'find_extent_buffer', 'dec_io_pages', 'set_extent_buffer_uptodate', 'free_extent_buffer',
      'release_extent_buffer', 'load_page_private', 'btrfs_subpage_set_uptodate', 'unlock_extent',
    ],
    // T2
    [
      'free_extent_buffer', 'spin_lock_buffer', 'radix_tree_delete', 'spin_unlock_buffer', 'spin_lock_private',
      'btrfs_page_dec_eb_refs', 'page_range_has_eb', 'btrfs_detach_subpage', 'spin_unlock_private', 'put_page',
      'call_rcu',
    ],
  ],
  private_check: [
    // T1
    [
      'find_extent_buffer', 'dec_io_pages', 'set_extent_buffer_uptodate', 'free_extent_buffer',
      'release_extent_buffer', 'test_page_private', 'load_page_private', 'btrfs_subpage_set_uptodate',
      'unlock_extent',
    ],
    // T2
    [
      'free_extent_buffer', 'spin_lock_buffer', 'radix_tree_delete', 'spin_unlock_buffer', 'spin_lock_private',
      'btrfs_page_dec_eb_refs', 'page_range_has_eb', 'btrfs_detach_subpage', 'spin_unlock_private', 'put_page',
      'call_rcu',
    ],
  ],
  readers: [
    // T1
    [
      'find_extent_buffer', 'dec_io_pages', 'set_extent_buffer_uptodate', 'free_extent_buffer',
      'release_extent_buffer', 'load_page_private', 'btrfs_subpage_set_uptodate', 'btrfs_subpage_end_reader',
      'unlock_extent',
    ],
    // T2
    [
      'free_extent_buffer', 'spin_lock_buffer', 'radix_tree_delete', 'spin_unlock_buffer', 'spin_lock_private',
      'btrfs_page_dec_eb_refs', 'page_range_has_eb', 'btrfs_detach_subpage', 'spin_unlock_private', 'put_page',
      'call_rcu',
    ],
  ],
};
