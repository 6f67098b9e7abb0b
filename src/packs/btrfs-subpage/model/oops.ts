// The consequence of the race as the kernel would log it. Subpage support was for
// 64K-page machines (aarch64, ppc64le), so the log has the shape of an arm64 Oops.
// It is illustrative: registers, offsets and the ESR are left out rather than invented.

import type { Tid } from '../../../engine';

export function oopsLog(tid: Tid): string[] {
  return [
    'Unable to handle kernel NULL pointer dereference at virtual address 0000000000000000',
    'Internal error: Oops: [#1] SMP',
    'pc : _raw_spin_lock_irqsave',
    'lr : btrfs_subpage_test_uptodate [btrfs]',
    'Call trace:',
    ' _raw_spin_lock_irqsave',
    ' btrfs_subpage_test_uptodate [btrfs]',
    ' read_extent_buffer_pages [btrfs]',
    ' btree_read_extent_buffer_pages [btrfs]',
    ' read_tree_block [btrfs]',
    `(T${tid}; illustrative arm64 Oops: ESR, registers and offsets omitted)`,
  ];
}
