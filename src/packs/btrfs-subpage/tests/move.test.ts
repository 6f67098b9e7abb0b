// What a drop does (src/store/move.ts) on seed's timeline: T2's check brings its
// private_lock section along, a lock-free step and the sleeping page lock carry nothing,
// and a drop inside T1's private_lock section lands at the nearest place the locks
// allow. (The rules on a made-up model, and for every scenario: tests/unit/move.test.ts.)

import { describe, expect, it } from 'vitest';
import type { Model } from '../../../engine';
import { replay } from '../../../engine';
import { presetSchedule } from '../../index';
import { criticalSection, describeMove, planMove } from '../../../store/move';
import { chipsOf } from '../../../store/timeline';
import { model } from './helpers';

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
});
