// The registry's lookups over a list of packs: a scenario, its variants and presets, a
// runnable Model, a model's events in words. index.ts builds the app's one from PACKS;
// a test may build one with a pack of its own beside the real ones, and gets exactly
// the lookups the app uses. The registry is strict: the list is checked when it is
// built (check.ts), a model must say which scenario and variant it is, and an id that
// is not user input must be known (scenarioOf throws; user input goes through
// findScenario and findVariant).

import type { EngineEvent, Frame, Model, Result, Run, Tid } from '../engine';
import { replayValidPart } from '../engine';
import { registryProblems } from './check';
import type { CompareModel, EventWords, Pack, ScenarioDef, VariantDef } from './contract';
import { defaultWords } from './words';

export interface ScenarioEntry extends ScenarioDef {
  pack: Pack;
}

export type Describe = (event: EngineEvent, frame: Frame<unknown> | null) => EventWords | null;

export interface Registry {
  packs: readonly Pack[];
  /** Every scenario of every pack, in the order the packs list them. */
  scenarios: readonly ScenarioEntry[];
  /** What a link with nothing in it opens: the first pack's first scenario. */
  defaultScenario: string;
  findScenario(id: string): ScenarioEntry | undefined;
  /**
   * The scenario of an id the app holds (a model's, the store's): an unknown one is a
   * programming error and throws. Ids from a link or the command line go through
   * findScenario, which says what is wrong instead.
   */
  scenarioOf(id: string): ScenarioEntry;
  findVariant(scenario: string, variant: string): VariantDef | undefined;
  /** A scenario's default variant: its first. */
  defaultVariant(scenario: string): string;
  variantIds(scenario: string): string[];
  /** The runnable model, or a message naming what is unknown. Models are built once. */
  getModel(scenario: string, variant: string): Result<Model<unknown>, string>;
  /** getModel for ids the caller has validated; throws on a programming error. */
  modelOf(scenario: string, variant: string): Model<unknown>;
  /** The pack a scenario belongs to. */
  packOf(scenario: string): Pack;
  /**
   * A model's events in words: its pack's describer, and the default words (words.ts)
   * for the engine's events the pack leaves to them (it returns undefined).
   */
  describerOf(model: Model<unknown>): Describe;
  /**
   * The run of a preset (the scenario's first preset when `id` is not one of its own). A
   * preset that cannot run unchanged (in same-bytenr, T1 cannot get past -EEXIST until
   * T2 deletes the dying eb) keeps its runnable prefix, completed by the engine.
   */
  presetRun(scenario: string, variant: string, id?: string): Run<unknown>;
  presetSchedule(scenario: string, variant: string, id?: string): Tid[];
  /**
   * The engine's own order, with no one's interleaving in it: at each step the
   * lowest-numbered thread that can run. A challenge starts from it, so the run on
   * screen is not already the answer.
   */
  unplannedSchedule(scenario: string, variant: string): Tid[];
  /**
   * The compare model of a scenario's pack: one promise per pack, so a component can
   * `use()` it (the first render suspends while the pack's compare chunk loads).
   */
  compareModelOf(scenario: string): Promise<CompareModel>;
}

/** The lookups over `packs`; throws, naming every problem, when the list is not sound (check.ts). */
export function createRegistry(packs: readonly Pack[]): Registry {
  const problems = registryProblems(packs);
  if (problems.length > 0) throw new Error(`src/packs: ${problems.join('; ')}`);

  const scenarios: readonly ScenarioEntry[] = packs.flatMap((pack) => pack.scenarios.map((s) => ({ ...s, pack })));
  const known = () => scenarios.map((s) => s.id).join(', ');
  const findScenario = (id: string) => scenarios.find((s) => s.id === id);
  const scenarioOf = (id: string) => {
    const s = findScenario(id);
    if (!s) throw new Error(`unknown scenario ${JSON.stringify(id)} (known: ${known()})`);
    return s;
  };

  const cache = new Map<string, Model<unknown>>();
  const getModel = (scenario: string, variant: string): Result<Model<unknown>, string> => {
    const info = findScenario(scenario);
    if (!info) return { ok: false, error: `unknown scenario ${JSON.stringify(scenario)} (known: ${known()})` };
    if (!info.variants.some((v) => v.id === variant)) {
      const variants = info.variants.map((v) => v.id).join(', ');
      return { ok: false, error: `unknown variant ${JSON.stringify(variant)} for ${scenario} (known: ${variants})` };
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
  };
  const modelOf = (scenario: string, variant: string) => {
    const m = getModel(scenario, variant);
    if (!m.ok) throw new Error(m.error);
    return m.value;
  };
  const packOf = (scenario: string) => scenarioOf(scenario).pack;
  const presetRun = (scenario: string, variant: string, id?: string) => {
    const info = scenarioOf(scenario);
    const model = modelOf(info.id, variant);
    const preset = info.presets.find((p) => p.id === id) ?? info.presets[0];
    return replayValidPart(model, preset?.prefix(model) ?? []).run;
  };

  const compareModels = new Map<Pack, Promise<CompareModel>>();
  const compareModelOf = (scenario: string) => {
    const pack = packOf(scenario);
    let loading = compareModels.get(pack);
    if (!loading) {
      loading = pack.compare();
      compareModels.set(pack, loading);
    }
    return loading;
  };

  return {
    packs,
    scenarios,
    defaultScenario: (scenarios[0] as ScenarioEntry).id,
    findScenario,
    scenarioOf,
    findVariant: (scenario, variant) => findScenario(scenario)?.variants.find((v) => v.id === variant),
    defaultVariant: (scenario) => scenarioOf(scenario).variants[0]?.id ?? '',
    variantIds: (scenario) => (findScenario(scenario)?.variants ?? []).map((v) => v.id),
    getModel,
    modelOf,
    packOf,
    describerOf: (model) => {
      const own = packOf(model.scenario).describeEvent;
      return (event, frame) => {
        const words = own?.(event, frame);
        return words === undefined ? defaultWords(model, event, frame) : words;
      };
    },
    presetRun,
    presetSchedule: (scenario, variant, id) => presetRun(scenario, variant, id).schedule,
    unplannedSchedule: (scenario, variant) => replayValidPart(modelOf(scenario, variant), []).run.schedule,
    compareModelOf,
  };
}
