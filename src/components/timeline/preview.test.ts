import { describe, expect, it } from 'vitest';
import { getModel } from '../../packs';
import { presetSchedule } from '../../packs';
import { chipsOf } from '../../store';
import { landing, previewDrop, say } from './preview';

const model = (() => {
  const m = getModel('seed', 'racy');
  if (!m.ok) throw new Error(m.error);
  return m.value;
})();
const schedule = presetSchedule('seed', 'racy', 't1-then-t2');
const chips = chipsOf(model, schedule);

describe('drop preview', () => {
  it("moving T2's spin_unlock_private to step 8 carries its nine earlier steps and runs", () => {
    const p = previewDrop(model, schedule, 22, 7);
    expect(p.moved).toEqual([13, 14, 15, 16, 17, 18, 19, 20, 21, 22]);
    expect(p.refused).toBeNull();
    expect(landing(22, 7, p.moved.length)).toEqual({ first: 7, last: 16, dragged: 16 });
    const c = chips[22];
    if (!c) throw new Error('no chip');
    expect(say.dropped(c, 7, 25, p)).toBe(
      'Moved T2 spin_unlock_private to step 17 of 25, with 9 earlier T2 steps. They now take steps 8 to 17.',
    );
  });

  it('says why a drop under a held lock would be refused', () => {
    const p = previewDrop(model, schedule, 17, 5);
    expect(p.refused).toMatch(/T2 cannot run spin_lock_private: T2 spins on private_lock, held by T1/);
    const c = chips[17];
    if (!c) throw new Error('no chip');
    expect(say.over(c, 5, 25, p)).toMatch(/^T2 spin_lock_private is over step 6 of 25; it would carry 4 earlier T2 steps\. Dropping here would be refused/);
    expect(say.dropped(c, 5, 25, p)).toMatch(/^T2 spin_lock_private was not moved\. Refused: /);
  });

  it('names the step when it is picked up', () => {
    const c = chips[19];
    if (!c) throw new Error('no chip');
    expect(say.pickedUp(c, 25)).toMatch(/^Picked up T2 page_range_has_eb, step 20 of 25\./);
  });
});
