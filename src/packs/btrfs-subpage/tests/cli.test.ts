// The explore CLI's reports of seed: its counts, a replay step by step in the pack's
// words, the reason a blocked schedule cannot run. (Argument parsing, exact numbers and
// the process itself, for any scenario: tests/unit/cli.test.ts.)

import { describe, expect, it } from 'vitest';
import { explorationJson, explorationText, replayJson, replayText, words } from '../../../cli/report';
import { type EngineEvent, explore, replay } from '../../../engine';
import { describerOf } from '../../index';
import { model } from './helpers';

const digits = (text: string) => [...text].map(Number);
const describeEvent = describerOf(model('seed', 'racy'));

describe('the report of seed', () => {
  const seed = model('seed', 'racy');

  it('describes an exploration as JSON and as text', () => {
    const x = explore(seed);
    const j = explorationJson(x);
    expect(Object.keys(j)).toEqual(['scenario', 'variant', 'schedules', 'bad', 'states', 'shortest', 'fewestSwitches', 'outcomes']);
    expect(j).toMatchObject({ schedules: 264215, bad: 27720, states: 199, shortest: '111111122222222' });
    expect(j.outcomes).toContainEqual(expect.objectContaining({ outcome: 'bug', invariant: 'I1', schedules: 27720 }));
    const text = explorationText(x);
    expect(text).toContain('complete schedules  264215');
    expect(text).toContain('bad schedules       27720');
    expect(text).toContain('outcomes (3):');
    expect(explorationText(explore(model('seed', 'eb_refs')))).toContain('shortest bad        (none)');
  });

  it('describes a replay: the whole schedule, the verdict and where it broke', () => {
    const r = replay(seed, digits('111111122222222'));
    expect(replayJson('111111122222222', r)).toEqual({
      schedule: '1111111222222222111111222',
      input: '111111122222222',
      outcome: 'bug',
      invariant: 'I1',
      step: 15,
      thread: 2,
      op: 'btrfs_detach_subpage',
      message: 'eb A is attached to page P but PagePrivate is clear (page->private = 0)',
    });
    const text = replayText('111111122222222', r, describeEvent);
    expect(text.split('\n')).toHaveLength(1 + 25 + 1);
    expect(text).toMatch(/^ {2}7 {2}T1 {2}spin_unlock_private +mapping->private_lock dropped by T1; A->pages\[0\] = P$/m);
    expect(text).toMatch(/^ 16\* T2 {2}spin_unlock_buffer/m);
    expect(text).toContain('verdict: bug: I1 broken at step 15');
    expect(replayJson('12', replay(model('seed', 'eb_refs'), [1, 2]))).toMatchObject({ outcome: 'safe' });
  });

  it('describes an invalid schedule by position and reason', () => {
    const r = replay(seed, digits('1111122222'));
    expect(replayJson('1111122222', r)).toEqual({
      schedule: '1111122222',
      error: 'step 10: T2 cannot run spin_lock_private: T2 spins on private_lock, held by T1 since step 5',
      position: 9,
      code: 'blocked',
    });
    expect(replayText('1111122222', r, describeEvent)).toBe(
      'schedule 1111122222: error: step 10: T2 cannot run spin_lock_private: T2 spins on private_lock, held by T1 since step 5',
    );
  });

  it("turns events into words with the pack's describer", () => {
    const w = (e: EngineEvent) => words(describeEvent(e, null));
    expect(w({ kind: 'set', obj: 'page', id: 'P', field: 'private', from: 'S', to: null })).toBe('page->private S → 0');
    expect(w({ kind: 'lock', lock: 'private_lock', thread: 2, op: 'acquire' })).toBe('mapping->private_lock taken by T2');
    const gang = { kind: 'pack', type: 'radix', op: 'gang_lookup', key: 7696, count: 4, found: ['A'] } as EngineEvent;
    expect(w(gang)).toBe('buffer_radix gang lookup of up to 4 from key 7696: finds eb A');
    expect(w({ kind: 'pack', type: 'deref', ptr: null, ok: false } as EngineEvent)).toBe('page->private dereferenced while 0 (NULL)');
    expect(w({ kind: 'pack', type: 'deref', ptr: 'S', ok: true } as EngineEvent)).toBe('');
  });
});
