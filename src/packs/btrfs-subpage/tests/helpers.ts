// Shared by the btrfs pack's tests: its models by name, read back with the pack's own
// kernel type, its scenarios and variants by id, and the generic schedule helpers every
// test uses (tests/unit/helpers.ts).

import type { Model } from '../../../engine';
import { getModel } from '../../index';
import { btrfsSubpage } from '../index';
import type { BtrfsKernel } from '../model/state';

export { expectSameWithEventsOff, positionOf, run, scheduleFrom } from '../../../../tests/unit/helpers';

/** The scenarios whose counts and truths are pinned per variant: one allocator, and two. */
export const SCENARIO_IDS = ['seed', 'two-allocators'] as const;
/** The allocation scenarios' variants (RACE.md 7). */
export const VARIANT_IDS = ['racy', 'under_alloc', 'eb_refs'] as const;

/** Every (scenario, variant) pair of this pack, in its order. */
export const BTRFS_SCENARIO_VARIANTS: readonly { scenario: string; variant: string }[] = btrfsSubpage.scenarios.flatMap((s) =>
  s.variants.map((v) => ({ scenario: s.id, variant: v.id })),
);

export function model(scenario: string, variant: string): Model<BtrfsKernel> {
  const m = getModel(scenario, variant);
  if (!m.ok) throw new Error(m.error);
  return m.value as Model<BtrfsKernel>;
}
