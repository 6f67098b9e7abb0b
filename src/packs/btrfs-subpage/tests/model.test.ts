// The btrfs model against RACE.md: each variant's threads run exactly the ops of
// section 5, in order (written out here by hand from the tables), and the scenarios
// start from the numbers of sections 3 and 7.

import { describe, expect, it } from 'vitest';
import { initialState, type Run } from '../../../engine';
import { findVariant } from '../../index';
import { isRadix } from '../model/events';
import { radixKey, radixPath } from '../model/geometry';
import type { BtrfsKernel } from '../model/state';
import { model, run, SCENARIO_IDS, VARIANT_IDS } from './helpers';

/** RACE.md section 5, T1 table. */
const T1_OPS = {
  racy: [
    'find_extent_buffer', 'alloc_eb', 'find_or_create_page', 'btrfs_alloc_subpage', 'spin_lock_private',
    'attach_extent_buffer_page', 'spin_unlock_private', 'spin_lock_buffer', 'radix_tree_insert',
    'spin_unlock_buffer', 'check_buffer_tree_ref', 'unlock_page', 'btrfs_subpage_test_uptodate',
  ],
  under_alloc: [
    'find_extent_buffer', 'alloc_eb', 'find_or_create_page', 'btrfs_alloc_subpage', 'spin_lock_private',
    'attach_extent_buffer_page', 'btrfs_page_start_meta_alloc', 'spin_unlock_private', 'spin_lock_buffer',
    'radix_tree_insert', 'spin_unlock_buffer', 'check_buffer_tree_ref', 'btrfs_page_end_meta_alloc',
    'unlock_page', 'btrfs_subpage_test_uptodate',
  ],
  eb_refs: [
    'find_extent_buffer', 'alloc_eb', 'find_or_create_page', 'btrfs_alloc_subpage', 'spin_lock_private',
    'attach_extent_buffer_page', 'btrfs_page_inc_eb_refs', 'spin_unlock_private', 'spin_lock_buffer',
    'radix_tree_insert', 'spin_unlock_buffer', 'check_buffer_tree_ref', 'unlock_page',
    'btrfs_subpage_test_uptodate',
  ],
};

/** RACE.md section 5, T2 table. */
const T2_OPS = {
  racy: [
    'atomic_dec_and_test', 'spin_lock_buffer', 'radix_tree_delete', 'spin_unlock_buffer', 'spin_lock_private',
    'spin_lock_buffer', 'page_range_has_eb', 'btrfs_detach_subpage', 'spin_unlock_buffer', 'spin_unlock_private',
    'put_page', 'call_rcu',
  ],
  under_alloc: [
    'atomic_dec_and_test', 'spin_lock_buffer', 'radix_tree_delete', 'spin_unlock_buffer', 'spin_lock_private',
    'spin_lock_buffer', 'page_range_has_eb', 'btrfs_detach_subpage', 'spin_unlock_buffer', 'spin_unlock_private',
    'put_page', 'call_rcu',
  ],
  eb_refs: [
    'atomic_dec_and_test', 'spin_lock_buffer', 'radix_tree_delete', 'spin_unlock_buffer', 'spin_lock_private',
    'btrfs_page_dec_eb_refs', 'page_range_has_eb', 'btrfs_detach_subpage', 'spin_unlock_private', 'put_page',
    'call_rcu',
  ],
};

describe.each(VARIANT_IDS)('variant %s runs the ops of RACE.md section 5', (variant) => {
  it.each(SCENARIO_IDS)('in %s', (scenario) => {
    const m = model(scenario, variant);
    const ops = m.threads.map((t) => t.steps.map((s) => s.op));
    expect(ops[0]).toEqual(T1_OPS[variant]);
    expect(ops[1]).toEqual(T2_OPS[variant]);
    if (scenario === 'two-allocators') expect(ops[2]).toEqual(T1_OPS[variant]);
    expect(ops).toHaveLength(scenario === 'seed' ? 2 : 3);
  });

  it('marks as inferred every step of racy, and the reader of under_alloc (RACE.md 5, 5a)', () => {
    const m = model('seed', variant);
    const all = m.threads.flatMap((t) => t.steps.map((s) => `T${t.tid} ${s.op}`));
    const inferred = m.threads.flatMap((t) => t.steps.filter((s) => s.source.inferred).map((s) => `T${t.tid} ${s.op}`));
    const expected = { racy: all, under_alloc: ['T1 btrfs_subpage_test_uptodate'], eb_refs: [] }[variant];
    expect(inferred).toEqual(expected);
    expect(findVariant('seed', variant)?.inferred).toBe(variant === 'racy');
  });
});

/** A run's buffer_radix operations, in order: "T1 insert 7700", "T2 gang_lookup 7696 count 4". */
function radixOps(r: Run<BtrfsKernel>): string[] {
  return r.frames.flatMap((f) => f.events.filter(isRadix).map((e) => `T${f.thread} ${e.op} ${e.key}${e.count === undefined ? '' : ` count ${e.count}`}`));
}

/** What btrfs_subpage_test_uptodate() compared, thread by thread: "T1 S->uptodate_bitmap 0x000f & 0x00f0". */
function uptodateTests(r: Run<BtrfsKernel>): string[] {
  return r.frames.flatMap((f) => f.events.flatMap((e) => (e.kind === 'result' && e.name === 'btrfs_subpage_test_uptodate' ? [`T${f.thread} ${e.detail}`] : [])));
}

describe('geometry of RACE.md section 3, as the model runs it', () => {
  // Read off the model's own runs (each thread whole, in thread order), not off the
  // geometry helpers: a step that found its key, page or bitmap any other way than
  // section 3 says would show here.
  it.each(VARIANT_IDS)('%s: page P is index 481 at 0x1E10000; B at key 7696, A at 7700 (slot path 1/56/20), C at 7704; A and C test bitmaps 0x00f0 and 0x0f00', (variant) => {
    const seed = run(model('seed', variant), []);
    expect(seed.initial.kernel.page).toMatchObject({ index: 481, start: 0x1e10000 });
    expect(radixKey(seed.initial.kernel.page.start)).toBe(7696);
    expect(seed.final.kernel.ebs.A).toMatchObject({ start: 0x1e14000, len: 0x4000 });
    const ops = radixOps(seed);
    expect(ops).toEqual(expect.arrayContaining(['T1 lookup 7700', 'T1 insert 7700', 'T2 delete 7696']));
    // Where the page's own eb is found by a gang lookup (v4 06/18), it asks for
    // PAGE_SIZE / nodesize = 4 entries from the page's first key.
    expect(ops.filter((o) => o.includes('gang_lookup'))).toEqual(variant === 'eb_refs' ? [] : ['T2 gang_lookup 7696 count 4']);
    // The picture labels A's slot by its path from the root (RadixView).
    expect(radixPath(7700)).toEqual([1, 56, 20]);

    const two = run(model('two-allocators', variant), []);
    expect(two.final.kernel.ebs.C).toMatchObject({ start: 0x1e18000, len: 0x4000 });
    expect(radixOps(two)).toEqual(expect.arrayContaining(['T1 insert 7700', 'T3 lookup 7704', 'T3 insert 7704']));
    // v5.12's struct has the bitmaps (B's sectors uptodate); v4 06/18's has none to test.
    const expected = variant === 'eb_refs' ? ['T1 S->uptodate_bitmap 0x000f & 0x00f0', 'T3 S->uptodate_bitmap 0x000f & 0x0f00'] : [];
    expect(uptodateTests(two)).toEqual(expected);
  });
});

describe.each(SCENARIO_IDS)('initial state of %s (RACE.md sections 3 and 7)', (scenario) => {
  it.each(VARIANT_IDS)('%s', (variant) => {
    const s = initialState(model(scenario, variant));
    const k = s.kernel;
    expect(k.page).toEqual({ index: 481, start: 0x1e10000, PG_private: true, private: 'S', refcount: 3 });
    expect(k.buffer_radix).toEqual({ 7696: 'B' });
    // B: the tree's reference and T2's caller's (RACE.md 7.1), STALE not yet set.
    expect(k.ebs).toEqual({
      B: {
        name: 'B',
        start: 0x1e10000,
        len: 0x4000,
        refs: 2,
        flags: ['TREE_REF', 'IN_TREE'],
        pages0: true,
        attached: true,
        life: 'live',
      },
    });
    // S has the fields of its variant's struct: v4 06/18's has no bitmaps; at v5.12 B's
    // sectors are uptodate (0x000f) while PageUptodate is clear.
    const S = { id: 'S', freed: false };
    const extra = {
      racy: {},
      under_alloc: { under_alloc: false },
      eb_refs: { uptodate_bitmap: 0x000f, error_bitmap: 0, eb_refs: 1 },
    }[variant];
    expect(k.subpages).toEqual({ S: { ...S, ...extra } });
    // P is not locked, nobody holds anything, every thread is at its first step.
    expect(Object.values(s.locks).every((l) => l === null)).toBe(true);
    const refsLocks = scenario === 'two-allocators' ? ['refs_lock', 'refs_lock_A', 'refs_lock_C'] : ['refs_lock', 'refs_lock_A'];
    expect(Object.keys(s.locks).sort()).toEqual(['buffer_lock', 'page_lock', 'private_lock', ...refsLocks]);
    expect(s.threads.every((t) => t.pc === 0 && t.status === 'ready')).toBe(true);
    expect(s.broken).toBeNull();
  });
});

describe('lock kinds of RACE.md section 4', () => {
  it('the page lock sleeps, the others spin', () => {
    const m = model('seed', 'racy');
    expect(Object.fromEntries(Object.entries(m.locks).map(([name, l]) => [name, l.kind]))).toEqual({
      page_lock: 'sleep',
      private_lock: 'spin',
      buffer_lock: 'spin',
      refs_lock: 'spin',
      refs_lock_A: 'spin',
    });
    expect(m.locks.refs_lock?.name).toBe('B->refs_lock');
    expect(m.locks.refs_lock_A?.name).toBe('A->refs_lock');
  });
});

describe('invariants of RACE.md section 6 on hand-made states', () => {
  const m = model('seed', 'eb_refs');
  const s0 = initialState(m);
  const check = (id: string, s: typeof s0) => {
    const inv = m.invariants.find((i) => i.id === id);
    if (!inv) throw new Error(`no invariant ${id}`);
    return inv.check?.(s);
  };
  const withS = (patch: object, locks: object = {}) => ({
    ...s0,
    locks: { ...s0.locks, ...locks },
    kernel: { ...s0.kernel, subpages: { S: { ...s0.kernel.subpages.S, ...patch } } } as typeof s0.kernel,
  });

  it('hold in the initial state', () => {
    expect(m.invariants.map((i) => [i.id, i.check?.(s0) ?? null])).toEqual([
      ['I1', null],
      ['I2', null],
      ['I3', null],
      ['I4', null],
    ]);
  });

  it('I1: an eb in buffer_radix whose page lost PagePrivate', () => {
    const s = { ...s0, kernel: { ...s0.kernel, page: { ...s0.kernel.page, PG_private: false, private: null } } };
    expect(check('I1', s)).toEqual({
      message: 'eb B is in buffer_radix but PagePrivate is clear (page->private = 0)',
      objects: ['B', 'P.private'],
    });
  });

  it('I3: eb_refs must count the attached ebs once private_lock is free, and is never negative', () => {
    const held = { private_lock: { owner: 2, since: 5 } };
    expect(check('I3', withS({ eb_refs: 0 }, held))).toBeNull();
    expect(check('I3', withS({ eb_refs: 0 }))).toBe('eb_refs is 0 but 1 mapped eb(s) are attached');
    expect(check('I3', withS({ eb_refs: -1 }, held))).toBe('eb_refs is -1');
  });

  it('I4: a subpage neither attached nor freed is leaked', () => {
    const leak = { ...s0.kernel, subpages: { ...s0.kernel.subpages, "S'": { id: "S'", freed: false, uptodate_bitmap: 0, error_bitmap: 0, eb_refs: 0 } } };
    expect(check('I4', { ...s0, kernel: leak as typeof s0.kernel })).toBe("subpage S' is neither attached nor freed: leaked");
  });
});
