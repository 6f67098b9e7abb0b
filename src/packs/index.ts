// The registry: every pack the app knows, and the one way to get a scenario, its
// variants and a runnable Model. Everything outside src/packs reads races through this
// file and contract.ts; only this file (and views.ts) imports inside a pack folder.
//
// A new race family is its folder, one entry in PACKS below (and its import), and one
// in views.ts. The lookups themselves are registry.ts's, built over PACKS here: strict
// (the list is checked at load, check.ts), so a broken list stops the app at once.

import { btrfsSubpage } from './btrfs-subpage';
import type { Pack } from './contract';
import { createRegistry, type ScenarioEntry } from './registry';

export type * from './contract';
export type { Describe, ScenarioEntry } from './registry';

/** Every race family, in the order the scenario switch lists them; the first one's first scenario is the default. */
export const PACKS: readonly Pack[] = [
  btrfsSubpage,
];

const registry = createRegistry(PACKS);

/** Every scenario of every pack, in the order the packs list them. */
export const SCENARIOS: readonly ScenarioEntry[] = registry.scenarios;

/** What a link with nothing in it opens: the first pack's first scenario. */
export const DEFAULT_SCENARIO: string = registry.defaultScenario;

export const {
  findScenario,
  scenarioOf,
  findVariant,
  defaultVariant,
  variantIds,
  getModel,
  modelOf,
  packOf,
  describerOf,
  presetRun,
  presetSchedule,
  unplannedSchedule,
  compareModelOf,
} = registry;
