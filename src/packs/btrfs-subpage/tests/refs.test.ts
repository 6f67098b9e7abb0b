// B's two references and how T2's first step drops them (RACE.md 5, 7.1), and the eb's
// own refs_lock that check_buffer_tree_ref() takes (RACE.md 4), against v5.12's
// free_extent_buffer_stale(), release_extent_buffer() and check_buffer_tree_ref().

import { describe, expect, it } from 'vitest';
import { explore, initialState } from '../../../engine';
import { presetSchedule } from '../../index';
import { model, run, VARIANT_IDS } from './helpers';

const ALLOC_SCENARIOS = ['seed', 'two-allocators', 'same-bytenr'] as const;

describe("T2's first step drops B's two references under B's refs_lock (RACE.md 5, 7.1)", () => {
  it.each(VARIANT_IDS)('%s: STALE set, TREE_REF cleared (2 -> 1), then 0 and IN_TREE cleared', (variant) => {
    const m = model('seed', variant);
    const B0 = initialState(m).kernel.ebs.B;
    expect(B0).toMatchObject({ refs: 2, flags: ['TREE_REF', 'IN_TREE'] });
    const r = run(m, [2]);
    const f = r.frames[0];
    expect(f).toMatchObject({ thread: 2, op: 'atomic_dec_and_test' });
    expect(f?.state.kernel.ebs.B).toMatchObject({ refs: 0, flags: ['STALE'], life: 'released' });
    const refs = f?.events.filter((e) => e.kind === 'set' && e.obj === 'eb' && e.field === 'refs').map((e) => e.kind === 'set' && [e.from, e.to]);
    expect(refs).toEqual([
      [2, 1],
      [1, 0],
    ]);
    const flags = f?.events.filter((e) => e.kind === 'set' && e.field === 'flags').map((e) => e.kind === 'set' && e.to);
    expect(flags).toEqual(['STALE|IN_TREE', 'STALE']);
    const locks = f?.events.filter((e) => e.kind === 'lock');
    expect(locks).toEqual([
      { kind: 'lock', lock: 'refs_lock', thread: 2, op: 'acquire' },
      { kind: 'lock', lock: 'refs_lock', thread: 2, op: 'release' },
    ]);
    expect(m.locks.refs_lock?.name).toBe('B->refs_lock');
  });

  it('no eb ever has refs 0 with TREE_REF set, in any reachable state of any allocation scenario', () => {
    for (const scenario of ALLOC_SCENARIOS) {
      for (const variant of VARIANT_IDS) {
        const x = explore(model(scenario, variant));
        for (const node of x.nodes) {
          for (const eb of Object.values(node.state.kernel.ebs)) {
            if (eb && eb.refs === 0) expect(eb.flags, `${scenario}/${variant} eb ${eb.name}`).not.toContain('TREE_REF');
          }
        }
      }
    }
  }, 60_000);
});

describe("check_buffer_tree_ref() takes the new eb's own refs_lock (RACE.md 4)", () => {
  it.each(VARIANT_IDS)('%s: A->refs_lock for T1, C->refs_lock for T3, taken and dropped in the step', (variant) => {
    const m = model('two-allocators', variant);
    for (const [tid, eb] of [
      [1, 'A'],
      [3, 'C'],
    ] as const) {
      const step = m.threads[tid - 1]?.steps.find((s) => s.op === 'check_buffer_tree_ref');
      expect(step?.holds).toEqual([`refs_lock_${eb}`]);
      expect(step?.takes).toBeUndefined();
      expect(m.locks[`refs_lock_${eb}`]).toMatchObject({ kind: 'spin', name: `${eb}->refs_lock` });
    }
    const r = run(m, presetSchedule('two-allocators', variant, 't1-then-t2'));
    const f = r.frames.find((x) => x.thread === 1 && x.op === 'check_buffer_tree_ref');
    expect(f?.events.filter((e) => e.kind === 'lock')).toEqual([
      { kind: 'lock', lock: 'refs_lock_A', thread: 1, op: 'acquire' },
      { kind: 'lock', lock: 'refs_lock_A', thread: 1, op: 'release' },
    ]);
  });
});
