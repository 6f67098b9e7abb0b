// The engine's step primitives, on a model made up for them (tests/fixtures/toy-model.ts)
// so that they hold for any race: blocked is a value with a reason, applyStep returns
// data (and the same state with or without events), and stateKey merges exactly the
// states whose futures are the same. (A pack pins the same on its own steps, as
// src/packs/btrfs-subpage/tests/steps.test.ts does.)

import { describe, expect, it } from 'vitest';
import type { EngineState, Tid } from '../../src/engine';
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
} from '../../src/engine';
import { type ToyKernel, toyModel } from '../fixtures/toy-model';
import { expectSameWithEventsOff } from './helpers';

const toy = toyModel('racy');
const digits = (text: string): Tid[] => [...text].map(Number);

function stateAfter(schedule: Tid[], from: EngineState<ToyKernel> = initialState(toy)): EngineState<ToyKernel> {
  let s = from;
  for (const tid of schedule) s = applyStep(toy, s, tid).state;
  return s;
}

describe('blockedBy and enabledThreads', () => {
  it('say who holds the lock, since when, and whether the waiter spins or sleeps', () => {
    // T1 takes the mutex (step 1), looks (2) and takes box_lock (3); T2 looks (4).
    const s = stateAfter(digits('1112'));
    expect(blockedBy(toy, s, 2)).toEqual({ lock: 'box_lock', holder: 1, since: 3, message: 'T2 spins on box_lock, held by T1 since step 3' });
    expect(blockedBy(toy, s, 3)).toEqual({ lock: 'mutex', holder: 1, since: 1, message: 'T3 sleeps on the mutex, held by T1 since step 1' });
    expect(enabledThreads(toy, s)).toEqual([1]);
    expect(isEnabled(toy, s, 2)).toBe(false);
    expect(blockedBy(toy, s, 1)).toBeNull();
  });

  it('a finished thread is neither blocked nor enabled', () => {
    const s = stateAfter(digits('333'));
    expect(s.threads[2]?.status).toBe('done');
    expect(nextStep(toy, s, 3)).toBeUndefined();
    expect(blockedBy(toy, s, 3)).toBeNull();
    expect(enabledThreads(toy, s)).toEqual([1, 2]);
    expect(whyNot(toy, s, 3, 3)).toMatchObject({ code: 'finished', position: 3 });
    expect(whyNot(toy, s, 1, 3)).toBeNull();
  });
});

describe('applyStep', () => {
  it('returns the next state and the events, leaving the old state as it was', () => {
    const s0 = initialState(toy);
    const r = applyStep(toy, s0, 2);
    expect(r.state.step).toBe(1);
    expect(r.state.threads[1]).toEqual({ pc: 1, status: 'ready', locals: { free: true } });
    expect(r.events).toEqual([{ kind: 'result', name: 'box_is_free', value: true, detail: 'no owner' }]);
    expect(s0.step).toBe(0);
    expect(s0.threads[1]).toEqual({ pc: 0, status: 'ready', locals: {} });
    expect(() => applyStep(toy, stateAfter(digits('333')), 3)).toThrow('T3 has no next step');
  });

  it('records lock events around the step, and the first broken invariant', () => {
    // Both look while the box is free; T1 claims it, then T2 claims it too.
    const s = stateAfter(digits('11' + '2' + '1111' + '2'));
    const r = applyStep(toy, s, 2);
    expect(r.events).toEqual([
      { kind: 'lock', lock: 'count_lock', thread: 2, op: 'acquire' },
      { kind: 'set', obj: 'box', id: 'X', field: 'owner', from: 'A', to: 'B' },
      { kind: 'lock', lock: 'count_lock', thread: 2, op: 'release' },
      { kind: 'invariant', invariant: 'I1', message: 'box X was claimed twice' },
    ]);
    expect(r.violations).toEqual([{ invariant: 'I1', message: 'box X was claimed twice', step: 9, objects: ['X'] }]);
    expect(r.state.broken).toMatchObject({ invariant: 'I1', step: 9 });
    // Broken stays broken, and is not announced twice.
    const next = applyStep(toy, r.state, 2);
    expect(next.state.broken).toBe(r.state.broken);
    expect(next.events.some((e) => e.kind === 'invariant')).toBe(false);
    expect(next.violations.map((v) => v.invariant)).toEqual(['I1']);
  });

  it('a skipped branch keeps its slot with the reason; an Oops ends the thread', () => {
    // T2 claims first; T1 looks after it and skips its claim, then uses the box B owns.
    const s = stateAfter(digits('2222111'));
    const skipped = applyStep(toy, s, 1);
    expect(skipped.skipped).toBe('the box had an owner');
    expect(skipped.events).toContainEqual({ kind: 'skip', reason: 'the box had an owner' });
    const used = applyStep(toy, stateAfter(digits('11'), skipped.state), 1); // spin_unlock, mutex_unlock, then use
    expect(used.events).toEqual([{ kind: 'oops', thread: 1, log: ['BUG: A uses box X owned by B'] }]);
    expect(used.state.threads[0]?.status).toBe('oops');
    expect(whyNot(toy, used.state, 1, 12)?.message).toContain('T1 died in an Oops');
  });

  it('gives the same state with events off, and no events', () => {
    for (const schedule of ['111', '2', '1121111', '11211112', '22221111']) {
      const s = stateAfter(digits(schedule));
      expectSameWithEventsOff(toy, s);
    }
  });

  it('shares what a step does not change: the kernel of a lock step, the locks of a plain one', () => {
    const s = stateAfter(digits('11'));
    const lock = applyStep(toy, s, 1).state; // spin_lock
    expect(lock.kernel).toBe(s.kernel);
    expect(lock.locks).not.toBe(s.locks);
    const claim = applyStep(toy, lock, 1).state; // claim: holds count_lock, takes and drops none
    expect(claim.locks).toBe(lock.locks);
    expect(claim.kernel).not.toBe(lock.kernel);
  });
});

describe('stateKey', () => {
  it('is equal for the same state reached in different orders, different otherwise', () => {
    // T1 took the mutex at step 1 in one, at step 2 in the other: the same future.
    const a = stateAfter(digits('12'));
    const b = stateAfter(digits('21'));
    expect(a.locks.mutex).toEqual({ owner: 1, since: 1 });
    expect(b.locks.mutex).toEqual({ owner: 1, since: 2 });
    expect(stateKey(toy, a)).toBe(stateKey(toy, b));
    expect(stateKey(toy, stateAfter(digits('1')))).not.toBe(stateKey(toy, a));
    expect(stateKey(toy, a, toy.kernelKey(a.kernel))).toBe(stateKey(toy, a));
  });

  it('tells apart states where different threads hold the same lock', () => {
    expect(stateKey(toy, stateAfter(digits('1')))).not.toBe(stateKey(toy, stateAfter(digits('3'))));
  });
});

describe('explore bookkeeping', () => {
  it('pathTo rebuilds the schedule that first reached a node', () => {
    const x = explore(toy);
    expect(x.nodes.length).toBeGreaterThan(20);
    for (const i of [1, 7, 20, x.nodes.length - 1]) expect(stateKey(toy, stateAfter(pathTo(x.nodes, i)))).toBe(x.nodes[i]?.key);
    expect(contextSwitches([1, 1, 2, 2, 1])).toBe(2);
  });
});
