// replay(): typed errors for schedules that cannot run, completion of short schedules,
// determinism and frozen states; and nthBadSchedule() walking down the counts. On the
// made-up model of tests/fixtures/toy-model.ts, and on every scenario and variant the
// tests know (tests/fixtures/scenario-variants.ts). A pack pins its own runs in its
// own words (src/packs/btrfs-subpage/tests/replay.test.ts).

import { describe, expect, it } from 'vitest';
import type { Tid } from '../../src/engine';
import { explore, formatSchedule, MAX_SCHEDULE_LENGTH, nthBadSchedule, parseSchedule, replay, replayValidPart } from '../../src/engine';
import { TEST_REGISTRY, TEST_SCENARIO_VARIANTS } from '../fixtures/scenario-variants';
import { toyModel } from '../fixtures/toy-model';
import { run } from './helpers';

const digits = (text: string): Tid[] => [...text].map(Number);
const ones = (n: number, tid: Tid): Tid[] => new Array<Tid>(n).fill(tid);
const toy = toyModel('racy');

describe('invalid schedules are a typed error naming position and reason', () => {
  it('a character that is not a thread number', () => {
    expect(parseSchedule('11x2')).toEqual({
      ok: false,
      error: { position: 2, code: 'bad-char', thread: null, message: 'step 3: "x" is not a thread number (use digits 1-9)' },
    });
    expect(parseSchedule('0')).toMatchObject({ ok: false, error: { position: 0, code: 'bad-char' } });
    expect(parseSchedule('1'.repeat(MAX_SCHEDULE_LENGTH + 1))).toMatchObject({ ok: false, error: { code: 'too-long' } });
    expect(parseSchedule('1212')).toEqual({ ok: true, value: [1, 2, 1, 2] });
  });

  it('a thread that does not exist', () => {
    expect(replay(toy, [1, 4])).toMatchObject({
      ok: false,
      prefix: [1],
      error: { position: 1, code: 'unknown-thread', thread: null, message: 'step 2: there is no thread T4 in toy (threads T1-T3)' },
    });
    expect(replay(toy, [0])).toMatchObject({ ok: false, error: { position: 0, code: 'unknown-thread' } });
    expect(replay(toy, [1.5])).toMatchObject({ ok: false, error: { position: 0, code: 'unknown-thread' } });
  });

  it('a thread chosen while it spins on a spinlock, or sleeps on a sleeping lock', () => {
    expect(replay(toy, digits('11122'))).toEqual({
      ok: false,
      prefix: digits('1112'),
      error: { position: 4, code: 'blocked', thread: 2, message: 'step 5: T2 cannot run spin_lock: T2 spins on box_lock, held by T1 since step 3' },
    });
    expect(replay(toy, digits('13'))).toMatchObject({
      ok: false,
      error: { position: 1, code: 'blocked', thread: 3, message: 'step 2: T3 cannot run mutex_lock: T3 sleeps on the mutex, held by T1 since step 1' },
    });
  });

  it('a thread that has finished, or died in an Oops', () => {
    expect(replay(toy, [...ones(3, 3), 3])).toMatchObject({
      ok: false,
      error: { position: 3, code: 'finished', thread: 3, message: 'step 4: T3 has finished; it has no step left' },
    });
    // T2 claims the box first, T1 skips its claim and dies using B's box.
    const died = digits('2222' + '1111111');
    expect(run(toy, died).final.threads[0]?.status).toBe('oops');
    expect(replay(toy, [...died, 1])).toMatchObject({ ok: false, error: { position: 11, code: 'finished', message: expect.stringContaining('T1 died in an Oops') } });
  });
});

describe('replay of valid schedules', () => {
  it('completes a short schedule with the lowest-numbered enabled thread', () => {
    const steps = toy.threads.map((t) => t.steps.length);
    expect(run(toy, []).schedule).toEqual([...ones(steps[0] ?? 0, 1), ...ones(steps[1] ?? 0, 2), ...ones(steps[2] ?? 0, 3)]);
    const r = run(toy, [2]);
    expect(r.schedule).toEqual([2, ...ones(steps[0] ?? 0, 1), ...ones((steps[1] ?? 0) - 1, 2), ...ones(steps[2] ?? 0, 3)]);
    expect(r.frames.map((f) => f.completed)).toEqual(r.frames.map((_, i) => i > 0));
    // With T1 holding box_lock, the completion runs T1 before T2 can take it.
    expect(run(toy, digits('1112')).schedule.slice(4, 6)).toEqual([1, 1]);
  });

  it('numbers frames from 1 and names each step', () => {
    const r = run(toy, digits('21'));
    expect(r.frames[0]).toMatchObject({ step: 1, thread: 2, index: 0, op: 'lookup', completed: false });
    expect(r.frames[1]).toMatchObject({ step: 2, thread: 1, index: 0, op: 'mutex_lock' });
    expect(r.frames.at(-1)?.state).toBe(r.final);
    expect(r.final.step).toBe(r.schedule.length);
  });

  it.each(TEST_SCENARIO_VARIANTS)('$scenario / $variant: the same input gives deep-equal runs', ({ scenario, variant }) => {
    const m = TEST_REGISTRY.modelOf(scenario, variant);
    for (const p of TEST_REGISTRY.scenarioOf(scenario).presets) {
      const schedule = TEST_REGISTRY.presetSchedule(scenario, variant, p.id);
      expect(replay(m, schedule)).toEqual(replay(m, schedule));
    }
  });

  it('hands out frozen states: a mutation throws where it happens', () => {
    const r = run(toy, []);
    const frame = r.frames[3];
    if (!frame) throw new Error('no frame 4');
    const state = frame.state as unknown as { kernel: { box: { owner: string | null } }; threads: Array<{ pc: number }>; locks: Record<string, unknown> };
    expect(() => {
      state.kernel.box.owner = 'Z';
    }).toThrow(TypeError);
    expect(() => {
      (state.threads[0] as { pc: number }).pc = 0;
    }).toThrow(TypeError);
    expect(() => {
      state.locks.box_lock = null;
    }).toThrow(TypeError);
    expect(Object.isFrozen(r.initial.kernel.box)).toBe(true);
  });
});

describe('nthBadSchedule', () => {
  const x = explore(toy);

  it('returns distinct bad schedules in lexicographic order that replay as bugs', () => {
    expect(x.badSchedules).toBeGreaterThan(10n);
    const ks = [0n, 1n, 2n, x.badSchedules / 2n, x.badSchedules - 2n, x.badSchedules - 1n];
    const found = ks.map((k) => nthBadSchedule(x, k));
    const texts = found.map((s) => formatSchedule(s ?? []));
    expect(new Set(texts).size).toBe(ks.length);
    expect([...texts].sort()).toEqual(texts);
    for (const s of found) {
      const r = replay(toy, s ?? []);
      expect(r.ok && r.run.outcome.verdict, formatSchedule(s ?? [])).toBe('bug');
      expect(r.ok && r.run.frames.every((f) => !f.completed)).toBe(true);
    }
  });

  it('is null out of range, and where nothing is bad', () => {
    expect(nthBadSchedule(x, -1n)).toBeNull();
    expect(nthBadSchedule(x, x.badSchedules)).toBeNull();
    const fixed = explore(toyModel('locked'));
    expect(fixed.badSchedules).toBe(0n);
    expect(nthBadSchedule(fixed, 0n)).toBeNull();
  });

  it.each(TEST_SCENARIO_VARIANTS)('$scenario / $variant: the first and the last bad schedule replay as bugs', ({ scenario, variant }) => {
    const m = TEST_REGISTRY.modelOf(scenario, variant);
    const y = explore(m);
    for (const k of y.badSchedules > 0n ? [0n, y.badSchedules - 1n] : []) {
      expect(replay(m, nthBadSchedule(y, k) ?? [])).toMatchObject({ ok: true, run: { outcome: { verdict: 'bug' } } });
    }
    expect(nthBadSchedule(y, y.badSchedules)).toBeNull();
  });
});

describe('replayValidPart', () => {
  it('keeps what runs before the first bad entry, completes it, and says why it stopped', () => {
    const schedule = digits('111222');
    const { run: kept, error } = replayValidPart(toy, schedule);
    expect(error).toMatchObject({ position: 4, code: 'blocked', thread: 2 });
    const r = replay(toy, schedule.slice(0, 4));
    expect(r.ok && r.run.schedule).toEqual(kept.schedule);
    expect(kept.schedule.slice(0, 4)).toEqual(schedule.slice(0, 4));
    expect(kept.final.threads.every((t) => t.status !== 'ready')).toBe(true);
  });

  it('is replay itself when the whole schedule runs', () => {
    const r = replay(toy, [2, 1]);
    const v = replayValidPart(toy, [2, 1]);
    expect(v.error).toBeNull();
    expect(r.ok && r.run.schedule).toEqual(v.run.schedule);
  });
});
