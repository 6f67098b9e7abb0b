// Equal state keys mean equal states. The explorer keeps one state per stateKey and
// counts every schedule through it, so a field left out of the key (the engine's, or a
// pack's kernelKey) would silently merge two different states and make every count, bad
// schedule and shortest path it reports wrong, with nothing else failing.
//
// The same holds one level down for the pack's kernelKey, which the key is built on:
// equal kernel keys mean equal kernels. In today's models that is the stronger check:
// each thread's pc and locals (the results of its checks) already determine the kernel,
// so a kernel field missing from kernelKey merges no states yet, but would as soon as a
// model's branches stop being recorded in locals.
//
// What stateKey leaves out on purpose (src/engine/step.ts) is only how a run got here:
//  - `step`, the step count (equal anyway when every thread's pc is: a step moves one pc);
//  - each held lock's `since` (only the sentence of blockedBy quotes it);
//  - the broken invariant's `step` and `message` (its id is kept: the verdict's outcome).
// Everything else must be equal, in every scenario and variant the tests know (the app's
// packs and the fixture packs, tests/fixtures/scenario-variants.ts).

import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { EngineState, Model, Tid } from '../../src/engine';
import { applyStep, enabledThreads, explore, initialState, stateKey } from '../../src/engine';
import { TEST_REGISTRY, TEST_SCENARIO_VARIANTS } from '../fixtures/scenario-variants';

/** A state without what stateKey deliberately ignores (see above). */
function comparable<K>(s: EngineState<K>) {
  const { step: _step, locks, broken, ...rest } = s;
  return {
    ...rest,
    locks: Object.fromEntries(Object.entries(locks).map(([name, hold]) => [name, hold ? { owner: hold.owner } : null])),
    broken: broken ? { invariant: broken.invariant } : null,
  };
}

/** Deep and strict equality; Vitest's diff only when they differ (it is the slow part). */
function same(a: unknown, b: unknown, where: string): void {
  if (!isDeepStrictEqual(a, b)) expect(a, where).toStrictEqual(b);
}

interface Seen<K> {
  state: EngineState<K>;
  schedule: string;
}

/** Checks `s` against the first state seen with its key; returns whether it was reached another way. */
function check<K>(model: Model<K>, seen: Map<string, Seen<K>>, s: EngineState<K>, schedule: string): boolean {
  const key = stateKey(model, s);
  const first = seen.get(key);
  if (!first) {
    seen.set(key, { state: s, schedule });
    return false;
  }
  same(comparable(s), comparable(first.state), `${model.scenario}/${model.variant}: key ${key} after ${JSON.stringify(first.schedule)} and ${JSON.stringify(schedule)}`);
  return first.schedule !== schedule;
}

describe.each(TEST_SCENARIO_VARIANTS)('$scenario / $variant: equal state keys imply equal states', ({ scenario, variant }) => {
  const model = TEST_REGISTRY.modelOf(scenario, variant);
  // How many states the scenario has: what "many" merges means for it.
  const states = explore(model).states;

  it('on every prefix of random schedules (fast-check)', () => {
    const seen = new Map<string, Seen<unknown>>();
    let merged = 0;
    // Each pick chooses among the threads enabled at that step; the run stops where the
    // picks end, so prefixes of every length are visited, each checked at every step.
    // size 'max': fast-check's default keeps arrays short, which would stay near the start.
    const picks = fc.array(fc.nat({ max: 5 }), { maxLength: 60, size: 'max' });
    fc.assert(
      fc.property(picks, (p) => {
        let s = initialState(model);
        const path: Tid[] = [];
        check(model, seen, s, '');
        for (const pick of p) {
          const enabled = enabledThreads(model, s);
          const tid = enabled[pick % Math.max(enabled.length, 1)];
          if (tid === undefined) break;
          s = applyStep(model, s, tid, { events: false }).state;
          path.push(tid);
          if (check(model, seen, s, path.join(''))) merged++;
        }
      }),
      { numRuns: 150, seed: 0x5ea7e },
    );
    // Not vacuous: many states were reached by two different schedules and compared, at
    // least as many as the scenario has states (the largest have thousands: 500 do).
    expect(merged).toBeGreaterThanOrEqual(Math.min(500, states));
  });

  it("the pack's kernelKey: equal kernel keys, equal kernels, over every reachable state", () => {
    // Every reachable state is one of the explorer's nodes or equal to one (the test below).
    const byKey = new Map<string, unknown>();
    for (const node of explore(model).nodes) {
      const key = model.kernelKey(node.state.kernel);
      const first = byKey.get(key);
      if (first === undefined) byKey.set(key, node.state.kernel);
      else same(node.state.kernel, first, `${scenario}/${variant}: kernel key ${key}`);
    }
    expect(byKey.size).toBeGreaterThan(1);
  });

  it('on every merge the explorer makes (each edge into a state it already had)', () => {
    const x = explore(model);
    const index = new Map(x.nodes.map((n, i) => [n.key, i]));
    let edges = 0;
    for (const node of x.nodes) {
      for (const [tid, j] of node.next) {
        const next = applyStep(model, node.state, tid, { events: false }).state;
        expect(index.get(stateKey(model, next))).toBe(j);
        const target = x.nodes[j]?.state;
        same(comparable(next), target && comparable(target), `${scenario}/${variant}: edge T${tid} into ${x.nodes[j]?.key}`);
        edges++;
      }
    }
    expect(edges).toBeGreaterThan(x.states - 1);
  });
});
