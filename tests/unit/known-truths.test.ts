import { describe, expect, it } from 'vitest';
import { explore, replay } from '../../src/engine';
import { getModel } from '../../src/scenarios';
import { presetSchedule } from '../../src/store/store';

const model = (sc: string, v: string) => {
  const m = getModel(sc, v);
  if (!m.ok) throw new Error(m.error);
  return m.value;
};

describe("the commit message's interleaving (RACE.md section 6)", () => {
  it('is a bug in racy, broken at T2 btrfs_detach_subpage', () => {
    const m = model('seed', 'racy');
    const r = replay(m, presetSchedule('seed', 'racy', 'commit-message'));
    if (!r.ok) throw new Error(r.error.message);
    expect(r.run.outcome).toMatchObject({ verdict: 'bug', invariant: 'I1' });
    const step = r.run.outcome.verdict === 'bug' ? r.run.outcome.step : 0;
    expect(r.run.frames[step - 1]).toMatchObject({ thread: 2, op: 'btrfs_detach_subpage' });
  });
  it.each(['under_alloc', 'eb_refs'])('is safe in %s', (v) => {
    const r = replay(model('seed', v), presetSchedule('seed', v as 'eb_refs', 'commit-message'));
    expect(r.ok && r.run.outcome.verdict).toBe('safe');
  });
  it.each(['under_alloc', 'eb_refs'])('no bad schedule exists in %s', (v) => {
    for (const sc of ['seed', 'two-allocators']) expect(explore(model(sc, v)).badSchedules).toBe(0n);
  });
});
