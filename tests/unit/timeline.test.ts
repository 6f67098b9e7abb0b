// Pure schedule edits behind the timeline (src/store/timeline.ts): moving a chip keeps
// every thread's order, chips name their steps, and an interleaving carries over between
// variants. On digit strings, on the made-up model of tests/fixtures/toy-model.ts, and as
// properties over every scenario the tests know. (A pack pins them on its own runs:
// src/packs/btrfs-subpage/tests/timeline.test.ts.)

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Tid } from '../../src/engine';
import { formatSchedule, replay } from '../../src/engine';
import { carryOver, chipsOf, moveChip } from '../../src/store/timeline';
import { TEST_REGISTRY } from '../fixtures/scenario-variants';
import { toyModel } from '../fixtures/toy-model';
import { run, scheduleFrom } from './helpers';

const digits = (text: string): Tid[] => [...text].map(Number);

describe('moveChip', () => {
  const s = digits('1112221');

  it('moving a step earlier brings the earlier steps of its thread it passes, in front of it', () => {
    // T2's third step (position 5) to position 1: T2's first two come along.
    const m = moveChip(s, 5, 1);
    expect(m.moved).toEqual([3, 4, 5]);
    expect(formatSchedule(m.schedule)).toBe('1222111');
    expect(m.landed).toEqual([1, 2, 3]);
    expect(m.dragged).toBe(3);
  });

  it('moving a step later pushes the later steps of its thread it passes, behind it', () => {
    // T1's first step (position 0) to position 4: T1's next two are pushed behind it.
    const m = moveChip(s, 0, 4);
    expect(m.moved).toEqual([0, 1, 2]);
    expect(formatSchedule(m.schedule)).toBe('2211121');
    const n = moveChip(digits('1121'), 0, 3);
    expect(n.moved).toEqual([0, 1, 3]);
    expect(n.schedule).toEqual(digits('2111'));
  });

  it('does nothing for out-of-range or empty moves', () => {
    for (const [from, to] of [
      [3, 3],
      [-1, 2],
      [0, 7],
      [7, 0],
    ] as const) {
      expect(moveChip(s, from, to)).toMatchObject({ schedule: s, moved: [] });
    }
  });

  it('keeps other threads in order and the moved block together, next to `to` (property)', () => {
    const arb = fc
      .array(fc.integer({ min: 1, max: 3 }), { minLength: 2, maxLength: 30 })
      .chain((sch) => fc.tuple(fc.constant(sch), fc.nat({ max: sch.length - 1 }), fc.nat({ max: sch.length - 1 })));
    fc.assert(
      fc.property(arb, ([schedule, from, to]) => {
        const m = moveChip(schedule, from, to);
        if (from === to) {
          expect(m).toMatchObject({ schedule, moved: [] });
          return;
        }
        const t = schedule[from] as Tid;
        const [lo, hi] = from < to ? [from, to] : [to, from];
        // Exactly the dragged chip and its thread's chips it passes.
        const expected = schedule.map((_, i) => i).filter((i) => i === from || (schedule[i] === t && i >= lo && i <= hi));
        expect(m.moved).toEqual(expected);
        // Everything else keeps its relative order; the block lands contiguously.
        const start = from > to ? to : to - m.moved.length + 1;
        const rest = schedule.filter((_, i) => !m.moved.includes(i));
        expect([...m.schedule.slice(0, start), ...m.schedule.slice(start + m.moved.length)]).toEqual(rest);
        expect(m.schedule.slice(start, start + m.moved.length)).toEqual(m.moved.map(() => t));
        expect(m.landed).toEqual(m.moved.map((_, k) => start + k));
        expect(m.schedule[m.dragged]).toBe(t);
      }),
      { numRuns: 500, seed: 481 },
    );
  });
});

describe('chipsOf', () => {
  it('names every position by thread, index in the thread and op', () => {
    const m = toyModel('racy');
    const chips = chipsOf(m, digits('1211'));
    expect(chips).toEqual([
      { position: 0, thread: 1, index: 0, op: 'mutex_lock' },
      { position: 1, thread: 2, index: 0, op: 'lookup' },
      { position: 2, thread: 1, index: 1, op: 'lookup' },
      { position: 3, thread: 1, index: 2, op: 'spin_lock' },
    ]);
    expect(chipsOf(m, [1, 4])[1]).toMatchObject({ thread: 4, op: '?' });
  });
});

describe('carryOver between variants', () => {
  const racy = toyModel('racy');
  const locked = toyModel('locked');
  const ops = (m: typeof racy, schedule: Tid[]) => chipsOf(m, schedule).map((c) => `${c.thread}:${c.op}`);

  it('keeps each step at its place by op, the target-only step right after its thread\'s previous one', () => {
    // T1 claims and drops box_lock, T2 runs a step, then T1 goes on.
    const from = run(racy, digits('11111' + '2' + '11')).schedule;
    const c = carryOver(racy, locked, from);
    expect(c.note).toBeNull();
    const o = ops(locked, c.schedule);
    expect(o.slice(0, 9)).toEqual(['1:mutex_lock', '1:spin_lock', '1:lookup', '1:claim', '1:mark_box', '1:spin_unlock', '2:spin_lock', '1:mutex_unlock', '1:use']);
    // ... and back: the same interleaving, without the mark.
    expect(carryOver(locked, racy, c.schedule)).toEqual({ schedule: from, note: null });
  });

  it('keeps the runnable prefix and says why when the order cannot run there', () => {
    // racy: T2 looks while T1 holds box_lock. In locked, T2 takes box_lock to look.
    const c = carryOver(racy, locked, run(racy, digits('111' + '2')).schedule);
    expect(c.note).toBe(
      'the interleaving could not run unchanged in locked (step 4: T2 cannot run spin_lock: T2 spins on box_lock, held by T1 since step 2); kept its first 3 steps',
    );
    expect(formatSchedule(c.schedule).slice(0, 3)).toBe('111');
    expect(run(locked, c.schedule).schedule).toEqual(c.schedule);
  });

  it.each(TEST_REGISTRY.scenarios.map((s) => [s.id, s.variants.map((v) => v.id)] as const))(
    '%s: every carried schedule runs in the target, and a carry to the same variant changes nothing (property)',
    (scenario, variants) => {
      const at = (v: string) => TEST_REGISTRY.modelOf(scenario, v);
      fc.assert(
        fc.property(fc.constantFrom(...variants), fc.constantFrom(...variants), fc.array(fc.nat({ max: 5 }), { maxLength: 40 }), (from, to, picks) => {
          const schedule = scheduleFrom(at(from), picks);
          const c = carryOver(at(from), at(to), schedule);
          const r = replay(at(to), c.schedule);
          expect(r.ok && r.run.schedule).toEqual(c.schedule);
          if (from === to) expect(c).toEqual({ schedule, note: null });
        }),
        { numRuns: 100, seed: 7700 },
      );
    },
  );
});
