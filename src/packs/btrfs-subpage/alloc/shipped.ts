// Data only. The step lists (op ids per thread and variant) of the allocation scenarios as the app
// shipped them, written out literally and never computed from the models: a link's
// digits can only be read against the lists it was made under, and those must outlive
// any change to the models. src/permalink/pinned-lists.test.ts checks that each entry
// still hashes to its fingerprint and that today's lists are among them.
//
// When a step list changes: ADD the new lists as a new entry (a new const below, keyed
// by its fingerprint). Never edit or remove an entry: links made under it exist.

import type { StepLists } from '../../contract';

// Format 1 (links without a fingerprint) was written under these lists, from the first
// release of links until format 2.

export const SEED_1: StepLists = {
  racy: [
    // T1
    [
      'find_extent_buffer', 'alloc_eb', 'find_or_create_page', 'btrfs_alloc_subpage', 'spin_lock_private',
      'attach_extent_buffer_page', 'spin_unlock_private', 'spin_lock_buffer', 'radix_tree_insert',
      'spin_unlock_buffer', 'check_buffer_tree_ref', 'unlock_page', 'btrfs_subpage_test_uptodate',
    ],
    // T2
    [
      'atomic_dec_and_test', 'spin_lock_buffer', 'radix_tree_delete', 'spin_unlock_buffer', 'spin_lock_private',
      'spin_lock_buffer', 'page_range_has_eb', 'btrfs_detach_subpage', 'spin_unlock_buffer', 'spin_unlock_private',
      'put_page', 'call_rcu',
    ],
  ],
  under_alloc: [
    // T1
    [
      'find_extent_buffer', 'alloc_eb', 'find_or_create_page', 'btrfs_alloc_subpage', 'spin_lock_private',
      'attach_extent_buffer_page', 'btrfs_page_start_meta_alloc', 'spin_unlock_private', 'spin_lock_buffer',
      'radix_tree_insert', 'spin_unlock_buffer', 'check_buffer_tree_ref', 'btrfs_page_end_meta_alloc', 'unlock_page',
      'btrfs_subpage_test_uptodate',
    ],
    // T2
    [
      'atomic_dec_and_test', 'spin_lock_buffer', 'radix_tree_delete', 'spin_unlock_buffer', 'spin_lock_private',
      'spin_lock_buffer', 'page_range_has_eb', 'btrfs_detach_subpage', 'spin_unlock_buffer', 'spin_unlock_private',
      'put_page', 'call_rcu',
    ],
  ],
  eb_refs: [
    // T1
    [
      'find_extent_buffer', 'alloc_eb', 'find_or_create_page', 'btrfs_alloc_subpage', 'spin_lock_private',
      'attach_extent_buffer_page', 'btrfs_page_inc_eb_refs', 'spin_unlock_private', 'spin_lock_buffer',
      'radix_tree_insert', 'spin_unlock_buffer', 'check_buffer_tree_ref', 'unlock_page',
      'btrfs_subpage_test_uptodate',
    ],
    // T2
    [
      'atomic_dec_and_test', 'spin_lock_buffer', 'radix_tree_delete', 'spin_unlock_buffer', 'spin_lock_private',
      'btrfs_page_dec_eb_refs', 'page_range_has_eb', 'btrfs_detach_subpage', 'spin_unlock_private', 'put_page',
      'call_rcu',
    ],
  ],
};

export const TWO_ALLOCATORS_1: StepLists = {
  racy: [
    // T1
    [
      'find_extent_buffer', 'alloc_eb', 'find_or_create_page', 'btrfs_alloc_subpage', 'spin_lock_private',
      'attach_extent_buffer_page', 'spin_unlock_private', 'spin_lock_buffer', 'radix_tree_insert',
      'spin_unlock_buffer', 'check_buffer_tree_ref', 'unlock_page', 'btrfs_subpage_test_uptodate',
    ],
    // T2
    [
      'atomic_dec_and_test', 'spin_lock_buffer', 'radix_tree_delete', 'spin_unlock_buffer', 'spin_lock_private',
      'spin_lock_buffer', 'page_range_has_eb', 'btrfs_detach_subpage', 'spin_unlock_buffer', 'spin_unlock_private',
      'put_page', 'call_rcu',
    ],
    // T3
    [
      'find_extent_buffer', 'alloc_eb', 'find_or_create_page', 'btrfs_alloc_subpage', 'spin_lock_private',
      'attach_extent_buffer_page', 'spin_unlock_private', 'spin_lock_buffer', 'radix_tree_insert',
      'spin_unlock_buffer', 'check_buffer_tree_ref', 'unlock_page', 'btrfs_subpage_test_uptodate',
    ],
  ],
  under_alloc: [
    // T1
    [
      'find_extent_buffer', 'alloc_eb', 'find_or_create_page', 'btrfs_alloc_subpage', 'spin_lock_private',
      'attach_extent_buffer_page', 'btrfs_page_start_meta_alloc', 'spin_unlock_private', 'spin_lock_buffer',
      'radix_tree_insert', 'spin_unlock_buffer', 'check_buffer_tree_ref', 'btrfs_page_end_meta_alloc', 'unlock_page',
      'btrfs_subpage_test_uptodate',
    ],
    // T2
    [
      'atomic_dec_and_test', 'spin_lock_buffer', 'radix_tree_delete', 'spin_unlock_buffer', 'spin_lock_private',
      'spin_lock_buffer', 'page_range_has_eb', 'btrfs_detach_subpage', 'spin_unlock_buffer', 'spin_unlock_private',
      'put_page', 'call_rcu',
    ],
    // T3
    [
      'find_extent_buffer', 'alloc_eb', 'find_or_create_page', 'btrfs_alloc_subpage', 'spin_lock_private',
      'attach_extent_buffer_page', 'btrfs_page_start_meta_alloc', 'spin_unlock_private', 'spin_lock_buffer',
      'radix_tree_insert', 'spin_unlock_buffer', 'check_buffer_tree_ref', 'btrfs_page_end_meta_alloc', 'unlock_page',
      'btrfs_subpage_test_uptodate',
    ],
  ],
  eb_refs: [
    // T1
    [
      'find_extent_buffer', 'alloc_eb', 'find_or_create_page', 'btrfs_alloc_subpage', 'spin_lock_private',
      'attach_extent_buffer_page', 'btrfs_page_inc_eb_refs', 'spin_unlock_private', 'spin_lock_buffer',
      'radix_tree_insert', 'spin_unlock_buffer', 'check_buffer_tree_ref', 'unlock_page',
      'btrfs_subpage_test_uptodate',
    ],
    // T2
    [
      'atomic_dec_and_test', 'spin_lock_buffer', 'radix_tree_delete', 'spin_unlock_buffer', 'spin_lock_private',
      'btrfs_page_dec_eb_refs', 'page_range_has_eb', 'btrfs_detach_subpage', 'spin_unlock_private', 'put_page',
      'call_rcu',
    ],
    // T3
    [
      'find_extent_buffer', 'alloc_eb', 'find_or_create_page', 'btrfs_alloc_subpage', 'spin_lock_private',
      'attach_extent_buffer_page', 'btrfs_page_inc_eb_refs', 'spin_unlock_private', 'spin_lock_buffer',
      'radix_tree_insert', 'spin_unlock_buffer', 'check_buffer_tree_ref', 'unlock_page',
      'btrfs_subpage_test_uptodate',
    ],
  ],
};

export const SAME_BYTENR_1: StepLists = {
  racy: [
    // T1
    [
      'find_extent_buffer', 'alloc_eb', 'find_or_create_page', 'btrfs_alloc_subpage', 'spin_lock_private',
      'attach_extent_buffer_page', 'spin_unlock_private', 'spin_lock_buffer', 'radix_tree_insert',
      'spin_unlock_buffer', 'check_buffer_tree_ref', 'unlock_page', 'btrfs_subpage_test_uptodate',
    ],
    // T2
    [
      'spin_lock_buffer', 'radix_tree_delete', 'spin_unlock_buffer', 'spin_lock_private', 'spin_lock_buffer',
      'page_range_has_eb', 'btrfs_detach_subpage', 'spin_unlock_buffer', 'spin_unlock_private', 'put_page',
      'call_rcu',
    ],
  ],
  under_alloc: [
    // T1
    [
      'find_extent_buffer', 'alloc_eb', 'find_or_create_page', 'btrfs_alloc_subpage', 'spin_lock_private',
      'attach_extent_buffer_page', 'btrfs_page_start_meta_alloc', 'spin_unlock_private', 'spin_lock_buffer',
      'radix_tree_insert', 'spin_unlock_buffer', 'check_buffer_tree_ref', 'btrfs_page_end_meta_alloc', 'unlock_page',
      'btrfs_subpage_test_uptodate',
    ],
    // T2
    [
      'spin_lock_buffer', 'radix_tree_delete', 'spin_unlock_buffer', 'spin_lock_private', 'spin_lock_buffer',
      'page_range_has_eb', 'btrfs_detach_subpage', 'spin_unlock_buffer', 'spin_unlock_private', 'put_page',
      'call_rcu',
    ],
  ],
  eb_refs: [
    // T1
    [
      'find_extent_buffer', 'alloc_eb', 'find_or_create_page', 'btrfs_alloc_subpage', 'spin_lock_private',
      'attach_extent_buffer_page', 'btrfs_page_inc_eb_refs', 'spin_unlock_private', 'spin_lock_buffer',
      'radix_tree_insert', 'spin_unlock_buffer', 'check_buffer_tree_ref', 'unlock_page',
      'btrfs_subpage_test_uptodate',
    ],
    // T2
    [
      'spin_lock_buffer', 'radix_tree_delete', 'spin_unlock_buffer', 'spin_lock_private', 'btrfs_page_dec_eb_refs',
      'page_range_has_eb', 'btrfs_detach_subpage', 'spin_unlock_private', 'put_page', 'call_rcu',
    ],
  ],
};
