// Every race window a pack declares is proved against the explored state graph, for
// every scenario and variant the tests know (the app's packs and the fixture packs):
// the timeline and the challenges' hints draw only what is proved (src/engine/windows.ts).
// Which windows a family has is its own to pin (src/packs/btrfs-subpage/tests/race-windows.test.ts).

import { describe, expect, it } from 'vitest';
import { type Exploration, explore, type Model, raceWindows, type Span, spanCounts, unionCounts } from '../../src/engine';
import type { RaceWindowDef } from '../../src/packs';
import { TEST_REGISTRY, TEST_SCENARIO_VARIANTS } from '../fixtures/scenario-variants';

const explored = new Map<string, { model: Model<unknown>; x: Exploration<unknown> }>();
function of(scenario: string, variant: string) {
  const key = `${scenario}/${variant}`;
  let e = explored.get(key);
  if (!e) {
    const model = TEST_REGISTRY.modelOf(scenario, variant);
    e = { model, x: explore(model) };
    explored.set(key, e);
  }
  return e;
}

/** A declared window as pcs and a check index in one model (null when a named op is not in it). */
function spanOf(model: Model<unknown>, w: RaceWindowDef): { span: Span; check: { thread: number; index: number } } | null {
  const ops = model.threads[w.thread - 1]?.steps.map((s) => s.op) ?? [];
  const from = w.from === null ? -1 : ops.indexOf(w.from);
  const to = w.to === null ? ops.length : ops.indexOf(w.to);
  const index = model.threads[w.check.thread - 1]?.steps.findIndex((s) => s.op === w.check.op) ?? -1;
  if ((w.from !== null && from < 0) || to < 0 || index < 0) return null;
  return { span: { thread: w.thread, first: from + 1, last: to }, check: { thread: w.check.thread, index } };
}

describe('race windows', () => {
  for (const { scenario, variant } of TEST_SCENARIO_VARIANTS) {
    it(`${scenario}/${variant}: every declared window is proved, and together they account for every bad schedule`, () => {
      const { model, x } = of(scenario, variant);
      const declared = TEST_REGISTRY.scenarioOf(scenario).windows(variant);
      const computed = raceWindows(model, x);
      const own = declared.filter((w) => !w.raceIn);
      if (x.badSchedules > 0n) expect(own.length, 'a variant with bad schedules declares its windows').toBeGreaterThan(0);
      else expect(own, 'a variant with no bad schedule has no race window of its own').toEqual([]);
      expect(computed.length > 0).toBe(x.badSchedules > 0n);

      for (const w of declared) {
        if (w.raceIn) {
          // Racy there, caught here: no bad schedule here, and the check can run inside.
          const race = of(scenario, w.raceIn);
          const there = spanOf(race.model, w);
          expect(there, `${w.label}: its ops are in ${w.raceIn}`).not.toBeNull();
          if (!there) continue;
          const proved = raceWindows(race.model, race.x).some((r) => r.check.thread === there.check.thread && r.check.index === there.check.index && r.span.thread === there.span.thread);
          expect(proved, `${w.label} is a race window of ${w.raceIn}`).toBe(true);
          expect(x.badSchedules).toBe(0n);
          const here = spanOf(model, w);
          expect(here, `${w.label}: its ops are in ${variant}`).not.toBeNull();
          continue;
        }
        const at = spanOf(model, w);
        expect(at, `${w.label}: its ops are in the model`).not.toBeNull();
        if (!at) continue;
        // The declared span classifies the schedules exactly as the computed window does
        // (it may name a wider span when the positions between cannot occur).
        const match = computed.find((r) => r.check.thread === at.check.thread && r.check.index === at.check.index && r.span.thread === at.span.thread);
        expect(match, `${w.label}: a computed window with this check`).toBeDefined();
        if (!match) continue;
        expect(spanCounts(model, x, at.span, at.check)).toEqual({ inside: match.inside, outside: match.outside });
        expect(match.inside.bad).toBe(match.inside.schedules);
        expect(match.outside.bad).toBe(0n);
      }

      // Together: every bad schedule runs some check inside its window, and (with the
      // threads of the window the only ones running) nothing inside is safe.
      const spans = own.map((w) => spanOf(model, w)).filter((s) => s !== null);
      const union = unionCounts(model, x, spans);
      expect(union.bad).toBe(x.badSchedules);
    });
  }
});
