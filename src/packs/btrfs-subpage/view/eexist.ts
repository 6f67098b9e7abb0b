// same-bytenr's loop, read off the engine (RACE.md 7.3): a thread whose next step waits
// on buffer_radix (StepDef.waits), not on a lock, is looping in alloc_extent_buffer():
// its insert would return -EEXIST, as the dying eb still holds the slot of its key. The
// picture marks that slot and that eb while the thread waits.

import type { EngineState, Model } from '../../../engine';
import { blockedBy } from '../../../engine';
import { radixKey } from '../model/geometry';
import type { BtrfsKernel, EbName } from '../model/state';

export interface EexistWait {
  tid: number;
  key: number;
  /** The dying eb that still holds the slot. */
  holder: EbName;
}

export function eexistWaits(model: Model<unknown>, state: EngineState<BtrfsKernel>, owners: Readonly<Record<string, number>>): EexistWait[] {
  const out: EexistWait[] = [];
  for (const [eb, tid] of Object.entries(owners)) {
    const b = blockedBy(model, state, tid);
    if (b?.lock !== 'buffer_radix' || b.lock in model.locks) continue;
    const mine = state.kernel.ebs[eb as EbName];
    if (!mine) continue;
    const key = radixKey(mine.start);
    const holder = state.kernel.buffer_radix[key];
    if (holder) out.push({ tid, key, holder });
  }
  return out;
}
