// replay() on the btrfs scenarios: its errors in their words (T2 spinning on
// private_lock, T3 sleeping on the page lock, T1 dead in an Oops at its last step),
// completion around private_lock, frozen kernels, and nthBadSchedule() down to the last
// of two-allocators' two billion bad schedules. (The same on a made-up model, for any
// race: tests/unit/replay.test.ts.)

import { describe, expect, it } from 'vitest';
import type { Tid } from '../../../engine';
import { explore, formatSchedule, nthBadSchedule, replay, replayValidPart } from '../../../engine';
import { presetSchedule } from '../../index';
import { model, run } from './helpers';

const digits = (text: string): Tid[] => [...text].map(Number);
const ones = (n: number, tid: Tid): Tid[] => new Array<Tid>(n).fill(tid);

describe('invalid schedules are a typed error naming position and reason', () => {
  const seed = model('seed', 'racy');

  it('a thread that does not exist', () => {
    const r = replay(seed, [1, 3]);
    expect(r).toMatchObject({
      ok: false,
      prefix: [1],
      error: { position: 1, code: 'unknown-thread', thread: null, message: 'step 2: there is no thread T3 in seed (threads T1-T2)' },
    });
    expect(replay(seed, [0])).toMatchObject({ ok: false, error: { position: 0, code: 'unknown-thread' } });
    expect(replay(seed, [1.5])).toMatchObject({ ok: false, error: { position: 0, code: 'unknown-thread' } });
  });

  it('a thread chosen while it spins on a spinlock', () => {
    // T1 takes private_lock at step 5; T2 runs up to its own spin_lock_private.
    const r = replay(seed, digits('1111122222'));
    expect(r).toEqual({
      ok: false,
      prefix: digits('111112222'),
      error: {
        position: 9,
        code: 'blocked',
        thread: 2,
        message: 'step 10: T2 cannot run spin_lock_private: T2 spins on private_lock, held by T1 since step 5',
      },
    });
  });

  it('a thread chosen while it sleeps on the page lock', () => {
    const r = replay(model('two-allocators', 'eb_refs'), digits('111333'));
    expect(r).toMatchObject({
      ok: false,
      error: {
        position: 5,
        code: 'blocked',
        thread: 3,
        message: 'step 6: T3 cannot run find_or_create_page: T3 sleeps on the page lock, held by T1 since step 3',
      },
    });
  });

  it('a thread that has finished, or died in an Oops', () => {
    expect(replay(seed, [...ones(13, 1), 1])).toMatchObject({
      ok: false,
      error: { position: 13, code: 'finished', thread: 1, message: 'step 14: T1 has finished; it has no step left' },
    });
    // In the commit message's run, T1 oopses at its last step.
    const full = presetSchedule('seed', 'racy', 'commit-message');
    const oopsAt = full.lastIndexOf(1);
    const r = replay(seed, [...full.slice(0, oopsAt + 1), 1]);
    expect(r).toMatchObject({ ok: false, error: { position: oopsAt + 1, code: 'finished', message: expect.stringContaining('T1 died in an Oops') } });
  });
});

describe('replay of valid schedules', () => {
  const seed = model('seed', 'eb_refs');

  it('completes a short schedule with the lowest-numbered enabled thread', () => {
    const steps = seed.threads.map((t) => t.steps.length);
    expect(run(seed, []).schedule).toEqual([...ones(steps[0] ?? 0, 1), ...ones(steps[1] ?? 0, 2)]);
    const r = run(seed, [2]);
    expect(r.schedule).toEqual([2, ...ones(steps[0] ?? 0, 1), ...ones((steps[1] ?? 0) - 1, 2)]);
    expect(r.frames.map((f) => f.completed)).toEqual(r.frames.map((_, i) => i > 0));
    // With T1 holding private_lock, the completion runs T1 before T2 can take it.
    const blocked = run(seed, digits('1111122222'.slice(0, 9)));
    expect(blocked.schedule.slice(9, 11)).toEqual([1, 1]);
  });

  it('numbers frames from 1 and names each step', () => {
    const r = run(seed, digits('12'));
    expect(r.frames[0]).toMatchObject({ step: 1, thread: 1, index: 0, op: 'find_extent_buffer', completed: false });
    expect(r.frames[1]).toMatchObject({ step: 2, thread: 2, index: 0, op: 'atomic_dec_and_test' });
    expect(r.frames.at(-1)?.state).toBe(r.final);
    expect(r.final.step).toBe(r.schedule.length);
  });

  it('is deterministic: the same input gives deep-equal runs', () => {
    for (const sc of ['seed', 'two-allocators']) {
      for (const v of ['racy', 'under_alloc', 'eb_refs'] as const) {
        const m = model(sc, v);
        const schedule = presetSchedule(sc, v, 'commit-message');
        expect(replay(m, schedule)).toEqual(replay(m, schedule));
      }
    }
  });

  it('hands out frozen states: a mutation throws where it happens', () => {
    const r = run(model('seed', 'racy'), []);
    const frame = r.frames[5];
    if (!frame) throw new Error('no frame 6');
    const state = frame.state as unknown as {
      kernel: { page: { refcount: number }; buffer_radix: Record<number, string> };
      threads: Array<{ pc: number }>;
      locks: Record<string, unknown>;
    };
    expect(() => {
      state.kernel.page.refcount = 99;
    }).toThrow(TypeError);
    expect(() => {
      state.kernel.buffer_radix[7700] = 'A';
    }).toThrow(TypeError);
    expect(() => {
      (state.threads[0] as { pc: number }).pc = 0;
    }).toThrow(TypeError);
    expect(() => {
      state.locks.private_lock = null;
    }).toThrow(TypeError);
    expect(Object.isFrozen(r.initial.kernel.ebs.B)).toBe(true);
  });
});

describe('nthBadSchedule', () => {
  const m = model('seed', 'racy');
  const x = explore(m);

  it('returns distinct bad schedules in lexicographic order that replay as bugs', () => {
    const ks = [0n, 1n, 2n, 1000n, 12345n, x.badSchedules - 2n, x.badSchedules - 1n];
    const found = ks.map((k) => nthBadSchedule(x, k));
    const texts = found.map((s) => formatSchedule(s ?? []));
    expect(new Set(texts).size).toBe(ks.length);
    expect([...texts].sort()).toEqual(texts);
    for (const s of found) {
      const r = replay(m, s ?? []);
      expect(r.ok && r.run.outcome.verdict, formatSchedule(s ?? [])).toBe('bug');
      expect(r.ok && r.run.frames.every((f) => !f.completed)).toBe(true);
    }
  });

  it('is null out of range', () => {
    expect(nthBadSchedule(x, -1n)).toBeNull();
    expect(nthBadSchedule(x, x.badSchedules)).toBeNull();
    expect(nthBadSchedule(explore(model('seed', 'eb_refs')), 0n)).toBeNull();
  });

  it('reaches the last of two billion bad schedules in two-allocators', () => {
    const two = model('two-allocators', 'racy');
    const y = explore(two);
    const last = nthBadSchedule(y, y.badSchedules - 1n);
    expect(last).not.toBeNull();
    expect(replay(two, last ?? [])).toMatchObject({ ok: true, run: { outcome: { verdict: 'bug' } } });
  });
});

describe('replayValidPart', () => {
  const m = model('seed', 'racy');
  it('keeps what runs before the first bad entry, completes it, and says why it stopped', () => {
    const schedule: Tid[] = [1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 1];
    const { run: kept, error } = replayValidPart(m, schedule);
    expect(error).toMatchObject({ position: 9, code: 'blocked', thread: 2 });
    const r = replay(m, schedule.slice(0, 9));
    expect(r.ok && r.run.schedule).toEqual(kept.schedule);
    expect(kept.schedule.slice(0, 9)).toEqual(schedule.slice(0, 9));
    expect(kept.final.threads.every((t) => t.status !== 'ready')).toBe(true);
  });
  it('is replay itself when the whole schedule runs', () => {
    const r = replay(m, [2, 1]);
    const v = replayValidPart(m, [2, 1]);
    expect(v.error).toBeNull();
    expect(r.ok && r.run.schedule).toEqual(v.run.schedule);
  });
});
