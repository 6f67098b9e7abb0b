import { describe, expect, it } from 'vitest';
import { compareModelOf, getModel, presetSchedule } from '../../packs';
import { compareRuns, differingFields, stateAt } from './align';

const model = (sc: string, v: string) => {
  const m = getModel(sc, v);
  if (!m.ok) throw new Error(m.error);
  return m.value;
};
const { commonFields } = await compareModelOf('seed');

describe('compare mode: one schedule in two variants', () => {
  const racy = model('seed', 'racy');
  const ebRefs = model('seed', 'eb_refs');
  const schedule = presetSchedule('seed', 'racy', 'commit-message');

  it("first differs at racy T2's btrfs_detach_subpage, with the verdicts of RACE.md", () => {
    const c = compareRuns(racy, schedule, racy, ebRefs, commonFields);
    expect(c.left.run.outcome.verdict).toBe('bug');
    expect(c.right.run.outcome.verdict).toBe('safe');
    const step = c.firstDiff ?? 0;
    expect(c.left.run.frames[step - 1]).toMatchObject({ thread: 2, op: 'btrfs_detach_subpage' });
    // Before it, every common field agrees; at it, page->private does not.
    const a = commonFields(stateAt(c.left.run, c.left.cursorAt[step] ?? 0).kernel);
    const b = commonFields(stateAt(c.right.run, c.right.cursorAt[step] ?? 0).kernel);
    expect(differingFields(a, b)).toContain('page->private');
  });

  it('maps every main step to a step of the same (thread, op, occurrence), ends to ends', () => {
    const c = compareRuns(racy, schedule, racy, ebRefs, commonFields);
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
    expect(compareRuns(racy, schedule, ebRefs, ebRefs, commonFields).firstDiff).toBeNull();
  });
});
