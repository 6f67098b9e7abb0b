// The cost of T2's detach in each variant, counted from the engine's events.
import { describe, expect, it } from 'vitest';
import { type Run, replay } from '../../../engine';
import { getModel, presetSchedule } from '../../index';
import { commonFields, describeCost, detachCost } from '../compare';
import type { BtrfsKernel } from '../model/state';

const model = (sc: string, v: string) => {
  const m = getModel(sc, v);
  if (!m.ok) throw new Error(m.error);
  return m.value;
};

describe("the cost of T2's detach, from the events", () => {
  const run = (v: string, preset: 'commit-message' | 't2-then-t1') => {
    const r = replay(model('seed', v), presetSchedule('seed', v, preset));
    if (!r.ok) throw new Error(r.error.message);
    return r.run as Run<BtrfsKernel>;
  };

  it('racy: one gang lookup of up to 4 from key 7696, buffer_lock nested in private_lock', () => {
    const c = detachCost(run('racy', 'commit-message'));
    expect(c.lookups).toEqual([{ key: 7696, max: 4, found: [] }]);
    expect(c.nested).toEqual(['buffer_lock inside private_lock']);
    expect(c.ebRefsDec + c.ebRefsRead + c.underAllocRead).toBe(0);
  });

  it('under_alloc: the lookup is skipped while under_alloc is set, not otherwise', () => {
    const set = detachCost(run('under_alloc', 'commit-message'));
    expect(set.lookups).toEqual([]);
    expect(set.underAllocRead).toBe(1);
    expect(set.nested).toEqual(['buffer_lock inside private_lock']);
    const clear = detachCost(run('under_alloc', 't2-then-t1'));
    expect(clear.lookups).toHaveLength(1);
  });

  it('eb_refs: one atomic_dec and one atomic_read, no lookup, no nested lock', () => {
    const c = detachCost(run('eb_refs', 'commit-message'));
    expect(c).toMatchObject({ lookups: [], nested: [], ebRefsDec: 1, ebRefsRead: 1, underAllocRead: 0 });
    expect(describeCost(c)).toEqual(['no radix-tree lookup', 'no nested lock', 'atomic_dec(&eb_refs) x1', 'atomic_read(&eb_refs) x1']);
  });
});

describe('endio-reader in compare mode', () => {
  const final = (v: string) => {
    const r = replay(model('endio-reader', v), presetSchedule('endio-reader', v, 'commit-message'));
    if (!r.ok) throw new Error(r.error.message);
    return r.run.final.kernel as BtrfsKernel;
  };

  it("compares eb_refs, io_pages and the locked range, which every variant has; readers is v5.14's own", () => {
    const names = commonFields(final('eb_refs')).map(([n]) => n);
    expect(names).toEqual(expect.arrayContaining(['eb B io_pages', 'subpage S eb_refs', 'EXTENT_LOCKED']));
    expect(commonFields(final('readers')).map(([n]) => n)).toEqual(names);
    // readers exists in v5.14 alone: its picture draws it (subpage-layout.test.ts), compare does not compare it.
    expect(names.some((n) => n.includes('readers'))).toBe(false);
  });

  it('the allocation scenarios compare what they did before', () => {
    const r = replay(model('seed', 'eb_refs'), presetSchedule('seed', 'eb_refs', 'commit-message'));
    if (!r.ok) throw new Error(r.error.message);
    const k = r.run.final.kernel as BtrfsKernel;
    expect(commonFields(k).some(([n]) => n === 'EXTENT_LOCKED' || n.endsWith('io_pages'))).toBe(false);
    // eb_refs and under_alloc exist in one variant each here: drawn, not compared.
    expect(commonFields(k).some(([n]) => n.includes('eb_refs') || n.includes('under_alloc'))).toBe(false);
  });
});
