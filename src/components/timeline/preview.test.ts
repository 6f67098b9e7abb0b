import { describe, expect, it } from 'vitest';
import { getModel, presetSchedule } from '../../packs';
import { chipsOf } from '../../store';
import { planText, previewDrop, say } from './preview';

const model = (() => {
  const m = getModel('seed', 'racy');
  if (!m.ok) throw new Error(m.error);
  return m.value;
})();
const schedule = presetSchedule('seed', 'racy', 't1-then-t2');
const chips = chipsOf(model, schedule);
const chip = (i: number) => {
  const c = chips[i];
  if (!c) throw new Error('no chip');
  return c;
};

describe('drop preview', () => {
  it("moving T2's spin_unlock_private to step 8 carries its section and its earlier steps, and runs", () => {
    const p = previewDrop(model, schedule, 22, 7);
    expect(p.moved).toEqual([13, 14, 15, 16, 17, 18, 19, 20, 21, 22]);
    expect(p.refused).toBeNull();
    expect(p.landed).toEqual([7, 8, 9, 10, 11, 12, 13, 14, 15, 16]);
    expect(say.dropped(chip(22), 7, 25, p)).toBe(
      'Moved. T2 spin_unlock_private moves to step 17 of 25, its critical section, with 9 other T2 steps (steps 8-17).',
    );
  });

  it('says where a drop under a held lock would land instead, and why', () => {
    const p = previewDrop(model, schedule, 17, 5);
    expect(p.exact).toBe(false);
    expect(planText(chip(17), p, 25)).toMatch(/the nearest place the locks allow; there T2 would spin on private_lock while T1 holds it/);
    expect(say.over(chip(17), 5, 25, p)).toMatch(/^Over step 6 of 25: T2 spin_lock_private moves to step 9 of 25/);
  });

  it('names the step when it is picked up', () => {
    expect(say.pickedUp(chip(19), 25)).toMatch(/^Picked up T2 page_range_has_eb, step 20 of 25\./);
  });
});
