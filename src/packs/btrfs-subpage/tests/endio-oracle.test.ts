// An oracle for endio-reader that does not use the engine: RACE.md section 8's two
// tables as a small direct simulation over plain variables, run on every one of the
// C(n1 + n2, n1) interleavings of the two op lists (no step waits, so each is a
// schedule). Its counts must equal the explorer's.

import { describe, expect, it } from 'vitest';
import { explore } from '../../../engine';
import { model } from './helpers';

type V = 'eb_refs' | 'private_check' | 'readers';

interface Sim {
  refs: number;
  treeRef: boolean;
  io: number;
  ebRefs: number;
  readers: number;
  privateSet: boolean;
  sFreed: boolean;
  // T1's locals
  t1Last: boolean;
  passed: boolean;
  returned: boolean;
  loaded: 'S' | null;
  fault: 'NULL' | 'UAF' | null;
  // T2's locals
  t2Last: boolean;
  hasEb: boolean;
  /** I5: the detach came while T1 was committed to S. */
  i5: boolean;
}

/** free_extent_buffer() as RACE.md 8 gives it (B is STALE throughout); true if it dropped the last reference. */
function free(s: Sim): boolean {
  if (s.refs === 2 && s.io === 0 && s.treeRef) {
    s.treeRef = false;
    s.refs--;
  }
  s.refs--;
  return s.refs === 0;
}

function checkAndDetach(s: Sim, v: V, committed: boolean): void {
  s.ebRefs--;
  const has = s.ebRefs !== 0 || (v === 'readers' && s.readers !== 0);
  if (!has) {
    s.privateSet = false;
    s.sFreed = true;
    if (committed) s.i5 = true;
  }
}

function t1Ops(v: V): Array<(s: Sim, committed: () => boolean) => void> {
  const ops: Array<(s: Sim, committed: () => boolean) => void> = [
    (s) => {
      s.refs++; // find_extent_buffer: atomic_inc_not_zero
    },
    (s) => {
      s.io--; // dec_io_pages
    },
    () => {}, // set_extent_buffer_uptodate: T1's reference keeps S
    (s) => {
      s.t1Last = free(s);
    },
    (s, committed) => {
      if (s.t1Last) checkAndDetach(s, v, committed()); // release_extent_buffer
    },
  ];
  if (v === 'private_check') {
    ops.push((s) => {
      if (s.privateSet) s.passed = true;
      else s.returned = true;
    });
  }
  ops.push((s) => {
    if (!s.returned) s.loaded = s.privateSet ? 'S' : null; // load_page_private
  });
  ops.push((s) => {
    if (s.returned) return; // btrfs_subpage_set_uptodate
    if (s.loaded === null) s.fault = 'NULL';
    else if (s.sFreed) s.fault = 'UAF';
  });
  if (v === 'readers') {
    ops.push((s) => {
      s.readers -= 4; // btrfs_subpage_end_reader
    });
  }
  ops.push(() => {}); // unlock_extent
  return ops;
}

function t2Ops(v: V): Array<(s: Sim, committed: () => boolean) => void> {
  const nop = () => {};
  return [
    (s) => {
      s.t2Last = free(s);
    },
    nop, // spin_lock_buffer
    nop, // radix_tree_delete
    nop, // spin_unlock_buffer
    nop, // spin_lock_private
    (s) => {
      if (s.t2Last) s.ebRefs--; // btrfs_page_dec_eb_refs
    },
    (s) => {
      if (s.t2Last) s.hasEb = s.ebRefs !== 0 || (v === 'readers' && s.readers !== 0);
    },
    (s, committed) => {
      if (s.t2Last && !s.hasEb) {
        s.privateSet = false;
        s.sFreed = true;
        if (committed()) s.i5 = true;
      }
    },
    nop,
    nop,
    nop,
  ];
}

function simulate(v: V) {
  const a = t1Ops(v);
  const b = t2Ops(v);
  // T1 is committed from its start (from a passed test in private_check) until its last access.
  const lastAccess = v === 'readers' ? a.length - 2 : v === 'private_check' ? 7 : 6;
  const counts = { schedules: 0, bad: 0, nul: 0, uaf: 0, sFreed: 0, i5: 0 };
  const order: number[] = [];
  const walk = (i: number, j: number) => {
    if (i === a.length && j === b.length) {
      const s: Sim = {
        refs: 2, treeRef: true, io: 1, ebRefs: 1, readers: v === 'readers' ? 4 : 0, privateSet: true, sFreed: false,
        t1Last: false, passed: false, returned: false, loaded: null, fault: null, t2Last: false, hasEb: false, i5: false,
      };
      let pc1 = 0;
      let pc2 = 0;
      const committed = () => pc1 <= lastAccess && (v !== 'private_check' || s.passed);
      for (const t of order) {
        if (t === 1) (a[pc1++] as (typeof a)[number])(s, committed);
        else (b[pc2++] as (typeof b)[number])(s, committed);
      }
      counts.schedules++;
      if (s.fault) counts.bad++;
      if (s.fault === 'NULL') counts.nul++;
      if (s.fault === 'UAF') counts.uaf++;
      if (s.sFreed) counts.sFreed++;
      if (s.i5) counts.i5++;
      return;
    }
    if (i < a.length) {
      order.push(1);
      walk(i + 1, j);
      order.pop();
    }
    if (j < b.length) {
      order.push(2);
      walk(i, j + 1);
      order.pop();
    }
  };
  walk(0, 0);
  return counts;
}

describe('endio-reader: the explorer against a direct simulation of RACE.md 8', () => {
  it.each([
    ['eb_refs', 75582, 74772],
    ['private_check', 167960, 1920],
    ['readers', 167960, 0],
  ] as const)('%s: %d schedules, %d bad, and the same outcome classes', (v, schedules, bad) => {
    const c = simulate(v);
    expect([c.schedules, c.bad]).toEqual([schedules, bad]);
    // I5 breaks exactly in the bad schedules.
    expect(c.i5).toBe(c.bad);
    const x = explore(model('endio-reader', v));
    expect(x.schedules).toBe(BigInt(c.schedules));
    expect(x.badSchedules).toBe(BigInt(c.bad));
    const sum = (pred: (s: string) => boolean) => x.outcomes.filter((o) => pred(o.summary)).reduce((n, o) => n + o.schedules, 0n);
    expect(sum((s) => s.includes('T1: NULL pointer dereference'))).toBe(BigInt(c.nul));
    expect(sum((s) => s.includes('T1: use-after-free'))).toBe(BigInt(c.uaf));
    expect(sum((s) => s.includes('S freed'))).toBe(BigInt(c.sFreed));
    if (v === 'private_check') expect([c.nul, c.uaf]).toEqual([720, 1200]);
    if (v === 'readers') expect(c.sFreed).toBe(1512);
  }, 30_000);
});
