// The registry is strict (src/packs/index.ts): ids are unique where a lookup needs
// them, every model says which scenario and variant it is, an id the app holds must
// be known, and the engine's events have words even where a pack says nothing of them.
// For every pack in the registry and the fixture packs beside them
// (tests/fixtures/scenario-variants.ts), and against broken registries made up here.

import { describe, expect, it } from 'vitest';
import type { EngineEvent, Frame } from '../../src/engine';
import { DEFAULT_SCENARIO, type Pack, PACKS, SCENARIOS, scenarioOf } from '../../src/packs';
import { registryProblems } from '../../src/packs/check';
import { createRegistry } from '../../src/packs/registry';
import { defaultWords } from '../../src/packs/words';
import { TEST_PACKS, TEST_REGISTRY, TEST_SCENARIO_VARIANTS } from '../fixtures/scenario-variants';

describe('the registry as it is', () => {
  it('has no problem, nor with the fixture packs beside its packs', () => {
    expect(registryProblems(PACKS)).toEqual([]);
    expect(registryProblems(TEST_PACKS)).toEqual([]);
  });

  it("opens on the first pack's first scenario", () => {
    expect(DEFAULT_SCENARIO).toBe(PACKS[0]?.scenarios[0]?.id);
  });

  it.each(TEST_SCENARIO_VARIANTS)('$scenario / $variant: the model says which scenario and variant it is', ({ scenario, variant }) => {
    const m = TEST_REGISTRY.modelOf(scenario, variant);
    expect([m.scenario, m.variant]).toEqual([scenario, variant]);
  });

  it('refuses an id the app holds but does not know', () => {
    expect(() => scenarioOf('no-such-scenario')).toThrow(/unknown scenario "no-such-scenario" \(known: /);
    for (const s of SCENARIOS) expect(scenarioOf(s.id).id).toBe(s.id);
  });

  it('refuses, when built, a model that names another scenario or variant, and a broken list', () => {
    const first = PACKS[0] as Pack;
    const scenario = first.scenarios[0] as Pack['scenarios'][number];
    const liar = createRegistry([{ ...first, scenarios: [{ ...scenario, model: (v) => ({ ...scenario.model(v), variant: 'other' }) }] }]);
    const v = scenario.variants[0]?.id ?? '';
    expect(() => liar.modelOf(scenario.id, v)).toThrow(`src/packs: ${scenario.id}'s model for ${v} says it is ${scenario.id}/other`);
    expect(() => createRegistry([first, first])).toThrow(`src/packs: pack id "${first.id}" is used twice`);
  });

  it.each(TEST_PACKS.map((p) => [p.id, p] as const))("%s: every link's label names where it goes", (_, pack) => {
    const destination = (url: string) => {
      const host = new URL(url).host;
      return host === 'lore.kernel.org' ? 'on lore' : host === 'elixir.bootlin.com' ? 'on elixir' : `on ${host}`;
    };
    const links = [...pack.links, ...pack.scenarios.flatMap((s) => [...s.links, ...s.variants.flatMap((v) => v.links)])];
    expect(links.length).toBeGreaterThan(0);
    for (const l of links) expect(l.label, l.url).toContain(destination(l.url));
  });
});

describe('registryProblems', () => {
  const first = PACKS[0] as Pack;
  const scenario = first.scenarios[0] as Pack['scenarios'][number];
  const pack = (id: string, scenarios: Pack['scenarios']): Pack => ({ ...first, id, scenarios });

  it('names a pack id used twice, and a scenario id used twice across packs', () => {
    expect(registryProblems([pack('a', [scenario]), pack('a', [{ ...scenario, id: 'other' }])])).toEqual(['pack id "a" is used twice']);
    expect(registryProblems([pack('a', [scenario]), pack('b', [scenario])])).toEqual([`scenario id "${scenario.id}" is used twice`]);
  });

  it("names a variant or a preset twice in one scenario, and a scenario with none", () => {
    const v = scenario.variants[0] as (typeof scenario.variants)[number];
    const p = scenario.presets[0] as (typeof scenario.presets)[number];
    expect(registryProblems([pack('a', [{ ...scenario, variants: [v, v] }])])).toEqual([`scenario ${scenario.id} has variant ${JSON.stringify(v.id)} twice`]);
    expect(registryProblems([pack('a', [{ ...scenario, presets: [p, p] }])])).toEqual([`scenario ${scenario.id} has preset ${JSON.stringify(p.id)} twice`]);
    expect(registryProblems([pack('a', [{ ...scenario, variants: [], presets: [] }])])).toEqual([
      `scenario ${scenario.id} has no variant`,
      `scenario ${scenario.id} has no preset`,
    ]);
  });

  it('needs a default scenario', () => {
    expect(registryProblems([])).toEqual(['the first pack has no scenario to open by default']);
    expect(registryProblems([pack('a', [])])).toEqual(['the first pack has no scenario to open by default']);
  });
});

describe('the default words for the engine\'s events', () => {
  const model = { locks: { l: { kind: 'spin' as const, label: 'the lock', name: 'obj->lock' } } };
  const said = (e: EngineEvent, frame: Frame<unknown> | null = null) => {
    const w = defaultWords(model, e, frame);
    return w && (w.subject ? `${w.subject} ${w.text}` : w.text);
  };

  it('word every kind but a pack\'s own', () => {
    expect(said({ kind: 'set', obj: 'obj', id: 'X', field: 'next', from: 'Y', to: null })).toBe('X->next Y → NULL');
    expect(said({ kind: 'alloc', obj: 'obj', id: 'X' })).toBe('obj X allocated');
    expect(said({ kind: 'free', obj: 'obj', id: 'X' })).toBe('obj X freed');
    expect(said({ kind: 'lock', lock: 'l', thread: 2, op: 'acquire' })).toBe('obj->lock taken by T2');
    expect(said({ kind: 'lock', lock: 'l', thread: 2, op: 'release' })).toBe('obj->lock dropped by T2');
    expect(said({ kind: 'lock', lock: 'l', thread: 2, op: 'acquire' }, { skipped: 'no' } as Frame<unknown>)).toBe('obj->lock not taken: T2 skips this step');
    expect(said({ kind: 'result', name: 'check', value: false, detail: 'none left' })).toBe('check() = false (none left)');
    expect(said({ kind: 'skip', reason: 'nothing to do' })).toBe('skipped: nothing to do');
    expect(said({ kind: 'oops', thread: 1, log: ['BUG: unable to handle page fault'] })).toBe('T1 Oops: BUG: unable to handle page fault');
    expect(said({ kind: 'invariant', invariant: 'I1', message: 'X is gone' })).toBe('I1 breaks: X is gone');
    expect(said({ kind: 'pack', type: 'mine' })).toBeNull();
  });

  it.each(TEST_SCENARIO_VARIANTS)("$scenario / $variant: each event of the default run in the pack's words, or else the default's", ({ scenario, variant }) => {
    const m = TEST_REGISTRY.modelOf(scenario, variant);
    const wordsOf = TEST_REGISTRY.describerOf(m);
    const own = TEST_REGISTRY.scenarioOf(scenario).pack.describeEvent;
    const frames = TEST_REGISTRY.presetRun(scenario, variant).frames;
    for (const f of frames) {
      for (const e of f.events) {
        const mine = own?.(e, f);
        const words = wordsOf(e, f);
        expect(words).not.toBeUndefined();
        expect(words).toEqual(mine !== undefined ? mine : defaultWords(m, e, f));
      }
    }
    expect(frames.some((f) => f.events.length > 0)).toBe(true);
  });
});
