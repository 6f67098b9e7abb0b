// Pure schedule edits behind the timeline: moving a chip keeps every thread's order,
// chips name their steps, and an interleaving carries over between variants.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Tid } from '../../src/engine';
import { formatSchedule, replay } from '../../src/engine';
import { presetSchedule } from '../../src/packs';
import { carryOver, chipsOf, moveChip } from '../../src/store/timeline';
import { model, run, scheduleFrom } from './helpers';

const digits = (text: string): Tid[] => [...text].map(Number);

describe('moveChip', () => {
  // The commit message's run in racy: T1 x7, T2 x10, T1 x6, T2 x2.
  const commit = digits('1111111222222222211111122');

  it('moving a step earlier brings the earlier steps of its thread it passes, in front of it', () => {
    // T2's page_range_has_eb (position 13) to position 2: T2's steps 7..12 come along.
    const m = moveChip(commit, 13, 2);
    expect(m.moved).toEqual([7, 8, 9, 10, 11, 12, 13]);
    expect(formatSchedule(m.schedule)).toBe('11' + '2222222' + '11111' + '222' + '111111' + '22');
    // That order cannot run: T2 now holds private_lock when T1 wants it.
    const r = replay(model('seed', 'racy'), m.schedule);
    expect(r.ok || r.error.message).toBe('step 12: T1 cannot run spin_lock_private: T1 spins on private_lock, held by T2 since step 7');
  });

  it('moving a step later pushes the later steps of its thread it passes, behind it', () => {
    // T1's spin_unlock_private (position 6) to the end of T2's first run (position 16).
    const m = moveChip(commit, 6, 16);
    expect(m.moved).toEqual([6]);
    expect(formatSchedule(m.schedule)).toBe('111111' + '2222222222' + '1' + '111111' + '22');
    // T1's find_extent_buffer (position 0) to position 3: T1's steps 1..3 are pushed behind.
    const n = moveChip(digits('1121'), 0, 3);
    expect(n.moved).toEqual([0, 1, 3]);
    expect(n.schedule).toEqual(digits('2111'));
  });

  it('does nothing for out-of-range or empty moves', () => {
    for (const [from, to] of [
      [3, 3],
      [-1, 2],
      [0, 25],
      [25, 0],
    ] as const) {
      expect(moveChip(commit, from, to)).toMatchObject({ schedule: commit, moved: [] });
    }
  });

  it('keeps other threads in order and the moved block together, next to `to` (property)', () => {
    const arb = fc
      .array(fc.integer({ min: 1, max: 3 }), { minLength: 2, maxLength: 30 })
      .chain((s) => fc.tuple(fc.constant(s), fc.nat({ max: s.length - 1 }), fc.nat({ max: s.length - 1 })));
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
    const m = model('seed', 'racy');
    const chips = chipsOf(m, presetSchedule('seed', 'racy', 'commit-message'));
    expect(chips).toHaveLength(25);
    expect(chips[6]).toEqual({ position: 6, thread: 1, index: 6, op: 'spin_unlock_private' });
    expect(chips[7]).toEqual({ position: 7, thread: 2, index: 0, op: 'atomic_dec_and_test' });
    expect(chips[13]).toEqual({ position: 13, thread: 2, index: 6, op: 'page_range_has_eb' });
    expect(chips[17]).toEqual({ position: 17, thread: 1, index: 7, op: 'spin_lock_buffer' });
    expect(chips.filter((c) => c.thread === 2 && c.op === 'spin_lock_buffer').map((c) => c.index)).toEqual([1, 5]);
    expect(chipsOf(m, [1, 3])[1]).toMatchObject({ thread: 3, op: '?' });
  });
});

describe('carryOver between variants', () => {
  const at = (variant: string) => model('seed', variant);
  const ops = (variant: string, schedule: Tid[]) => chipsOf(at(variant), schedule).map((c) => `${c.thread}:${c.op}`);

  it("racy -> eb_refs: the commit message's run, with eb_refs steps in their natural place", () => {
    const racy = presetSchedule('seed', 'racy', 'commit-message');
    const c = carryOver(at('racy'), at('eb_refs'), racy);
    expect(c.note).toBeNull();
    const o = ops('eb_refs', c.schedule);
    expect(o[o.indexOf('1:attach_extent_buffer_page') + 1]).toBe('1:btrfs_page_inc_eb_refs');
    expect(o[o.indexOf('2:spin_lock_private') + 1]).toBe('2:btrfs_page_dec_eb_refs');
    expect(c.schedule).toEqual(presetSchedule('seed', 'eb_refs', 'commit-message'));
    expect(formatSchedule(c.schedule)).toBe('11111111' + '222222222' + '111111' + '22');
  });

  it('racy -> under_alloc and eb_refs -> racy give the same interleaving there', () => {
    const racy = presetSchedule('seed', 'racy', 'commit-message');
    const u = carryOver(at('racy'), at('under_alloc'), racy);
    expect(u.schedule).toEqual(presetSchedule('seed', 'under_alloc', 'commit-message'));
    const o = ops('under_alloc', u.schedule);
    expect(o[o.indexOf('1:attach_extent_buffer_page') + 1]).toBe('1:btrfs_page_start_meta_alloc');
    expect(o[o.indexOf('1:check_buffer_tree_ref') + 1]).toBe('1:btrfs_page_end_meta_alloc');
    const back = carryOver(at('eb_refs'), at('racy'), presetSchedule('seed', 'eb_refs', 'commit-message'));
    expect(back).toEqual({ schedule: racy, note: null });
    const r = ops('racy', back.schedule);
    expect(r.slice(r.indexOf('2:spin_lock_private'), r.indexOf('2:spin_lock_private') + 2)).toEqual(['2:spin_lock_private', '2:spin_lock_buffer']);
  });

  it('puts a variant-only step right after its thread\'s previous step, even when another thread ran in between', () => {
    // racy: T1 attaches (step 6), T2 drops B's ref, then T1 drops private_lock.
    const racy = run(at('racy'), digits('111111' + '2' + '1')).schedule;
    const u = ops('under_alloc', carryOver(at('racy'), at('under_alloc'), racy).schedule);
    expect(u.slice(5, 9)).toEqual(['1:attach_extent_buffer_page', '1:btrfs_page_start_meta_alloc', '2:atomic_dec_and_test', '1:spin_unlock_private']);
  });

  it('keeps the runnable prefix and says why when the order cannot run there', () => {
    // eb_refs: T2 checks eb_refs while T1 is in its window, then T1 inserts A. In racy,
    // T2 holds the nested buffer_lock around its check, so T1 cannot insert there.
    const ebRefs = run(at('eb_refs'), digits('11111111' + '2222222' + '111')).schedule;
    const c = carryOver(at('eb_refs'), at('racy'), ebRefs);
    expect(c.note).toBe(
      'the interleaving could not run unchanged in racy (step 15: T1 cannot run spin_lock_buffer: T1 spins on buffer_lock, held by T2 since step 13); kept its first 14 steps',
    );
    expect(formatSchedule(c.schedule).slice(0, 14)).toBe('1111111' + '2222222');
    expect(run(at('racy'), c.schedule).schedule).toEqual(c.schedule);
  });

  it('every carried schedule runs in the target (property over random runs)', () => {
    const variants = ['racy', 'under_alloc', 'eb_refs'];
    fc.assert(
      fc.property(fc.constantFrom(...variants), fc.constantFrom(...variants), fc.array(fc.nat({ max: 5 }), { maxLength: 40 }), (from, to, picks) => {
        const schedule = scheduleFrom(at(from), picks);
        const c = carryOver(at(from), at(to), schedule);
        const r = replay(at(to), c.schedule);
        expect(r.ok && r.run.schedule).toEqual(c.schedule);
        if (from === to) expect(c).toEqual({ schedule, note: null });
      }),
      { numRuns: 200, seed: 7700 },
    );
  });
});
