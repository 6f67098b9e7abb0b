import { describe, expect, it } from 'vitest';
import { getModel } from '../../scenarios';
import { presetSchedule } from '../../store/store';
import { commonFields, compareRuns, differingFields, stateAt } from './align';
import { describeCost, detachCost } from './cost';

const model = (sc: string, v: string) => {
  const m = getModel(sc, v);
  if (!m.ok) throw new Error(m.error);
  return m.value;
};
const SPIN = new Set(['private_lock', 'buffer_lock', 'refs_lock']);

describe('compare mode: one schedule in two variants', () => {
  const racy = model('seed', 'racy');
  const ebRefs = model('seed', 'eb_refs');
  const schedule = presetSchedule('seed', 'racy', 'commit-message');

  it("first differs at racy T2's btrfs_detach_subpage, with the verdicts of RACE.md", () => {
    const c = compareRuns(racy, schedule, racy, ebRefs);
    expect(c.left.run.outcome.verdict).toBe('bug');
    expect(c.right.run.outcome.verdict).toBe('safe');
    const step = c.firstDiff ?? 0;
    expect(c.left.run.frames[step - 1]).toMatchObject({ thread: 2, op: 'btrfs_detach_subpage' });
    // Before it, every common field agrees; at it, page->private does not.
    const a = commonFields(stateAt(c.left.run, c.left.cursorAt[step] ?? 0));
    const b = commonFields(stateAt(c.right.run, c.right.cursorAt[step] ?? 0));
    expect(differingFields(a, b)).toContain('page->private');
  });

  it('maps every main step to a step of the same (thread, op, occurrence), ends to ends', () => {
    const c = compareRuns(racy, schedule, racy, ebRefs);
    expect(c.left.cursorAt).toEqual(schedule.map((_, i) => i).concat(schedule.length).map((_, i) => i));
    const r = c.right.cursorAt;
    expect(r[0]).toBe(0);
    expect(r[r.length - 1]).toBe(c.right.run.frames.length);
    for (let i = 1; i < r.length; i++) expect(r[i] as number).toBeGreaterThanOrEqual(r[i - 1] as number);
    for (let i = 1; i < schedule.length; i++) {
      const own = r[i] as number;
      if (own === r[i - 1]) continue; // a step eb_refs lacks (the nested buffer_lock)
      const f = c.right.run.frames[own - 1];
      const main = racy.threads[(schedule[i - 1] as number) - 1];
      expect(f?.thread).toBe(schedule[i - 1]);
      expect(main?.steps.some((s) => s.op === f?.op)).toBe(true);
    }
  });

  it('never differs when both sides are the same variant', () => {
    expect(compareRuns(racy, schedule, ebRefs, ebRefs).firstDiff).toBeNull();
  });
});

describe("the cost of T2's detach, from the events", () => {
  const run = (v: string, preset: 'commit-message' | 't2-then-t1') => {
    const c = compareRuns(model('seed', v), presetSchedule('seed', v as 'racy', preset), model('seed', v), model('seed', v));
    return c.left.run;
  };

  it('racy: one gang lookup of up to 4 from key 7696, buffer_lock nested in private_lock', () => {
    const c = detachCost(run('racy', 'commit-message'), SPIN);
    expect(c.lookups).toEqual([{ key: 7696, max: 4, found: [] }]);
    expect(c.nested).toEqual(['buffer_lock inside private_lock']);
    expect(c.ebRefsDec + c.ebRefsRead + c.underAllocRead).toBe(0);
  });

  it('under_alloc: the lookup is skipped while under_alloc is set, not otherwise', () => {
    const set = detachCost(run('under_alloc', 'commit-message'), SPIN);
    expect(set.lookups).toEqual([]);
    expect(set.underAllocRead).toBe(1);
    expect(set.nested).toEqual(['buffer_lock inside private_lock']);
    const clear = detachCost(run('under_alloc', 't2-then-t1'), SPIN);
    expect(clear.lookups).toHaveLength(1);
  });

  it('eb_refs: one atomic_dec and one atomic_read, no lookup, no nested lock', () => {
    const c = detachCost(run('eb_refs', 'commit-message'), SPIN);
    expect(c).toMatchObject({ lookups: [], nested: [], ebRefsDec: 1, ebRefsRead: 1, underAllocRead: 0 });
    expect(describeCost(c)).toEqual(['no radix-tree lookup', 'no nested lock', 'atomic_dec(&eb_refs) x1', 'atomic_read(&eb_refs) x1']);
  });
});
