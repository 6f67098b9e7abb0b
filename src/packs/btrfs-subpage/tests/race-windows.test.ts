// The race windows the explorer finds in the btrfs scenarios, in words: the commit
// message's window in seed/racy, endio-reader's two in v5.12 and in the 2021
// development tree, none where the fix holds. (That every window a pack declares is
// proved: tests/unit/race-windows.test.ts.)

import { describe, expect, it } from 'vitest';
import { explore, type Model, type RaceWindow, raceWindows } from '../../../engine';
import { model } from './helpers';

/** Readable windows, for the pinned lists below. */
function shown(m: Model<unknown>, w: RaceWindow): string {
  const op = (t: number, i: number) => m.threads[t - 1]?.steps[i]?.op ?? 'its end';
  const from = w.span.first === 0 ? 'its start' : op(w.span.thread, w.span.first - 1);
  return `T${w.check.thread} ${op(w.check.thread, w.check.index)} while T${w.span.thread} has run ${from}, not ${op(w.span.thread, w.span.last)}`;
}

describe('race windows', () => {
  it('pins what the explorer finds, in words', () => {
    const found = (scenario: string, variant: string) => {
      const m = model(scenario, variant) as Model<unknown>;
      return raceWindows(m, explore(m)).map((w) => shown(m, w));
    };
    expect(found('seed', 'racy')).toEqual([
      'T2 spin_lock_buffer while T1 has run spin_unlock_private, not spin_lock_buffer',
      'T2 page_range_has_eb while T1 has run spin_unlock_private, not spin_lock_buffer',
      'T2 btrfs_detach_subpage while T1 has run spin_unlock_private, not spin_lock_buffer',
      'T2 spin_unlock_buffer while T1 has run spin_unlock_private, not spin_lock_buffer',
    ]);
    expect(found('endio-reader', 'eb_refs')).toEqual([
      'T1 release_extent_buffer while T2 has run free_extent_buffer, not its end',
      'T2 btrfs_detach_subpage while T1 has run free_extent_buffer, not btrfs_subpage_set_uptodate',
    ]);
    expect(found('endio-reader', 'private_check')).toEqual([
      'T1 btrfs_subpage_set_uptodate while T2 has run btrfs_detach_subpage, not its end',
      'T2 btrfs_detach_subpage while T1 has run test_page_private, not btrfs_subpage_set_uptodate',
    ]);
    expect(found('endio-reader', 'readers')).toEqual([]);
    expect(found('seed', 'eb_refs')).toEqual([]);
  });
});
