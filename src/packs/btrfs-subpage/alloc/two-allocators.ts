// Scenario `two-allocators` (RACE.md section 7.2): `seed` plus T3 allocating eb C at
// offset 32K of the same page. The page lock serializes T1 and T3, which is why one
// under_alloc bit is enough.

import { allocProgram } from './alloc';
import type { ScenarioSpec } from '../model/model';
import { releaseProgram } from './release';
import { EB_A_START, EB_B_START, seedKernel } from './seed';

export const EB_C_START = 0x1e18000;

export const twoAllocators: ScenarioSpec = {
  id: 'two-allocators',
  initial: seedKernel,
  threads: (variant) => [
    allocProgram(variant, { tid: 1, eb: 'A', start: EB_A_START, prealloc: "S'" }),
    releaseProgram(variant, { tid: 2, eb: 'B', start: EB_B_START }),
    allocProgram(variant, { tid: 3, eb: 'C', start: EB_C_START, prealloc: "S''" }),
  ],
};
