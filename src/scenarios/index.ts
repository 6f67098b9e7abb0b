// The scenario registry: ids, titles and the one way to get a runnable Model.

import type { Model, Result } from '../engine';
import { buildModel, type ScenarioSpec } from './btrfs/model';
import type { BtrfsKernel, Variant } from './btrfs/state';
import { VARIANTS } from './btrfs/state';
import { sameBytenr } from './same-bytenr';
import { seed } from './seed';
import { twoAllocators } from './two-allocators';

export type { BtrfsKernel, Variant } from './btrfs/state';
export { VARIANTS } from './btrfs/state';

export interface ScenarioInfo {
  id: string;
  title: string;
  blurb: string;
  spec: ScenarioSpec;
}

export const SCENARIOS: readonly ScenarioInfo[] = [
  {
    id: 'seed',
    title: 'seed: one allocator, one release',
    blurb: 'T1 allocates eb A in page P while T2 drops the last reference of eb B, the only eb left in P.',
    spec: seed,
  },
  {
    id: 'two-allocators',
    title: 'two-allocators: T1 and T3 allocate',
    blurb: 'As seed, plus T3 allocating eb C in the same page; the page lock serializes T1 and T3.',
    spec: twoAllocators,
  },
  {
    id: 'same-bytenr',
    title: 'same-bytenr: re-allocation while the old eb dies',
    blurb:
      "T2 is releasing eb B (refs 0, still in buffer_radix) while T1 allocates a new eb A at B's bytenr; T1's radix_tree_insert() returns -EEXIST and it loops until T2 deletes B.",
    spec: sameBytenr,
  },
];

export interface VariantInfo {
  id: Variant;
  /** The name in the UI (RACE.md section 2). */
  name: string;
  status: string;
  inferred: boolean;
}

export const VARIANT_INFO: Readonly<Record<Variant, VariantInfo>> = {
  racy: {
    id: 'racy',
    name: 'v4 without under_alloc',
    status: 'inferred: never posted as code; v4 06/18 minus the under_alloc hunks, as the commit message describes',
    inferred: true,
  },
  under_alloc: {
    id: 'under_alloc',
    name: 'v4 06/18 (under_alloc bit)',
    status: 'posted 2021-01-16',
    inferred: false,
  },
  eb_refs: {
    id: 'eb_refs',
    name: 'v5, landed in v5.12 (eb_refs)',
    status: 'upstream: commit 8ff8466d29ef, v5.12',
    inferred: false,
  },
};

export const DEFAULT_SCENARIO = 'seed';
export const DEFAULT_VARIANT: Variant = 'racy';

export function isVariant(v: string): v is Variant {
  return (VARIANTS as readonly string[]).includes(v);
}

export function findScenario(id: string): ScenarioInfo | undefined {
  return SCENARIOS.find((s) => s.id === id);
}

const cache = new Map<string, Model<BtrfsKernel>>();

/** The runnable model, or a message naming what is unknown. Models are built once. */
export function getModel(scenario: string, variant: string): Result<Model<BtrfsKernel>, string> {
  const info = findScenario(scenario);
  if (!info) return { ok: false, error: `unknown scenario ${JSON.stringify(scenario)} (known: ${SCENARIOS.map((s) => s.id).join(', ')})` };
  if (!isVariant(variant)) return { ok: false, error: `unknown variant ${JSON.stringify(variant)} (known: ${VARIANTS.join(', ')})` };
  const key = `${scenario}/${variant}`;
  let model = cache.get(key);
  if (!model) {
    model = buildModel(info.spec, variant);
    cache.set(key, model);
  }
  return { ok: true, value: model };
}
