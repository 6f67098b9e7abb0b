// What a drop does (src/store/move.ts): the dragged step brings the spinlock critical
// section it sits in; an exact drop that cannot run lands at the nearest place that can,
// and says why in the numbers of the new order; nothing is refused while any place can
// take the block.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Model, Tid } from '../../src/engine';
import { replay } from '../../src/engine';
import { presetSchedule } from '../../src/packs';
import { criticalSection, describeMove, planMove } from '../../src/store/move';
import { chipsOf } from '../../src/store/timeline';
import { model, scheduleFrom } from './helpers';

const seed = model('seed', 'racy') as Model<unknown>;

describe('criticalSection', () => {
  it("finds T2's private_lock section around its check, and none around a lock-free step", () => {
    const t2 = seed.threads[1]?.steps.map((s) => s.op) ?? [];
    const check = t2.indexOf('page_range_has_eb');
    const [a, b] = criticalSection(seed, 2, check) ?? [-1, -1];
    expect(t2[a]).toBe('spin_lock_private');
    expect(t2[b]).toBe('spin_unlock_private');
    expect(criticalSection(seed, 2, t2.indexOf('radix_tree_delete'))?.map((i) => t2[i])).toEqual(['spin_lock_buffer', 'spin_unlock_buffer']);
    expect(criticalSection(seed, 2, t2.indexOf('put_page'))).toBeNull();
    // The page lock is a sleeping lock: it carries nothing.
    const t1 = seed.threads[0]?.steps.map((s) => s.op) ?? [];
    expect(criticalSection(seed, 1, t1.indexOf('find_or_create_page'))).toBeNull();
  });
});

describe('planMove', () => {
  it("dragging T2's page_range_has_eb before T1's spin_lock_private succeeds: its section comes along", () => {
    const commit = presetSchedule('seed', 'racy', 'commit-message');
    const chips = chipsOf(seed, commit);
    const from = chips.findIndex((c) => c.thread === 2 && c.op === 'page_range_has_eb');
    const to = chips.findIndex((c) => c.thread === 1 && c.op === 'spin_lock_private');
    const p = planMove(seed, commit, from, to);
    expect(p.refused).toBeNull();
    expect(p.exact).toBe(true);
    const after = chipsOf(seed, p.schedule);
    const check = after.findIndex((c) => c.thread === 2 && c.op === 'page_range_has_eb');
    const lock = after.findIndex((c) => c.thread === 1 && c.op === 'spin_lock_private');
    expect(check).toBeLessThan(lock);
    const r = replay(seed, p.schedule);
    expect(r.ok && r.run.outcome.verdict).toBe('safe');
    expect(describeMove(seed, p, to)).toMatch(/inside its private_lock critical section, so the section moved with it/);
  });

  it('lands the nearest legal place with the reason when the exact drop cannot run', () => {
    const s = presetSchedule('seed', 'racy', 't1-then-t2');
    const p = planMove(seed, s, 17, 5);
    expect(p.exact).toBe(false);
    expect(p.why).toBe('there T2 would spin on private_lock while T1 holds it');
    expect(describeMove(seed, p, 5)).toContain(`Not at step 6 where it was dropped: there T2 would spin on private_lock while T1 holds it. Step ${p.dragged + 1} is the nearest place the locks allow.`);
  });

  it('refuses only when no place can take the block', () => {
    // T2 waits for T1 to finish: no order puts T2's step before T1's.
    const m: Model<null> = {
      scenario: 'test',
      variant: 'test',
      locks: {},
      initial: null,
      invariants: [],
      kernelKey: () => '',
      summarize: () => '',
      threads: [
        { tid: 1, title: 'T1', steps: [{ op: 'a', fn: 'f', code: [], source: { ref: '' }, narration: '' }, { op: 'b', fn: 'f', code: [], source: { ref: '' }, narration: '' }] },
        {
          tid: 2,
          title: 'T2',
          steps: [
            {
              op: 'c',
              fn: 'g',
              code: [],
              source: { ref: '' },
              narration: '',
              waits: (st) => (st.threads[0]?.status === 'done' ? null : { on: 'T1', holder: 1, message: 'T2 waits for T1' }),
            },
          ],
        },
      ],
    };
    const p = planMove(m as Model<unknown>, [1, 1, 2], 2, 0);
    expect(p.refused).toMatch(/T2 cannot run there|would/);
    expect(p.schedule).toEqual([1, 1, 2]);
  });

  it('every plan runs, keeps each thread in order, and puts the dragged step as near the drop as it can (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(5), { minLength: 40, maxLength: 40 }), fc.nat(24), fc.nat(24), (picks, from, to) => {
        const s = scheduleFrom(seed, picks) as Tid[];
        const p = planMove(seed, s, from, to);
        if (p.refused || p.moved.length === 0) return;
        expect(replay(seed, p.schedule).ok).toBe(true);
        // Each thread's steps keep their order: the same op sequence per thread.
        const per = (sched: readonly Tid[]) => [1, 2].map((t) => chipsOf(seed, sched).filter((c) => c.thread === t).map((c) => c.op).join());
        expect(per(p.schedule)).toEqual(per(s));
        if (p.exact) expect(p.why).toBeNull();
      }),
      { numRuns: 300, seed: 20210116 },
    );
  });
});
