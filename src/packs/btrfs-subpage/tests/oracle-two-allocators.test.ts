// two-allocators cross-checked, not only pinned (pinned-counts.test.ts). Its ~10^11
// schedules cannot be enumerated one by one as seed's are (oracle.test.ts): at seed's
// pace that would take weeks. Two checks that together stand in for it:
//
// 1. The whole space, counted by an independent exact method. A depth-first walk over
//    applyStep, as the enumeration does, that remembers the counts below each *entire*
//    state (its JSON, every field: nothing left out, not even the step count or when a
//    lock was taken). applyStep is a pure function of the state, so equal states have
//    equal subtrees and remembering changes only the time: the result is what enumerating
//    every schedule would count. It shares nothing with the explorer but applyStep: not
//    stateKey, not the pack's kernelKey (a field missing from either would show here as a
//    different count), not its breadth-first graph or its backward sums.
// 2. Sub-spaces enumerated literally. All the completions of a prefix are a sub-space the
//    explorer counts exactly (its per-state totals, which "browse bad schedules" walks
//    down). Prefixes along a few schedules (one through T1's race window, a preset,
//    a reproducible spread, the fewest-switches bug), cut where the sub-space first holds
//    few enough schedules, are enumerated one schedule at a time and must match.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EngineState, Exploration, Model, Tid } from '../../../engine';
import { allFinished, applyStep, enabledThreads, explore, initialState, outcomeOf, setDevFreeze } from '../../../engine';
import { presetSchedule } from '../../index';
import { model, run, scheduleFrom, VARIANT_IDS } from './helpers';

const NO_EVENTS = { events: false } as const;

interface Counts {
  schedules: bigint;
  bad: bigint;
  deadlocks: bigint;
  /** Schedules per outcome, keyed like the explorer's (verdict, invariant, summary). */
  outcomes: Map<string, bigint>;
}

function outcomeKey<K>(m: Model<K>, s: EngineState<K>): string {
  const o = outcomeOf(s);
  return `${o.verdict}|${o.verdict === 'bug' ? o.invariant : null}|${m.summarize(s)}`;
}

/** Check 1: every complete schedule from `s`, counted with a memo on the entire state. */
function countByWholeState<K>(m: Model<K>, root: EngineState<K>): Counts & { memo: number } {
  const memo = new Map<string, Counts>();
  const walk = (s: EngineState<K>): Counts => {
    const key = JSON.stringify(s);
    const known = memo.get(key);
    if (known) return known;
    const enabled = enabledThreads(m, s);
    let c: Counts;
    if (enabled.length === 0) {
      const done = allFinished(s);
      c = { schedules: done ? 1n : 0n, bad: done && s.broken ? 1n : 0n, deadlocks: done ? 0n : 1n, outcomes: new Map() };
      if (done) c.outcomes.set(outcomeKey(m, s), 1n);
    } else {
      c = { schedules: 0n, bad: 0n, deadlocks: 0n, outcomes: new Map() };
      for (const tid of enabled) {
        const below = walk(applyStep(m, s, tid, NO_EVENTS).state);
        c.schedules += below.schedules;
        c.bad += below.bad;
        c.deadlocks += below.deadlocks;
        for (const [k, n] of below.outcomes) c.outcomes.set(k, (c.outcomes.get(k) ?? 0n) + n);
      }
    }
    memo.set(key, c);
    return c;
  };
  return { ...walk(root), memo: memo.size };
}

/** Check 2: every complete schedule from `s`, one by one (no memo at all). */
function enumerate<K>(m: Model<K>, s: EngineState<K>): { schedules: number; bad: number; deadlocks: number } {
  const enabled = enabledThreads(m, s);
  if (enabled.length === 0) {
    const done = allFinished(s);
    return { schedules: done ? 1 : 0, bad: done && s.broken ? 1 : 0, deadlocks: done ? 0 : 1 };
  }
  const sum = { schedules: 0, bad: 0, deadlocks: 0 };
  for (const tid of enabled) {
    const below = enumerate(m, applyStep(m, s, tid, NO_EVENTS).state);
    sum.schedules += below.schedules;
    sum.bad += below.bad;
    sum.deadlocks += below.deadlocks;
  }
  return sum;
}

/** The shortest prefix of `schedule` with at most `limit` completions, with the explorer's node for it. */
function subSpace<K>(x: Exploration<K>, schedule: readonly Tid[], limit: bigint): { prefix: Tid[]; node: number } {
  let node = 0;
  const prefix: Tid[] = [];
  for (const tid of schedule) {
    if ((x.total[node] as bigint) <= limit) break;
    const edge = x.nodes[node]?.next.find(([t]) => t === tid);
    if (!edge) throw new Error(`the explorer has no step T${tid} after ${prefix.join('')}`);
    prefix.push(tid);
    node = edge[1];
  }
  return { prefix, node };
}

/**
 * T1 has attached A and dropped private_lock (its window is open), T3 has started, and
 * T2 runs as far as it can: the sub-space where racy's bad and safe schedules meet.
 */
function windowSchedule<K>(m: Model<K>): Tid[] {
  const t1 = (m.threads[0]?.steps.findIndex((step) => step.op === 'spin_unlock_private') ?? -1) + 1;
  const prefix: Tid[] = [...new Array<Tid>(t1).fill(1), 3, 3];
  let s = initialState(m);
  for (const tid of prefix) s = applyStep(m, s, tid, NO_EVENTS).state;
  while (enabledThreads(m, s).includes(2)) {
    prefix.push(2);
    s = applyStep(m, s, 2, NO_EVENTS).state;
  }
  return run(m, prefix).schedule;
}

/** A reproducible spread of complete schedules: picks from a fixed linear congruential sequence. */
function spreadSchedules<K>(m: Model<K>, count: number): Tid[][] {
  let r = 20210116;
  const next = () => {
    r = (Math.imul(r, 1103515245) + 12345) >>> 0;
    return r >>> 16;
  };
  return Array.from({ length: count }, () => scheduleFrom(m, Array.from({ length: 60 }, next)));
}

describe('two-allocators against an independent count and literal enumeration', () => {
  // Freezing hundreds of thousands of states would only measure the freezing.
  beforeAll(() => setDevFreeze(false));
  afterAll(() => setDevFreeze(true));

  // ~50,000 whole states, and ~250,000 enumerated schedules, per variant: 1-2 s each on
  // an idle machine, up to 22 s with the two cores shared at load ~20, hence 60 s.
  it.each(VARIANT_IDS)(
    '%s: the whole space counted by whole state matches every explorer count',
    (variant) => {
      const m = model('two-allocators', variant);
      const x = explore(m);
      const c = countByWholeState(m, initialState(m));
      expect(c.deadlocks).toBe(0n);
      expect(c.schedules).toBe(x.schedules);
      expect(c.bad).toBe(x.badSchedules);
      expect(c.outcomes).toEqual(new Map(x.outcomes.map((o) => [`${o.verdict}|${o.invariant}|${o.summary}`, o.schedules])));
      // Not the explorer's graph in disguise: it told apart many more states than the key does.
      expect(c.memo).toBeGreaterThan(10 * x.states);
    },
    60_000,
  );

  it.each(VARIANT_IDS)(
    '%s: sub-spaces enumerated one schedule at a time match the explorer',
    (variant) => {
      const m = model('two-allocators', variant);
      const x = explore(m);
      // At most 40,000 schedules per sub-space (a few hundred ms each), 150,000 in the window.
      const along: Array<[Tid[], bigint]> = [
        [windowSchedule(m), 150_000n],
        [presetSchedule('two-allocators', variant, 'commit-message'), 40_000n],
        ...spreadSchedules(m, 3).map((schedule): [Tid[], bigint] => [schedule, 40_000n]),
      ];
      if (x.fewestSwitches) along.push([x.fewestSwitches, 40_000n]);
      let enumerated = 0;
      let bad = 0;
      for (const [schedule, limit] of along) {
        const { prefix, node } = subSpace(x, schedule, limit);
        let s = initialState(m);
        for (const tid of prefix) s = applyStep(m, s, tid, NO_EVENTS).state;
        const e = enumerate(m, s);
        const where = `completions of ${prefix.join('')}`;
        expect(e.deadlocks, where).toBe(0);
        expect(BigInt(e.schedules), where).toBe(x.total[node]);
        expect(BigInt(e.bad), where).toBe(x.bad[node]);
        enumerated += e.schedules;
        bad += e.bad;
      }
      // Real sub-spaces, and in racy bad ones among them.
      expect(enumerated).toBeGreaterThan(along.length * 1000);
      if (variant === 'racy') expect(bad).toBeGreaterThan(0);
    },
    60_000,
  );
});
