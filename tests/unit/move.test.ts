// What a drop does (src/store/move.ts): the dragged step brings the spinlock critical
// section it sits in; an exact drop that cannot run lands at the nearest place that can,
// and says why in the numbers of the new order; nothing is refused while any place can
// take the block. On the made-up model of tests/fixtures/toy-model.ts, and as a property
// over every scenario and variant the tests know.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Model, Tid } from '../../src/engine';
import { replay } from '../../src/engine';
import { criticalSection, describeMove, planMove } from '../../src/store/move';
import { chipsOf } from '../../src/store/timeline';
import { TEST_REGISTRY, TEST_SCENARIO_VARIANTS } from '../fixtures/scenario-variants';
import { toyModel } from '../fixtures/toy-model';
import { scheduleFrom } from './helpers';

const toy = toyModel('racy') as Model<unknown>;
const digits = (text: string): Tid[] => [...text].map(Number);
const ops = (tid: Tid) => toy.threads[tid - 1]?.steps.map((s) => s.op) ?? [];
/** T1 whole, then T2 whole, then T3. */
const serial = digits('1111111' + '22222' + '333');

describe('criticalSection', () => {
  it('finds the box_lock section around a claim, none around a lock-free step, none for a sleeping lock', () => {
    const t1 = ops(1);
    const [a, b] = criticalSection(toy, 1, t1.indexOf('claim')) ?? [-1, -1];
    expect([t1[a], t1[b]]).toEqual(['spin_lock', 'spin_unlock']);
    expect(criticalSection(toy, 1, t1.indexOf('use'))).toBeNull();
    // In racy the lookup runs before box_lock; the mutex around it sleeps, so it carries nothing.
    expect(criticalSection(toy, 1, t1.indexOf('lookup'))).toBeNull();
    expect(criticalSection(toyModel('locked') as Model<unknown>, 1, ops(1).indexOf('lookup'))).not.toBeNull();
  });
});

describe('planMove', () => {
  it("dragging T2's claim before T1's spin_lock succeeds: its section comes along, and the steps it passes", () => {
    const chips = chipsOf(toy, serial);
    const from = chips.findIndex((c) => c.thread === 2 && c.op === 'claim');
    const to = chips.findIndex((c) => c.thread === 1 && c.op === 'spin_lock');
    const p = planMove(toy, serial, from, to);
    expect(p.refused).toBeNull();
    expect(p.exact).toBe(true);
    const after = chipsOf(toy, p.schedule);
    const claim = after.findIndex((c) => c.thread === 2 && c.op === 'claim');
    expect(claim).toBeLessThan(after.findIndex((c) => c.thread === 1 && c.op === 'spin_lock'));
    expect(after[claim - 1]).toMatchObject({ thread: 2, op: 'spin_lock' });
    expect(after[claim + 1]).toMatchObject({ thread: 2, op: 'spin_unlock' });
    expect(replay(toy, p.schedule).ok).toBe(true);
    expect(describeMove(toy, p, to)).toMatch(/^T2 claim runs inside its box_lock critical section, so the section moved with it: T2's steps now run at \d+-\d+\.$/);
  });

  it('lands the nearest legal place with the reason when the exact drop cannot run', () => {
    // T2's claim dropped inside T1's box_lock section (after T1's spin_lock, step 3).
    const from = chipsOf(toy, serial).findIndex((c) => c.thread === 2 && c.op === 'claim');
    const p = planMove(toy, serial, from, 3);
    expect(p.refused).toBeNull();
    expect(p.exact).toBe(false);
    expect(p.why).toBe('there T2 would spin on box_lock while T1 holds it');
    expect(replay(toy, p.schedule).ok).toBe(true);
    expect(describeMove(toy, p, 3)).toContain(`Not at step 4 where it was dropped: there T2 would spin on box_lock while T1 holds it. Step ${p.dragged + 1} is the nearest place the locks allow.`);
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

  it.each(TEST_SCENARIO_VARIANTS)(
    '$scenario / $variant: every plan runs, keeps each thread in order, and an exact one needs no reason (property)',
    ({ scenario, variant }) => {
      const m = TEST_REGISTRY.modelOf(scenario, variant);
      const threads = m.threads.map((t) => t.tid);
      const per = (sched: readonly Tid[]) => threads.map((t) => chipsOf(m, sched).filter((c) => c.thread === t).map((c) => c.op).join());
      fc.assert(
        fc.property(fc.array(fc.nat(5), { minLength: 40, maxLength: 40 }), fc.nat(1_000), fc.nat(1_000), (picks, a, b) => {
          const s = scheduleFrom(m, picks);
          const p = planMove(m, s, a % s.length, b % s.length);
          if (p.refused || p.moved.length === 0) return;
          expect(replay(m, p.schedule).ok).toBe(true);
          // Each thread's steps keep their order: the same op sequence per thread.
          expect(per(p.schedule)).toEqual(per(s));
          if (p.exact) expect(p.why).toBeNull();
        }),
        { numRuns: 60, seed: 20210116 },
      );
    },
  );
});
