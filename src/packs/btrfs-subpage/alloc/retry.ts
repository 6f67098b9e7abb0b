// alloc_extent_buffer()'s retry loop when a dying eb still holds the slot (RACE.md 7.3).

import type { StepDef, Tid } from '../../../engine';
import type { BtrfsKernel, EbName } from '../model/state';

/**
 * alloc_extent_buffer()'s retry loop (v5.12):
 *   again: spin_lock(buffer_lock); ret = radix_tree_insert(); spin_unlock(buffer_lock);
 *          if (ret == -EEXIST) { exists = find_extent_buffer(); if (exists) goto free_eb; else goto again; }
 * While a dying eb (refs 0) holds the slot, every round fails the same way and changes
 * nothing another thread can see, so the model folds the rounds into waiting: the
 * thread spins here until the releasing thread's radix_tree_delete. The wait's message
 * states the loop in RACE.md 7.3's words, so the app shows it while T1 waits.
 */
export function reuseWait(tid: Tid, key: number, reuses: { eb: EbName; releasedBy: Tid }): NonNullable<StepDef<BtrfsKernel>['waits']> {
  return (s) => {
    if (s.kernel.buffer_radix[key] !== reuses.eb) return null;
    const refs = s.kernel.ebs[reuses.eb]?.refs ?? 0;
    return {
      on: 'buffer_radix',
      holder: reuses.releasedBy,
      message: `T${tid} loops in alloc_extent_buffer(): radix_tree_insert would return -EEXIST: ${reuses.eb} (refs ${refs}) still holds slot ${key}; find_extent_buffer returns NULL; goto again (until T${reuses.releasedBy} deletes ${reuses.eb})`,
    };
  };
}
