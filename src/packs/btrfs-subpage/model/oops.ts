// What the kernel logs when read_extent_buffer_subpage() meets a page whose private is
// 0 (RACE.md section 5, last T1 step). Both kernels are shown, because which one a
// reader has depends on its config:
//
// - CONFIG_BTRFS_ASSERT=y: the function's first check, ASSERT(PagePrivate(page)), fails.
//   ASSERT() is assertfail() in fs/btrfs/ctree.h (v5.12, and the v4 series' tree):
//   pr_err("assertion failed: %s, in %s:%d\n", ...) and BUG(). The BUG() sits in
//   ctree.h's inline assertfail(), so that is the file BUG() reports.
// - without it: ASSERT(expr) is (void)(expr). btrfs_subpage_test_uptodate() casts
//   page->private and spin_lock_irqsave(&subpage->lock): `lock` is the first member in
//   every version, so the fault is at address 0 only without lock debugging (with
//   lockdep or DEBUG_SPINLOCK the first access is at a small non-zero offset).
//
// Either way the task dies (BUG() and an Oops both kill it, holding what it holds); the
// machine stops only with panic_on_oops. Subpage support was for 64K-page machines
// (aarch64, ppc64le), so the Oops has the shape of an arm64 one, whose Oops line carries
// the ESR. It is illustrative: line numbers, registers, offsets and the ESR's value are
// left as placeholders rather than invented, and the call chain is written at source level.

import type { Tid } from '../../../engine';

export const ASSERT_HEADING = '--- with CONFIG_BTRFS_ASSERT=y ---';
export const NO_ASSERT_HEADING = '--- without CONFIG_BTRFS_ASSERT ---';

export function oopsLog(tid: Tid): string[] {
  return [
    'page->private is 0 in read_extent_buffer_subpage(): BUG() with CONFIG_BTRFS_ASSERT=y, else a NULL pointer dereference.',
    'Either way the task dies, holding its locked extent range; the machine stops only with panic_on_oops.',
    ASSERT_HEADING,
    'assertion failed: PagePrivate(page), in fs/btrfs/extent_io.c:<line>',
    'kernel BUG at fs/btrfs/ctree.h:<line>!',
    NO_ASSERT_HEADING,
    'Unable to handle kernel NULL pointer dereference at virtual address 0000000000000000',
    '  (address 0 without lock debugging: with lockdep or DEBUG_SPINLOCK the first access is at a small offset)',
    'Internal error: Oops: <esr> [#1] SMP',
    'pc : _raw_spin_lock_irqsave',
    'Call trace:',
    ' _raw_spin_lock_irqsave',
    ' btrfs_subpage_test_uptodate [btrfs]',
    ' read_extent_buffer_subpage [btrfs]',
    ' read_extent_buffer_pages [btrfs]',
    ' btree_read_extent_buffer_pages [btrfs]',
    ' read_tree_block [btrfs]',
    `(T${tid}; illustrative arm64 logs: line numbers, registers, offsets and the ESR's value (<esr>) omitted; the call chain is at`,
    ' source level, and static or inline functions may have no frame of their own)',
  ];
}
