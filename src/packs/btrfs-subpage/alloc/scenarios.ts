// The allocation scenarios of RACE.md section 7 (items 1-3) as the contract's
// ScenarioDefs: one allocator and one release, two allocators, and an allocation at the
// bytenr of a dying eb. They share the three variants and the presets.

import type { PresetDef, RaceWindowDef, ScenarioDef } from '../../contract';
import { breakIt, crashT1 } from '../challenges';
import { buildModel, type ScenarioSpec } from '../model/model';
import type { Variant } from '../model/state';
import { ALLOC_PRESETS, EEXIST_LOOP } from './presets';
import { sameBytenr } from './same-bytenr';
import { seed } from './seed';
import { SAME_BYTENR_1, SEED_1, TWO_ALLOCATORS_1 } from './shipped';
import { twoAllocators } from './two-allocators';
import { ALLOC_VARIANTS, EB_REFS_COMMIT, V4_PATCH } from './variants';

/**
 * T1 (or T3) has attached its eb but not yet inserted it: T2's check must not fall here
 * (RACE.md 6: racy is bad exactly then). In under_alloc and eb_refs it is racy's window,
 * where the check is caught.
 */
const allocWindow =
  (thread: number, eb: string) =>
  (variant: string): RaceWindowDef => ({
    thread,
    from: 'spin_unlock_private',
    to: 'radix_tree_insert',
    label: `eb ${eb} attached to page P, not yet in buffer_radix`,
    check: { thread: 2, op: 'page_range_has_eb' },
    ...(variant === 'racy' ? {} : { raceIn: 'racy' }),
  });

function allocScenario(
  spec: ScenarioSpec,
  def: Omit<ScenarioDef, 'id' | 'variants' | 'presets' | 'model' | 'links' | 'challenge'>,
  presets: readonly PresetDef[] = ALLOC_PRESETS,
): ScenarioDef {
  return {
    id: spec.id,
    // The racy code crashes its allocator; the fixes are to be broken, if they can be.
    challenge: (variant) => (variant === 'racy' ? crashT1 : breakIt),
    links: [V4_PATCH, EB_REFS_COMMIT],
    variants: ALLOC_VARIANTS,
    presets,
    model: (variant) => buildModel(spec, variant as Variant),
    ...def,
  };
}

export const ALLOC_SCENARIOS: readonly ScenarioDef[] = [
  allocScenario(seed, {
    title: 'seed: one allocator, one release',
    blurb: 'T1 allocates eb A in page P while T2 drops the last reference of eb B, the only eb left in P.',
    intro: 'Nothing has run yet. Page P holds eb B alone; page->private points at subpage S.',
    threadLabels: { 1: 'eb A', 2: 'eb B' },
    windows: (v) => [allocWindow(1, 'A')(v)],
    shipped: { lists: { '0q3nins': SEED_1 }, format1: '0q3nins' },
  }),
  allocScenario(twoAllocators, {
    title: 'two-allocators: T1 and T3 allocate',
    blurb: 'As seed, plus T3 allocating eb C in the same page; the page lock serializes T1 and T3.',
    intro: 'Nothing has run yet. Page P holds eb B alone; page->private points at subpage S. T1 and T3 will both allocate in P.',
    threadLabels: { 1: 'eb A', 2: 'eb B', 3: 'eb C' },
    windows: (v) => [allocWindow(1, 'A')(v), allocWindow(3, 'C')(v)],
    shipped: { lists: { '01n40wo': TWO_ALLOCATORS_1 }, format1: '01n40wo' },
  }),
  allocScenario(sameBytenr, {
    title: 'same-bytenr: re-allocation while the old eb dies',
    blurb:
      "T2 is releasing eb B (refs 0, still in buffer_radix) while T1 allocates a new eb A at B's bytenr; T1's radix_tree_insert() returns -EEXIST and it loops until T2 deletes B.",
    intro: 'Nothing has run yet. eb B is dying: its last reference is gone, but it still sits in buffer_radix at key 7696. page->private points at subpage S.',
    threadLabels: { 1: 'eb A', 2: 'eb B' },
    windows: (v) => [allocWindow(1, 'A')(v)],
    shipped: { lists: { '03q20nf': SAME_BYTENR_1 }, format1: '03q20nf' },
  }, [...ALLOC_PRESETS, EEXIST_LOOP]),
];
