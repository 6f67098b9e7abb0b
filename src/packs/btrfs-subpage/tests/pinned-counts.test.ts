// Scenario truths pinned as exact numbers (STYLE.md, tests layer 2). A change to a
// step, a lock or the state key that moves any of these must be a deliberate one.

import { describe, expect, it } from 'vitest';
import { contextSwitches, explore, formatSchedule, replay } from '../../../engine';
import { explorationJson } from '../../../cli/report';
import { model } from './helpers';

interface Pinned {
  scenario: string;
  variant: string;
  schedules: bigint;
  bad: bigint;
  states: number;
  shortest: string | null;
  fewestSwitches: string | null;
  switches: number | null;
  /** [verdict, schedules] per distinct outcome, most frequent first. */
  outcomes: Array<[string, bigint]>;
}

const PINNED: Pinned[] = [
  {
    scenario: 'seed',
    variant: 'racy',
    schedules: 264215n,
    bad: 27720n,
    states: 199,
    shortest: '111111122222222',
    fewestSwitches: '1111111222222222222111111',
    switches: 2,
    outcomes: [['safe', 177345n], ['safe', 59150n], ['bug', 27720n]],
  },
  {
    scenario: 'seed',
    variant: 'under_alloc',
    schedules: 894211n,
    bad: 0n,
    states: 207,
    shortest: null,
    fewestSwitches: null,
    switches: null,
    outcomes: [['safe', 811310n], ['safe', 82901n]],
  },
  {
    scenario: 'seed',
    variant: 'eb_refs',
    schedules: 903630n,
    bad: 0n,
    states: 185,
    shortest: null,
    fewestSwitches: null,
    switches: null,
    outcomes: [['safe', 852930n], ['safe', 50700n]],
  },
  {
    scenario: 'two-allocators',
    variant: 'racy',
    schedules: 110456996412n,
    bad: 2100654600n,
    states: 1837,
    shortest: '111111122222222',
    fewestSwitches: '11111112222222222221111113333333333333',
    switches: 3,
    outcomes: [
      ['safe', 106635825196n],
      ['safe', 860258308n],
      ['safe', 860258308n],
      ['bug', 684816000n],
      ['bug', 684816000n],
      ['bug', 365511300n],
      ['bug', 365511300n],
    ],
  },
  {
    scenario: 'two-allocators',
    variant: 'under_alloc',
    schedules: 646025264504n,
    bad: 0n,
    states: 1805,
    shortest: null,
    fewestSwitches: null,
    switches: null,
    outcomes: [['safe', 642737799232n], ['safe', 1643732636n], ['safe', 1643732636n]],
  },
  {
    scenario: 'two-allocators',
    variant: 'eb_refs',
    schedules: 304632991572n,
    bad: 0n,
    states: 1610,
    shortest: null,
    fewestSwitches: null,
    switches: null,
    outcomes: [['safe', 303041478012n], ['safe', 795756780n], ['safe', 795756780n]],
  },
  // endio-reader (RACE.md section 8): no step ever waits, so schedules = C(n1 + n2, n1).
  {
    scenario: 'endio-reader',
    variant: 'eb_refs',
    schedules: 75582n,
    bad: 74772n,
    states: 183,
    shortest: '111211',
    fewestSwitches: '2222222222211111111',
    switches: 1,
    outcomes: [['bug', 74412n], ['safe', 810n], ['bug', 360n]],
  },
  {
    scenario: 'endio-reader',
    variant: 'private_check',
    schedules: 167960n,
    bad: 1920n,
    states: 222,
    shortest: '11111122222222',
    fewestSwitches: '11111112222222222211',
    switches: 2,
    outcomes: [['safe', 166040n], ['bug', 1200n], ['bug', 720n]],
  },
  {
    scenario: 'endio-reader',
    variant: 'readers',
    schedules: 167960n,
    bad: 0n,
    states: 196,
    shortest: null,
    fewestSwitches: null,
    switches: null,
    outcomes: [['safe', 166448n], ['safe', 1512n]],
  },
];

describe.each(PINNED)('$scenario / $variant', (p) => {
  const m = model(p.scenario, p.variant);
  const x = explore(m);

  it('has the pinned counts', () => {
    expect(x.schedules).toBe(p.schedules);
    expect(x.badSchedules).toBe(p.bad);
    expect(x.states).toBe(p.states);
    expect(x.shortest && formatSchedule(x.shortest)).toBe(p.shortest);
    expect(x.fewestSwitches && formatSchedule(x.fewestSwitches)).toBe(p.fewestSwitches);
    expect(x.fewestSwitches && contextSwitches(x.fewestSwitches)).toBe(p.switches);
    expect(x.outcomes.map((o) => [o.verdict, o.schedules])).toEqual(p.outcomes);
    expect(x.nodes.some((n) => n.deadlock)).toBe(false);
  });

  it('adds up: outcomes sum to the schedules, bad outcomes to the bad ones', () => {
    const sum = (verdict?: string) =>
      x.outcomes.filter((o) => !verdict || o.verdict === verdict).reduce((a, o) => a + o.schedules, 0n);
    expect(sum()).toBe(x.schedules);
    expect(sum('bug')).toBe(x.badSchedules);
    expect(new Set(x.outcomes.map((o) => `${o.verdict}${o.summary}`)).size).toBe(x.outcomes.length);
  });

  it('has a shortest bad prefix exactly when it has bad schedules, breaking an invariant at its last step', () => {
    expect(x.shortest === null).toBe(x.badSchedules === 0n);
    if (x.shortest === null) return;
    const shortest = x.shortest;
    expect(replay(m, shortest)).toMatchObject({ ok: true, run: { outcome: { verdict: 'bug', step: shortest.length } } });
    expect(shortest.length).toBe(p.shortest?.length);
  });

  it('reports the same counts in the CLI JSON (exact beyond 2^53 as strings)', () => {
    const j = explorationJson(x);
    expect(j).toMatchObject({ scenario: p.scenario, variant: p.variant, states: p.states, shortest: p.shortest });
    expect(String(j.schedules)).toBe(p.schedules.toString());
    expect(String(j.bad)).toBe(p.bad.toString());
  });
});
