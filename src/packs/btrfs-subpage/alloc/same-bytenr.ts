// Scenario `same-bytenr` (RACE.md section 7.3): the bytenr of eb B is allocated again
// while B is still dying. T2's release of B is past its atomic_dec_and_test() (refs 0,
// IN_TREE cleared) but B still sits in buffer_radix; T1 allocates a new eb A at B's
// bytenr, in the same page P. find_extent_buffer() cannot take a reference to a dying
// eb, so T1 allocates, attaches A to P, and then loops on radix_tree_insert()'s -EEXIST
// until T2 deletes B: the loop holds T1 inside the very window the race needs.

import { allocProgram } from './alloc';
import type { ScenarioSpec } from '../model/model';
import { releaseProgram } from './release';
import type { BtrfsKernel, Variant } from '../model/state';
import { withFlag } from '../model/state';
import { EB_B_START, seedKernel } from './seed';

/**
 * Page P with eb B dying in it: free_extent_buffer_stale() has run (STALE set, TREE_REF
 * and IN_TREE cleared, refs 0), but B is still in buffer_radix and attached.
 */
export function dyingKernel(variant: Variant): BtrfsKernel {
  const k = seedKernel(variant);
  const B = k.ebs.B;
  if (!B) throw new Error('seed has eb B');
  const flags = withFlag(withFlag(withFlag(B.flags, 'STALE', true), 'TREE_REF', false), 'IN_TREE', false);
  return { ...k, ebs: { ...k.ebs, B: { ...B, refs: 0, flags, life: 'released' } } };
}

export const sameBytenr: ScenarioSpec = {
  id: 'same-bytenr',
  initial: dyingKernel,
  threads: (variant) => [
    allocProgram(variant, { tid: 1, eb: 'A', start: EB_B_START, prealloc: "S'", reuses: { eb: 'B', releasedBy: 2 } }),
    releaseProgram(variant, { tid: 2, eb: 'B', start: EB_B_START, dying: true }),
  ],
};
