// The family's challenges, against the engine: each goal is reached where the story says,
// a goal the explorer finds bad schedules for is reached by its first one (what challenge
// mode shows after a give-up), and the fixes' goals by none of their runs.

import { describe, expect, it } from 'vitest';
import { explore, nthBadSchedule, replayValidPart } from '../../../engine';
import { findScenario, modelOf, presetRun } from '../../index';

const goal = (scenario: string, variant: string) => {
  const def = findScenario(scenario)?.challenge(variant);
  if (!def) throw new Error(`${scenario} has no challenge`);
  return def;
};

describe('the btrfs challenges', () => {
  it("racy: the commit message's interleaving crashes T1 at its reader; T1 then T2 does not", () => {
    const run = presetRun('seed', 'racy', 'commit-message');
    const step = goal('seed', 'racy').reached(run);
    expect(step).toBe(run.frames.findIndex((f) => f.op === 'btrfs_subpage_test_uptodate') + 1);
    expect(goal('seed', 'racy').happened(run, step ?? 0)).toMatch(/^T1 crashed at step 23: page->private is 0/);
    expect(goal('seed', 'racy').reached(presetRun('seed', 'racy', 't1-then-t2'))).toBeNull();
  });

  it('endio-reader: a use of the freed subpage is the goal, not a NULL page->private', () => {
    const uaf = presetRun('endio-reader', 'eb_refs', 'load-then-free');
    expect(goal('endio-reader', 'eb_refs').reached(uaf)).toBe(uaf.frames.findIndex((f) => f.op === 'btrfs_subpage_set_uptodate') + 1);
    const nul = presetRun('endio-reader', 'eb_refs', 'commit-message');
    expect(nul.outcome.verdict).toBe('bug');
    expect(goal('endio-reader', 'eb_refs').reached(nul)).toBeNull();
  });

  for (const [scenario, variant] of [
    ['seed', 'racy'],
    ['seed', 'under_alloc'],
    ['two-allocators', 'racy'],
    ['same-bytenr', 'eb_refs'],
    ['endio-reader', 'eb_refs'],
    ['endio-reader', 'private_check'],
    ['endio-reader', 'readers'],
  ] as const) {
    it(`${scenario}/${variant}: the goal can be reached exactly when the explorer finds bad schedules, and the first of them reaches it`, () => {
      const model = modelOf(scenario, variant);
      const x = explore(model);
      const first = nthBadSchedule(x, 0n);
      if (x.badSchedules === 0n) {
        expect(first).toBeNull();
        for (const p of findScenario(scenario)?.presets ?? []) expect(goal(scenario, variant).reached(presetRun(scenario, variant, p.id))).toBeNull();
      } else {
        expect(first).not.toBeNull();
        expect(goal(scenario, variant).reached(replayValidPart(model, first ?? []).run)).not.toBeNull();
      }
    });
  }
});
