// The engine's step primitives on seed's and two-allocators' own steps: who spins on
// private_lock and who sleeps on the page lock, the events of T1's first lookup and of
// T2's detach, the locks a step shares, and the states stateKey merges there. (The same
// primitives on a model made up for it: tests/unit/step.test.ts.)

import { describe, expect, it } from 'vitest';
import type { EngineState, Tid } from '../../../engine';
import {
  applyStep,
  blockedBy,
  contextSwitches,
  enabledThreads,
  explore,
  initialState,
  isEnabled,
  nextStep,
  pathTo,
  stateKey,
  whyNot,
} from '../../../engine';
import type { BtrfsKernel } from '../model/state';
import { expectSameWithEventsOff, model } from './helpers';

const seed = model('seed', 'racy');
const two = model('two-allocators', 'under_alloc');

function stateAfter(m: typeof seed, schedule: Tid[]): EngineState<BtrfsKernel> {
  let s = initialState(m);
  for (const tid of schedule) s = applyStep(m, s, tid).state;
  return s;
}

describe('blockedBy and enabledThreads', () => {
  it('say who holds the lock, since when, and whether the waiter spins or sleeps', () => {
    const s = stateAfter(seed, [1, 1, 1, 1, 1, 2, 2, 2, 2]);
    expect(blockedBy(seed, s, 2)).toEqual({
      lock: 'private_lock',
      holder: 1,
      since: 5,
      message: 'T2 spins on private_lock, held by T1 since step 5',
    });
    expect(enabledThreads(seed, s)).toEqual([1]);
    expect(isEnabled(seed, s, 2)).toBe(false);
    const t = stateAfter(two, [1, 1, 1, 3, 3]);
    expect(blockedBy(two, t, 3)).toMatchObject({ lock: 'page_lock', holder: 1, since: 3, message: 'T3 sleeps on the page lock, held by T1 since step 3' });
    expect(enabledThreads(two, t)).toEqual([1, 2]);
  });

  it('a finished thread is neither blocked nor enabled', () => {
    const s = stateAfter(seed, new Array<Tid>(13).fill(1));
    expect(s.threads[0]?.status).toBe('done');
    expect(nextStep(seed, s, 1)).toBeUndefined();
    expect(blockedBy(seed, s, 1)).toBeNull();
    expect(enabledThreads(seed, s)).toEqual([2]);
    expect(whyNot(seed, s, 1, 13)).toMatchObject({ code: 'finished', position: 13 });
    expect(whyNot(seed, s, 2, 13)).toBeNull();
  });
});

describe('applyStep', () => {
  it('returns the next state and the events, leaving the old state as it was', () => {
    const s0 = initialState(seed);
    const r = applyStep(seed, s0, 1);
    expect(r.state.step).toBe(1);
    expect(r.state.threads[0]).toEqual({ pc: 1, status: 'ready', locals: {} });
    expect(r.events).toEqual([{ kind: 'pack', type: 'radix', op: 'lookup', key: 7700, found: [] }]);
    expect(s0.step).toBe(0);
    expect(() => applyStep(seed, stateAfter(seed, new Array<Tid>(13).fill(1)), 1)).toThrow('T1 has no next step');
  });

  it('records lock events around the step, and the first broken invariant', () => {
    const s = stateAfter(seed, [1, 1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 2, 2]);
    const r = applyStep(seed, s, 2);
    expect(r.events[0]).toEqual({ kind: 'set', obj: 'eb', id: 'B', field: 'attached', from: true, to: false });
    expect(r.events.at(-1)).toMatchObject({ kind: 'invariant', invariant: 'I1' });
    expect(r.violations.map((v) => v.invariant)).toEqual(['I1']);
    expect(r.state.broken).toMatchObject({ invariant: 'I1', step: 15 });
    const lock = applyStep(seed, initialState(seed), 2);
    expect(lock.events.filter((e) => e.kind === 'lock')).toEqual([
      { kind: 'lock', lock: 'refs_lock', thread: 2, op: 'acquire' },
      { kind: 'lock', lock: 'refs_lock', thread: 2, op: 'release' },
    ]);
  });

  it('gives the same state with events off, and no events', () => {
    for (const schedule of [[1, 1, 1, 1, 1, 1], [2, 2, 2, 2, 2, 2, 2], [1, 1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 2, 2]]) {
      const s = stateAfter(seed, schedule);
      expectSameWithEventsOff(seed, s);
    }
  });

  it('shares what a step does not change: the kernel of a lock step, the locks of a plain one', () => {
    const s = stateAfter(seed, [1, 1, 1, 1]);
    const lock = applyStep(seed, s, 1).state; // spin_lock_private
    expect(lock.kernel).toBe(s.kernel);
    expect(lock.locks).not.toBe(s.locks);
    const attach = applyStep(seed, lock, 1).state; // attach_extent_buffer_page
    expect(attach.locks).toBe(lock.locks);
    expect(attach.kernel).not.toBe(lock.kernel);
  });
});

describe('stateKey', () => {
  it('is equal for the same state reached in different orders, different otherwise', () => {
    // T1 took the page lock at step 3 in one, at step 4 in the other: same future.
    const a = stateAfter(seed, [1, 1, 1, 2]);
    const b = stateAfter(seed, [2, 1, 1, 1]);
    expect(a.locks.page_lock).toEqual({ owner: 1, since: 3 });
    expect(b.locks.page_lock).toEqual({ owner: 1, since: 4 });
    expect(stateKey(seed, a)).toBe(stateKey(seed, b));
    expect(stateKey(seed, stateAfter(seed, [1, 1]))).not.toBe(stateKey(seed, a));
    expect(stateKey(seed, a, seed.kernelKey(a.kernel))).toBe(stateKey(seed, a));
  });

  it('tells apart states where different threads hold the page lock', () => {
    const t1Lock = stateAfter(two, [1, 1, 1]);
    const t3Lock = stateAfter(two, [3, 3, 3]);
    expect(stateKey(two, t1Lock)).not.toBe(stateKey(two, t3Lock));
  });
});

describe('explore bookkeeping', () => {
  it('pathTo rebuilds the schedule that first reached a node', () => {
    const x = explore(seed);
    for (const i of [1, 17, 100, x.nodes.length - 1]) {
      expect(stateKey(seed, stateAfter(seed, pathTo(x.nodes, i)))).toBe(x.nodes[i]?.key);
    }
    expect(contextSwitches([1, 1, 2, 2, 1])).toBe(2);
  });
});
