// The ready-made interleavings of the allocation scenarios. The first is the default.

import type { PresetDef } from '../../contract';
import { all, rest, runThrough } from '../../presets';

export const ALLOC_PRESETS: readonly PresetDef[] = [
  {
    // The commit message's diagram (RACE.md section 5): T1 runs through
    // spin_unlock_private, T2 runs through its spin_unlock_private, T1 finishes.
    id: 'commit-message',
    label: "the commit message's interleaving",
    prefix: (m) => {
      const t1 = runThrough(m, 1, 'spin_unlock_private');
      const t2 = runThrough(m, 2, 'spin_unlock_private');
      return [...t1, ...t2, ...all(m, 1).slice(t1.length)];
    },
  },
  { id: 't1-then-t2', label: 'T1 then T2', prefix: (m) => [...all(m, 1), ...all(m, 2)] },
  { id: 't2-then-t1', label: 'T2 then T1', prefix: (m) => [...all(m, 2), ...all(m, 1)] },
];

/**
 * same-bytenr's own story (RACE.md 7.3): T1 attaches its new eb at B's bytenr while B is
 * dying, and reaches its insert with B still in slot 7696: radix_tree_insert() would
 * return -EEXIST, and T1 loops (goto again) until T2 deletes B. Then T1 goes on.
 */
export const EEXIST_LOOP: PresetDef = {
  id: 'eexist-loop',
  label: 'T1 loops on -EEXIST until T2 deletes B',
  prefix: (m) => {
    const t1 = runThrough(m, 1, 'spin_unlock_private');
    const t2 = runThrough(m, 2, 'spin_unlock_buffer');
    return [...t1, ...t2, ...rest(m, 1, t1.length), ...rest(m, 2, t2.length)];
  },
};
