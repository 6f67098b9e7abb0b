// The known truths of RACE.md section 6, for both scenarios: the commit message's
// interleaving is a bug only in racy, the fixes have no bad schedule at all, and in
// racy a schedule is bad exactly when T2's check falls inside an allocator's window.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Tid } from '../../../engine';
import { explore, formatSchedule, parseSchedule } from '../../../engine';
import { presetSchedule } from '../../index';
import { model, positionOf, run, SCENARIO_IDS, scheduleFrom } from './helpers';

describe.each(SCENARIO_IDS)("the commit message's interleaving in %s", (scenario) => {
  it('is a bug in racy: I1 breaks at T2 btrfs_detach_subpage, then T1 oopses', () => {
    const m = model(scenario, 'racy');
    const r = run(m, presetSchedule(scenario, 'racy', 'commit-message'));
    expect(r.outcome).toMatchObject({ verdict: 'bug', invariant: 'I1' });
    const step = r.outcome.verdict === 'bug' ? r.outcome.step : 0;
    expect(r.frames[step - 1]).toMatchObject({ thread: 2, op: 'btrfs_detach_subpage', skipped: null });
    expect(r.frames[step - 1]?.state.kernel.ebs.A?.attached).toBe(true);
    // Once T1 has run on: A is in buffer_radix, its page has no private, S is freed.
    const k = r.frames.find((f) => f.thread === 1 && f.op === 'radix_tree_insert')?.state.kernel;
    expect(k?.buffer_radix[7700]).toBe('A');
    expect(k?.page).toMatchObject({ PG_private: false, private: null });
    expect(k?.subpages.S?.freed).toBe(true);
    const oops = r.frames.find((f) => f.events.some((e) => e.kind === 'oops'));
    expect(oops).toMatchObject({ thread: 1, op: 'btrfs_subpage_test_uptodate' });
    expect(r.final.threads[0]?.status).toBe('oops');
  });

  it.each(['under_alloc', 'eb_refs'] as const)('is safe in %s, and S stays attached', (v) => {
    const r = run(model(scenario, v), presetSchedule(scenario, v, 'commit-message'));
    expect(r.outcome.verdict).toBe('safe');
    const check = r.frames.find((f) => f.thread === 2 && f.op === 'page_range_has_eb');
    expect(check?.events).toContainEqual(expect.objectContaining({ kind: 'result', value: true }));
    expect(r.final.kernel.page).toMatchObject({ PG_private: true, private: 'S' });
  });

  it.each(['under_alloc', 'eb_refs'] as const)('no bad schedule exists in %s', (v) => {
    const x = explore(model(scenario, v));
    expect(x.badSchedules).toBe(0n);
    expect(x.shortest).toBeNull();
    expect(x.outcomes.every((o) => o.verdict === 'safe')).toBe(true);
  });

  it('T2 checking before T1 takes private_lock is safe in every variant (T1 attaches S)', () => {
    for (const v of ['racy', 'under_alloc', 'eb_refs'] as const) {
      const m = model(scenario, v);
      const r = run(m, presetSchedule(scenario, v, 't2-then-t1'));
      expect(r.outcome.verdict).toBe('safe');
      expect(r.final.kernel.page.private).toBe("S'");
    }
  });
});

/** Is T2's page_range_has_eb strictly inside allocator `tid`'s window? */
function inWindow(m: ReturnType<typeof model>, schedule: Tid[], tid: Tid): boolean {
  const check = positionOf(m, schedule, 2, 'page_range_has_eb');
  return positionOf(m, schedule, tid, 'spin_unlock_private') < check && check < positionOf(m, schedule, tid, 'radix_tree_insert');
}

const picks = fc.array(fc.nat({ max: 5 }), { minLength: 45, maxLength: 45 });

describe('racy: bad exactly when T2 checks inside the window (RACE.md section 6)', () => {
  const seedRacy = model('seed', 'racy');

  it('seed: T2 page_range_has_eb between T1 spin_unlock_private and radix_tree_insert', () => {
    fc.assert(
      fc.property(picks, (p) => {
        const schedule = scheduleFrom(seedRacy, p);
        const bad = run(seedRacy, schedule).outcome.verdict === 'bug';
        expect(bad, formatSchedule(schedule)).toBe(inWindow(seedRacy, schedule, 1));
      }),
      { numRuns: 600, seed: 20210116 },
    );
  });

  it('seed: the property holds where bad runs are common (T1 first opens its window)', () => {
    // Pick 0 (the lowest enabled thread, T1) for T1's first 7 steps, then mostly 1
    // (T2 whenever both can run), so T2 often reaches its check inside the window.
    const opening = new Array<number>(7).fill(0);
    const mostlyT2 = fc.array(fc.oneof({ weight: 5, arbitrary: fc.constant(1) }, { weight: 1, arbitrary: fc.nat({ max: 5 }) }), {
      minLength: 45,
      maxLength: 45,
    });
    let bad = 0;
    fc.assert(
      fc.property(mostlyT2, (p) => {
        const schedule = scheduleFrom(seedRacy, [...opening, ...p]);
        const isBad = run(seedRacy, schedule).outcome.verdict === 'bug';
        if (isBad) bad++;
        expect(isBad, formatSchedule(schedule)).toBe(inWindow(seedRacy, schedule, 1));
      }),
      { numRuns: 300, seed: 5120 },
    );
    expect(bad).toBeGreaterThan(50);
    expect(bad).toBeLessThan(300);
  });

  it('two-allocators: inside T1 or T3 window while the other has not inserted yet', () => {
    const m = model('two-allocators', 'racy');
    let bad = 0;
    fc.assert(
      fc.property(picks, (p) => {
        const schedule = scheduleFrom(m, p);
        const check = positionOf(m, schedule, 2, 'page_range_has_eb');
        const expected = ([1, 3] as const).some((t) => {
          const other = t === 1 ? 3 : 1;
          return inWindow(m, schedule, t) && positionOf(m, schedule, other, 'radix_tree_insert') > check;
        });
        const isBad = run(m, schedule).outcome.verdict === 'bug';
        if (isBad) bad++;
        expect(isBad, formatSchedule(schedule)).toBe(expected);
      }),
      { numRuns: 400, seed: 0x8ff8466 },
    );
    // Both sides of the property were exercised (67 of these 400 runs are bad).
    expect(bad).toBeGreaterThan(20);
    expect(bad).toBeLessThan(380);
  });

  it('regression schedules keep their verdicts', () => {
    const cases: Array<[string, string, 'bug' | 'safe']> = [
      // The window opens and T2 checks inside it: the shortest bad prefix.
      ['seed', '111111122222222', 'bug'],
      // T2 checks after T1 has inserted A: the lookup finds it, no detach.
      ['seed', '11111111112222222', 'safe'],
      // T3 fills the tree first, then T1's window: the lookup finds C.
      ['two-allocators', '3333333333333111111122222222', 'safe'],
    ];
    for (const [scenario, text, verdict] of cases) {
      const parsed = parseSchedule(text);
      if (!parsed.ok) throw new Error(parsed.error.message);
      expect(run(model(scenario, 'racy'), parsed.value).outcome.verdict, `${scenario} ${text}`).toBe(verdict);
    }
  });
});
