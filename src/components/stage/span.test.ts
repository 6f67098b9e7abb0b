import { describe, expect, it } from 'vitest';
import { modelOf, presetSchedule } from '../../packs';
import { chipsOf } from '../../store';
import { summarize, visibleSpan } from './span';

describe("the stage's rows around the current step", () => {
  it('keeps the step just run in view, inside the schedule', () => {
    expect(visibleSpan(25, 0, 5)).toEqual([0, 5]);
    expect(visibleSpan(25, 15, 5)).toEqual([12, 17]);
    expect(visibleSpan(25, 25, 5)).toEqual([20, 25]);
    expect(visibleSpan(25, 15, 3)).toEqual([13, 16]);
    expect(visibleSpan(3, 2, 5)).toEqual([0, 3]);
  });

  it('summarizes what came before by ops, and what is to come by counts only', () => {
    const model = modelOf('seed', 'racy');
    const chips = chipsOf(model, presetSchedule('seed', 'racy'));
    expect(summarize(chips.slice(0, 12), model, 'before')?.text).toBe('▲ steps 1–12: T1 ×7, T2 ×5 (find_extent_buffer … spin_lock_private)');
    const after = summarize(chips.slice(17), model, 'after')?.text ?? '';
    expect(after).toBe('▼ steps 18–25 to come: T1 ×6, T2 ×2');
    // Nothing ahead is named: no op of the steps to come appears.
    for (const c of chips.slice(17)) expect(after).not.toContain(c.op);
    expect(summarize([], model, 'after')).toBeNull();
  });
});
