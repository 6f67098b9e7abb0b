// The timeline's schedule edits on seed: moves in the commit message's run, its chips by
// name, and its interleaving carried between racy, under_alloc and eb_refs, where each
// fix's own steps land. (The rules for any model: tests/unit/timeline.test.ts.)

import { describe, expect, it } from 'vitest';
import type { Tid } from '../../../engine';
import { formatSchedule, replay } from '../../../engine';
import { presetSchedule } from '../../index';
import { carryOver, chipsOf, moveChip } from '../../../store/timeline';
import { model, run } from './helpers';

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
});
