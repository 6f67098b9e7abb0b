// Data only. The step lists (op ids per thread and variant) of every scenario as the
// app shipped them, written out literally and never computed from the models: a link's
// digits can only be read against the lists it was made under, and those must outlive
// any change to the models. pinned-lists.test.ts checks that each entry still hashes to
// its fingerprint and that today's lists are in KNOWN_LISTS.
//
// When a step list changes: ADD the new lists as a new entry of KNOWN_LISTS (a new
// const below, keyed by its fingerprint). Never edit or remove an entry: links made
// under it exist.

import type { StepLists } from './fingerprint';

export interface KnownLists {
  /** The scenario these are the lists of. */
  scenario: string;
  lists: StepLists;
}

// Format 1 (links without a fingerprint) was written under these lists, from the first
// release of links until format 2.

const SEED_1: StepLists = {
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

const TWO_ALLOCATORS_1: StepLists = {
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

const SAME_BYTENR_1: StepLists = {
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

// endio-reader (RACE.md section 8), as it first shipped.

const ENDIO_READER_1: StepLists = {
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

/** The lists format-1 links were made under, by scenario: a link without `fp` means these. */
export const FORMAT_1_LISTS: Readonly<Record<string, StepLists>> = {
  'seed': SEED_1,
  'two-allocators': TWO_ALLOCATORS_1,
  'same-bytenr': SAME_BYTENR_1,
};

/** Every list set the app has shipped, by fingerprint. Append only. */
export const KNOWN_LISTS: Readonly<Record<string, KnownLists>> = {
  '0q3nins': { scenario: 'seed', lists: SEED_1 },
  '01n40wo': { scenario: 'two-allocators', lists: TWO_ALLOCATORS_1 },
  '03q20nf': { scenario: 'same-bytenr', lists: SAME_BYTENR_1 },
  '0pvfjvk': { scenario: 'endio-reader', lists: ENDIO_READER_1 },
};
