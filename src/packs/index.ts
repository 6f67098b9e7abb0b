// The registry: every pack the app knows, and the one way to get a scenario, its
// variants and a runnable Model. Everything outside src/packs reads races through this
// file and contract.ts; only this file (and views.ts) imports inside a pack folder.
//
// A new race family is its folder, one entry in PACKS below (and its import), and one
// in views.ts. The registry is strict: ids are checked at load (check.ts), a model
// must say which scenario and variant it is, and an id that is not user input must be
// known (scenarioOf throws; user input goes through findScenario and findVariant).

import type { EngineEvent, Frame, Model, Result, Run, Tid } from '../engine';
import { replayValidPart } from '../engine';
import { btrfsSubpage } from './btrfs-subpage';
import { registryProblems } from './check';
import type { CompareModel, EventWords, Pack, ScenarioDef, VariantDef } from './contract';
import { defaultWords } from './words';

export type * from './contract';

/** Every race family, in the order the scenario switch lists them; the first one's first scenario is the default. */
export const PACKS: readonly Pack[] = [
  btrfsSubpage,
];

const problems = registryProblems(PACKS);
if (problems.length > 0) throw new Error(`src/packs: ${problems.join('; ')}`);

export interface ScenarioEntry extends ScenarioDef {
  pack: Pack;
}

/** Every scenario of every pack, in the order the packs list them. */
export const SCENARIOS: readonly ScenarioEntry[] = PACKS.flatMap((pack) => pack.scenarios.map((s) => ({ ...s, pack })));

/** What a link with nothing in it opens: the first pack's first scenario. */
export const DEFAULT_SCENARIO: string = (SCENARIOS[0] as ScenarioEntry).id;

export function findScenario(id: string): ScenarioEntry | undefined {
  return SCENARIOS.find((s) => s.id === id);
}

const known = () => SCENARIOS.map((s) => s.id).join(', ');

/**
 * The scenario of an id the app holds (a model's, the store's): an unknown one is a
 * programming error and throws. Ids from a link or the command line go through
 * findScenario, which says what is wrong instead.
 */
export function scenarioOf(id: string): ScenarioEntry {
  const s = findScenario(id);
  if (!s) throw new Error(`unknown scenario ${JSON.stringify(id)} (known: ${known()})`);
  return s;
}

export function findVariant(scenario: string, variant: string): VariantDef | undefined {
  return findScenario(scenario)?.variants.find((v) => v.id === variant);
}

/** A scenario's default variant: its first. */
export function defaultVariant(scenario: string): string {
  return scenarioOf(scenario).variants[0]?.id ?? '';
}

export function variantIds(scenario: string): string[] {
  return (findScenario(scenario)?.variants ?? []).map((v) => v.id);
}

const cache = new Map<string, Model<unknown>>();

/** The runnable model, or a message naming what is unknown. Models are built once. */
export function getModel(scenario: string, variant: string): Result<Model<unknown>, string> {
  const info = findScenario(scenario);
  if (!info) return { ok: false, error: `unknown scenario ${JSON.stringify(scenario)} (known: ${known()})` };
  if (!info.variants.some((v) => v.id === variant)) {
    const known = info.variants.map((v) => v.id).join(', ');
    return { ok: false, error: `unknown variant ${JSON.stringify(variant)} for ${scenario} (known: ${known})` };
  }
  const key = `${scenario}/${variant}`;
  let model = cache.get(key);
  if (!model) {
    model = info.model(variant);
    // The store, links and the explorer key everything on these two: a model that names
    // another scenario or variant would be shown under one name and run as another.
    if (model.scenario !== scenario || model.variant !== variant) {
      throw new Error(`src/packs: ${scenario}'s model for ${variant} says it is ${model.scenario}/${model.variant}`);
    }
    cache.set(key, model);
  }
  return { ok: true, value: model };
}

/** getModel for ids the caller has validated; throws on a programming error. */
export function modelOf(scenario: string, variant: string): Model<unknown> {
  const m = getModel(scenario, variant);
  if (!m.ok) throw new Error(m.error);
  return m.value;
}

/** The pack a scenario belongs to. */
export function packOf(scenario: string): Pack {
  return scenarioOf(scenario).pack;
}

export type Describe = (event: EngineEvent, frame: Frame<unknown> | null) => EventWords | null;

/**
 * A model's events in words: its pack's describer, and the default words (words.ts) for
 * the engine's events the pack leaves to them (it returns undefined).
 */
export function describerOf(model: Model<unknown>): Describe {
  const own = packOf(model.scenario).describeEvent;
  return (event, frame) => {
    const words = own?.(event, frame);
    return words === undefined ? defaultWords(model, event, frame) : words;
  };
}

/**
 * The run of a preset (the scenario's first preset when `id` is not one of its own). A
 * preset that cannot run unchanged (in same-bytenr, T1 cannot get past -EEXIST until T2
 * deletes the dying eb) keeps its runnable prefix, completed by the engine.
 */
export function presetRun(scenario: string, variant: string, id?: string): Run<unknown> {
  const info = scenarioOf(scenario);
  const model = modelOf(info.id, variant);
  const preset = info.presets.find((p) => p.id === id) ?? info.presets[0];
  return replayValidPart(model, preset?.prefix(model) ?? []).run;
}

export function presetSchedule(scenario: string, variant: string, id?: string): Tid[] {
  return presetRun(scenario, variant, id).schedule;
}

/**
 * The engine's own order, with no one's interleaving in it: at each step the
 * lowest-numbered thread that can run. A challenge starts from it, so the run on screen
 * is not already the answer.
 */
export function unplannedSchedule(scenario: string, variant: string): Tid[] {
  return replayValidPart(modelOf(scenario, variant), []).run.schedule;
}


const compareModels = new Map<Pack, Promise<CompareModel>>();

/**
 * The compare model of a scenario's pack: one promise per pack, so a component can
 * `use()` it (the first render suspends while the pack's compare chunk loads).
 */
export function compareModelOf(scenario: string): Promise<CompareModel> {
  const pack = scenarioOf(scenario).pack;
  let loading = compareModels.get(pack);
  if (!loading) {
    loading = pack.compare();
    compareModels.set(pack, loading);
  }
  return loading;
}
