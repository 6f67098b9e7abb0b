import { describe, expect, it } from 'vitest';
import { replay } from '../../engine';
import { getModel, presetSchedule } from '../../packs';
import { notesFor } from './notes';

describe('speaker notes', () => {
  it("follow the commit-message run in the pack's words: the detach, then the insert", () => {
    const m = getModel('seed', 'racy');
    if (!m.ok) throw new Error(m.error);
    const r = replay(m.value, presetSchedule('seed', 'racy', 'commit-message'));
    if (!r.ok) throw new Error(r.error.message);
    const detach = r.run.frames.find((f) => f.op === 'btrfs_detach_subpage');
    const insert = r.run.frames.find((f) => f.op === 'radix_tree_insert');
    const lock = r.run.frames.find((f) => f.op === 'spin_lock_private');
    expect(notesFor(m.value, detach ?? null).pointers).toContain('point at page->private: S → 0');
    expect(notesFor(m.value, detach ?? null).pointers.at(-1)).toMatch(/^point at the verdict: I1 breaks \(eb A is attached/);
    expect(notesFor(m.value, insert ?? null).pointers).toContain('point at buffer_radix[7700]: = A');
    expect(notesFor(m.value, insert ?? null).narration).toMatch(/slot 7700/);
    expect(notesFor(m.value, lock ?? null).pointers).toEqual(['point at mapping->private_lock: taken by T1']);
    expect(notesFor(m.value, null)).toMatchObject({ title: 'Initial state', narration: expect.stringMatching(/^Nothing has run yet/) });
  });
});
