import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EngineState, Model } from '../../../engine';
import { allFinished, applyStep, blockedBy, enabledThreads, explore, initialState, nextStep, replay, setDevFreeze } from '../../../engine';
import { getModel, presetRun } from '../../index';
import type { BtrfsKernel } from '../model/state';

const model = (v: string): Model<BtrfsKernel> => {
  const m = getModel('same-bytenr', v);
  if (!m.ok) throw new Error(m.error);
  return m.value as Model<BtrfsKernel>;
};

describe('same-bytenr (RACE.md 7.3): re-allocating the bytenr of a dying eb', () => {
  it('has pinned counts: bad schedules only without under_alloc or eb_refs', () => {
    const got = ['racy', 'under_alloc', 'eb_refs'].map((v) => {
      const x = explore(model(v));
      return [v, x.schedules, x.badSchedules, x.states];
    });
    expect(got).toEqual([
      ['racy', 115629n, 10080n, 171],
      ['under_alloc', 324391n, 0n, 174],
      ['eb_refs', 318516n, 0n, 156],
    ]);
  });

  it.each(['racy', 'under_alloc', 'eb_refs'])("%s: the 'eexist-loop' preset brings T1 to its insert while B holds slot 7696, and T1 waits there until T2's delete", (v) => {
    const m = model(v);
    const run = presetRun('same-bytenr', v, 'eexist-loop');
    const unlock = run.frames.findIndex((f) => f.thread === 1 && f.op === 'spin_unlock_private');
    const state = run.frames[unlock]?.state as EngineState<BtrfsKernel>;
    // Right after T1 attached A: buffer_lock is free, yet T1 cannot go on.
    expect(state.locks.buffer_lock).toBeNull();
    expect(blockedBy(m, state, 1)).toMatchObject({ lock: 'buffer_radix', holder: 2 });
    expect(state.kernel.buffer_radix[7696]).toBe('B');
    // T2 runs next, and T1's insert comes after T2's delete.
    expect(run.frames[unlock + 1]?.thread).toBe(2);
    const del = run.frames.findIndex((f) => f.op === 'radix_tree_delete');
    const ins = run.frames.findIndex((f) => f.op === 'radix_tree_insert');
    expect(del).toBeGreaterThan(unlock);
    expect(ins).toBeGreaterThan(del);
    expect(run.final.kernel).toMatchObject({ buffer_radix: { 7696: 'A' } });
  });

  it('keeps T1 looping on -EEXIST, not stepping, while dying eb B holds the slot', () => {
    const r = replay(model('racy'), [1, 1, 1, 1, 1, 1, 1, 1]);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('blocked');
    // RACE.md 7.3's sentence, stated while T1 waits.
    expect(r.error.message).toContain('radix_tree_insert would return -EEXIST: B (refs 0) still holds slot 7696; find_extent_buffer returns NULL; goto again');
    // Once T2 has deleted B, T1 goes on and A takes B's key.
    const ok = replay(model('racy'), [1, 1, 1, 1, 1, 1, 1, 2, 2, 2, 1]);
    if (!ok.ok) throw new Error(ok.error.message);
    expect(ok.run.final.kernel.buffer_radix).toEqual({ 7696: 'A' });
  });

  it.each(['racy', 'under_alloc', 'eb_refs'])('%s: says the loop while T1 waits at spin_lock_buffer, B dying with no TREE_REF', (v) => {
    const m = model(v);
    expect(initialState(m).kernel.ebs.B).toMatchObject({ refs: 0, flags: ['STALE'] });
    const upTo = m.threads[0]?.steps.findIndex((s) => s.op === 'spin_lock_buffer') ?? -1;
    // replay() would complete a prefix: step T1 by hand up to its spin_lock_buffer.
    let s = initialState(m);
    for (let i = 0; i < upTo; i++) s = applyStep(m, s, 1).state;
    const b = blockedBy(m, s, 1);
    expect(b?.message).toContain('radix_tree_insert would return -EEXIST: B (refs 0) still holds slot 7696; find_extent_buffer returns NULL; goto again');
    expect(b?.holder).toBe(2);
  });

  describe('against brute force (every schedule enumerated)', () => {
    beforeAll(() => setDevFreeze(false));
    afterAll(() => setDevFreeze(true));

    // Every schedule one by one (up to 324,391 per variant): 1-2 s on an idle machine, up
    // to 18 s with the two cores shared at load ~20, so a budget with room, as the oracle has.
    it.each([
      ['racy', 115629, 10080],
      ['under_alloc', 324391, 0],
      ['eb_refs', 318516, 0],
    ])('%s: the explorer\'s counts; racy is bad exactly when T2 checks between T1 dropping private_lock and inserting A', (v, schedules, badSchedules) => {
      const m = model(v as string);
      let total = 0;
      let bad = 0;
      let mismatch = 0;
      const walk = (s: EngineState<BtrfsKernel>, unlock: number, insert: number, check: number) => {
        if (allFinished(s)) {
          total++;
          const inWindow = check > unlock && unlock >= 0 && (insert < 0 || check < insert);
          if (s.broken) bad++;
          if (!!s.broken !== inWindow) mismatch++;
          return;
        }
        for (const tid of enabledThreads(m, s)) {
          const op = nextStep(m, s, tid)?.op;
          const at = s.step;
          const next = applyStep(m, s, tid, { events: false }).state;
          walk(
            next,
            tid === 1 && op === 'spin_unlock_private' ? at : unlock,
            tid === 1 && op === 'radix_tree_insert' ? at : insert,
            tid === 2 && op === 'page_range_has_eb' ? at : check,
          );
        }
      };
      walk(initialState(m), -1, -1, -1);
      expect({ total, bad }).toEqual({ total: schedules, bad: badSchedules });
      if (v === 'racy') expect(mismatch).toBe(0);
    }, 60_000);
  });
});
