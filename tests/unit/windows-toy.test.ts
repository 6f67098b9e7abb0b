// The window analysis on a model small enough to count by hand: T1 opens a flag and
// closes it; T2's check breaks an invariant if the flag is open. Of the three schedules
// (211, 121, 112) only 121 is bad: T2's check while T1 has run `open`, not `close`.

import { describe, expect, it } from 'vitest';
import { explore, type Model, raceWindows, spanCounts, unionCounts } from '../../src/engine';

interface Flag {
  open: boolean;
}

const toy: Model<Flag> = {
  scenario: 'toy',
  variant: 'racy',
  locks: {},
  threads: [
    {
      tid: 1,
      title: 'opener',
      steps: [
        { op: 'open', fn: 'f', code: [], source: { ref: 'toy' }, narration: '', apply: (c) => {
            c.kernel = { open: true };
          },
        },
        { op: 'close', fn: 'f', code: [], source: { ref: 'toy' }, narration: '', apply: (c) => {
            c.kernel = { open: false };
          },
        },
      ],
    },
    {
      tid: 2,
      title: 'checker',
      steps: [{ op: 'check', fn: 'g', code: [], source: { ref: 'toy' }, narration: '', apply: (c) => (c.kernel.open ? c.violate('X', 'checked while open') : undefined) }],
    },
  ],
  initial: { open: false },
  invariants: [{ id: 'X', title: 'never checked while open', when: 'step' }],
  kernelKey: (k) => (k.open ? '1' : '0'),
  summarize: (s) => (s.broken ? 'bad' : 'good'),
};

describe('raceWindows on a toy model', () => {
  it('finds the one window, exact, with its schedules counted', () => {
    const x = explore(toy);
    expect([x.schedules, x.badSchedules]).toEqual([3n, 1n]);
    const w = raceWindows(toy, x);
    // T2's check, while T1 stands after `open` (pc 1) and before `close`. The same span
    // seen from T1: its `close` runs after T2's check... is not fatal (the break has
    // happened), so only the check's window is found.
    expect(w).toEqual([
      { span: { thread: 1, first: 1, last: 1 }, check: { thread: 2, index: 0 }, inside: { schedules: 1n, bad: 1n }, outside: { schedules: 2n, bad: 0n }, exact: true },
    ]);
    expect(spanCounts(toy, x, { thread: 1, first: 0, last: 1 }, { thread: 2, index: 0 })).toEqual({ inside: { schedules: 2n, bad: 1n }, outside: { schedules: 1n, bad: 0n } });
    expect(unionCounts(toy, x, w)).toEqual({ schedules: 1n, bad: 1n });
  });
});
