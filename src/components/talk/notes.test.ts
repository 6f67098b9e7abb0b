import { describe, expect, it } from 'vitest';
import { replay } from '../../engine';
import { getModel } from '../../scenarios';
import { presetSchedule } from '../../store/store';
import { notesFor, pointerOf } from './notes';

describe('speaker notes', () => {
  it('say what to point at for each kind of event', () => {
    expect(pointerOf({ kind: 'set', obj: 'page', id: 'P', field: 'private', from: 'S', to: null })).toBe('point at page->private: S -> 0');
    expect(pointerOf({ kind: 'radix', op: 'insert', key: 7700, found: ['A'] })).toBe('point at buffer_radix slot 7700: eb A goes in');
    expect(pointerOf({ kind: 'lock', lock: 'private_lock', thread: 1, op: 'acquire' }, { private_lock: 'private_lock' })).toBe(
      'point at private_lock: T1 takes it',
    );
  });

  it('follow the commit-message run: the detach, then the insert', () => {
    const m = getModel('seed', 'racy');
    if (!m.ok) throw new Error(m.error);
    const r = replay(m.value, presetSchedule('seed', 'racy', 'commit-message'));
    if (!r.ok) throw new Error(r.error.message);
    const detach = r.run.frames.find((f) => f.op === 'btrfs_detach_subpage');
    const insert = r.run.frames.find((f) => f.op === 'radix_tree_insert');
    expect(notesFor(detach ?? null).pointers).toContain('point at page->private: S -> 0');
    expect(notesFor(insert ?? null).pointers).toContain('point at buffer_radix slot 7700: eb A goes in');
    expect(notesFor(insert ?? null).narration).toMatch(/slot 7700/);
    expect(notesFor(null).title).toBe('Initial state');
  });
});
