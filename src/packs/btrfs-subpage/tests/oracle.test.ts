// The oracle: the explorer counts over a memoized state graph; here every complete
// schedule of `seed` is enumerated one by one (a depth-first walk over applyStep, no
// memo, no state keys) and every count the explorer reports must come out the same.
// About 8 million steps in all: a few seconds per variant on an idle machine, but up to
// 82 s in a full run while the two cores were shared at load ~20, hence 240 s each.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EngineState, Model, Tid } from '../../../engine';
import { allFinished, applyStep, contextSwitches, enabledThreads, explore, initialState, outcomeOf, replay, setDevFreeze } from '../../../engine';
import { model, VARIANT_IDS } from './helpers';

interface Census {
  schedules: number;
  bad: number;
  deadlocks: number;
  /** Schedules per outcome, keyed like the explorer's (verdict, invariant, summary). */
  outcomes: Map<string, number>;
  /** The first (lexicographically) prefix of least length whose state is broken. */
  shortest: Tid[] | null;
  /** The first (lexicographically) bad complete schedule with the fewest switches. */
  fewestSwitches: Tid[] | null;
}

function enumerate<K>(m: Model<K>): Census {
  const c: Census = { schedules: 0, bad: 0, deadlocks: 0, outcomes: new Map(), shortest: null, fewestSwitches: null };
  let fewest = Number.POSITIVE_INFINITY;
  const path: Tid[] = [];
  const walk = (s: EngineState<K>, switches: number): void => {
    if (s.broken && s.broken.step === s.step && (!c.shortest || path.length < c.shortest.length)) c.shortest = [...path];
    const enabled = enabledThreads(m, s);
    if (enabled.length === 0) {
      if (!allFinished(s)) {
        c.deadlocks++;
        return;
      }
      c.schedules++;
      const o = outcomeOf(s);
      const key = `${o.verdict}|${o.verdict === 'bug' ? o.invariant : null}|${m.summarize(s)}`;
      c.outcomes.set(key, (c.outcomes.get(key) ?? 0) + 1);
      if (o.verdict === 'bug') {
        c.bad++;
        if (switches < fewest) {
          fewest = switches;
          c.fewestSwitches = [...path];
        }
      }
      return;
    }
    for (const tid of enabled) {
      const last = path[path.length - 1];
      path.push(tid);
      walk(applyStep(m, s, tid, { events: false }).state, switches + (last !== undefined && last !== tid ? 1 : 0));
      path.pop();
    }
  };
  walk(initialState(m), 0);
  return c;
}

describe('the explorer against brute-force enumeration of seed', () => {
  // Freezing millions of states would only measure the freezing.
  beforeAll(() => setDevFreeze(false));
  afterAll(() => setDevFreeze(true));

  it.each(VARIANT_IDS)('%s: every count matches', (variant) => {
    const m = model('seed', variant);
    const x = explore(m);
    const c = enumerate(m);

    expect(c.deadlocks).toBe(0);
    expect(x.schedules).toBe(BigInt(c.schedules));
    expect(x.badSchedules).toBe(BigInt(c.bad));
    const counted = new Map(x.outcomes.map((o) => [`${o.verdict}|${o.invariant}|${o.summary}`, Number(o.schedules)]));
    expect(counted).toEqual(c.outcomes);
    expect(x.shortest).toEqual(c.shortest);
    expect(x.fewestSwitches).toEqual(c.fewestSwitches);
    if (x.fewestSwitches) {
      const r = replay(m, x.fewestSwitches);
      expect(r.ok && r.run.outcome.verdict).toBe('bug');
      expect(contextSwitches(x.fewestSwitches)).toBe(2);
    }
    // Sanity: the walk saw work to do in every variant.
    expect(c.schedules).toBeGreaterThan(200_000);
  }, 240_000);
});
