// endio-reader against RACE.md section 8: its op lists, its initial state, its known
// truths as exact numbers, the schedules of the commit message's table and of the
// test, and the "bad iff" characterisations as properties over random schedules.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Tid } from '../../../engine';
import { enabledThreads, explore, formatSchedule, initialState, parseSchedule } from '../../../engine';
import { describerOf, findScenario, findVariant, presetSchedule } from '../../index';
import { model, positionOf, run, scheduleFrom } from './helpers';

const VARIANTS = ['eb_refs', 'private_check', 'readers'] as const;
type V = (typeof VARIANTS)[number];

/** RACE.md section 8, T1 table. */
const T1: Record<V, string[]> = {
  eb_refs: [
    'find_extent_buffer', 'dec_io_pages', 'set_extent_buffer_uptodate', 'free_extent_buffer', 'release_extent_buffer',
    'load_page_private', 'btrfs_subpage_set_uptodate', 'unlock_extent',
  ],
  private_check: [
    'find_extent_buffer', 'dec_io_pages', 'set_extent_buffer_uptodate', 'free_extent_buffer', 'release_extent_buffer',
    'test_page_private', 'load_page_private', 'btrfs_subpage_set_uptodate', 'unlock_extent',
  ],
  readers: [
    'find_extent_buffer', 'dec_io_pages', 'set_extent_buffer_uptodate', 'free_extent_buffer', 'release_extent_buffer',
    'load_page_private', 'btrfs_subpage_set_uptodate', 'btrfs_subpage_end_reader', 'unlock_extent',
  ],
};
/** RACE.md section 8, T2 table (all variants). */
const T2 = [
  'free_extent_buffer', 'spin_lock_buffer', 'radix_tree_delete', 'spin_unlock_buffer', 'spin_lock_private',
  'btrfs_page_dec_eb_refs', 'page_range_has_eb', 'btrfs_detach_subpage', 'spin_unlock_private', 'put_page', 'call_rcu',
];

const digits = (text: string): Tid[] => {
  const p = parseSchedule(text.replace(/ /g, ''));
  if (!p.ok) throw new Error(p.error.message);
  return p.value;
};
const binomial = (n: number, k: number): bigint => {
  let r = 1n;
  for (let i = 1; i <= k; i++) r = (r * BigInt(n - k + i)) / BigInt(i);
  return r;
};

describe('endio-reader: the scenario and its variants', () => {
  it('offers its own three variants, none inferred, with their links', () => {
    const sc = findScenario('endio-reader');
    expect(sc?.variants.map((v) => v.id)).toEqual(['eb_refs', 'private_check', 'readers']);
    expect(sc?.variants.every((v) => !v.inferred)).toBe(true);
    const urls = sc?.variants.flatMap((v) => v.links.map((l) => l.url)) ?? [];
    expect(urls).toContain('https://lore.kernel.org/linux-btrfs/20210607090258.253660-1-wqu@suse.com/');
    expect(urls).toContain('https://git.kernel.org/torvalds/c/3d078efae6f3854eadf9def9cbb4f30389c0c504');
    expect(findVariant('seed', 'private_check')).toBeUndefined();
    expect(sc?.intro).toContain('eb_refs closed the allocation path');
  });

  it.each(VARIANTS)('%s runs the ops of RACE.md section 8, in order', (v) => {
    const m = model('endio-reader', v);
    expect(m.threads.map((t) => t.steps.map((s) => s.op))).toEqual([T1[v], T2]);
    expect(m.threads.map((t) => t.steps.length)).toEqual(v === 'eb_refs' ? [8, 11] : [9, 11]);
  });

  it.each(VARIANTS)('%s starts from the state of RACE.md section 8', (v) => {
    const s = initialState(model('endio-reader', v));
    const k = s.kernel;
    expect(k.page).toEqual({ index: 481, start: 0x1e10000, PG_private: true, private: 'S', refcount: 3 });
    expect(k.ebs.B).toMatchObject({ refs: 2, flags: ['TREE_REF', 'STALE', 'IN_TREE'], io_pages: 1, pages0: true, attached: true });
    expect(k.buffer_radix).toEqual({ 7696: 'B' });
    expect(k.extent_locked).toEqual([0x1e10000, 0x1e13fff]);
    expect(k.subpages.S).toMatchObject({ eb_refs: 1, uptodate_bitmap: 0, error_bitmap: 0 });
    expect(k.subpages.S?.readers).toBe(v === 'readers' ? 4 : undefined);
    expect(Object.keys(s.locks).includes('page_lock')).toBe(false);
  });
});

describe('endio-reader: known truths (RACE.md section 8)', () => {
  const x = Object.fromEntries(VARIANTS.map((v) => [v, explore(model('endio-reader', v))])) as Record<V, ReturnType<typeof explore>>;
  const count = (v: V, pred: (summary: string) => boolean) =>
    x[v].outcomes.filter((o) => pred(o.summary)).reduce((a, o) => a + o.schedules, 0n);

  it('no step ever waits: schedules = C(n1 + n2, n1)', { timeout: 30_000 }, () => {
    for (const v of VARIANTS) {
      const [n1, n2] = T1[v].length === 8 ? [8, 11] : [9, 11];
      expect(x[v].schedules).toBe(binomial(n1 + n2, n1));
      const m = model('endio-reader', v);
      for (const node of x[v].nodes) {
        const ready = node.state.threads.flatMap((t, i) => (t.status === 'ready' ? [i + 1] : []));
        expect(enabledThreads(m, node.state)).toEqual(ready);
      }
    }
  });

  it('eb_refs: 75 582 schedules, 74 772 bad', () => {
    expect([x.eb_refs.schedules, x.eb_refs.badSchedules]).toEqual([75582n, 74772n]);
  });

  it('private_check: 167 960 schedules, 1 920 bad: 720 NULL, 1 200 use-after-free', () => {
    expect([x.private_check.schedules, x.private_check.badSchedules]).toEqual([167960n, 1920n]);
    expect(count('private_check', (s) => s.includes('T1: NULL pointer dereference'))).toBe(720n);
    expect(count('private_check', (s) => s.includes('T1: use-after-free of S'))).toBe(1200n);
    expect(x.private_check.outcomes.filter((o) => o.verdict === 'bug').every((o) => o.invariant === 'I5')).toBe(true);
  });

  it('readers: 167 960 schedules, none bad; S freed in exactly 1 512, else attached with no eb', () => {
    expect([x.readers.schedules, x.readers.badSchedules]).toEqual([167960n, 0n]);
    expect(count('readers', (s) => s.includes('S freed'))).toBe(1512n);
    expect(count('readers', (s) => s.includes('S attached eb_refs=0') && s.includes('S->readers 0'))).toBe(167960n - 1512n);
  });
});

describe("the commit message's table and the test's order (RACE.md section 8)", () => {
  const outcome = (v: V, text: string) => {
    const r = run(model('endio-reader', v), digits(text));
    const fault = r.final.threads[0]?.locals.fault ?? null;
    return { verdict: r.outcome.verdict, fault, kept: r.final.kernel.page.private === 'S' };
  };

  it('private_check 111111 22222222222 111: T1 passes the test, T2 detaches, T1 loads 0: NULL', () => {
    expect(outcome('private_check', '111111 22222222222 111')).toEqual({ verdict: 'bug', fault: 'NULL', kept: false });
  });
  it('private_check 1111111 22222222222 11: T1 loads S, T2 frees it: use-after-free', () => {
    expect(outcome('private_check', '1111111 22222222222 11')).toEqual({ verdict: 'bug', fault: 'use-after-free', kept: false });
  });
  it('eb_refs 11111 22222222222 111: the same without the test', () => {
    expect(outcome('eb_refs', '11111 22222222222 111')).toEqual({ verdict: 'bug', fault: 'NULL', kept: false });
  });
  it('readers 11111 22222222222 1111: T2 sees readers 4 and keeps S: safe', () => {
    expect(outcome('readers', '11111 22222222222 1111')).toEqual({ verdict: 'safe', fault: null, kept: true });
  });

  it('2 11111111 2222222222: T1 frees B and S itself in eb_refs (bug); private_check returns; readers keeps S', () => {
    expect(outcome('eb_refs', '2 11111111 2222222222')).toEqual({ verdict: 'bug', fault: 'NULL', kept: false });
    expect(outcome('private_check', '2 11111111 2222222222')).toEqual({ verdict: 'safe', fault: null, kept: false });
    expect(outcome('readers', '2 11111111 2222222222')).toEqual({ verdict: 'safe', fault: null, kept: true });
  });

  it('the presets are these schedules', () => {
    expect(formatSchedule(presetSchedule('endio-reader', 'private_check', 'commit-message'))).toBe('11111122222222222111');
    expect(formatSchedule(presetSchedule('endio-reader', 'private_check', 'load-then-free'))).toBe('11111112222222222211');
    expect(formatSchedule(presetSchedule('endio-reader', 'eb_refs', 'commit-message'))).toBe('1111122222222222111');
    expect(formatSchedule(presetSchedule('endio-reader', 'readers', 'commit-message'))).toBe('11111222222222221111');
    expect(formatSchedule(presetSchedule('endio-reader', 'eb_refs', 'test-order'))).toBe('2111111112222222222');
  });
});

describe('the "bad iff" characterisations of RACE.md section 8 (fast-check)', () => {
  const picks = fc.array(fc.nat({ max: 3 }), { minLength: 20, maxLength: 20 });
  const at = (m: ReturnType<typeof model>, s: Tid[], tid: Tid, op: string) => positionOf(m, s, tid, op);

  const property = (v: V, expected: (m: ReturnType<typeof model>, s: Tid[]) => boolean, seed: number) => {
    const m = model('endio-reader', v);
    let bad = 0;
    fc.assert(
      fc.property(picks, (p) => {
        const s = scheduleFrom(m, p);
        const r = run(m, s);
        const isBad = r.outcome.verdict === 'bug';
        if (isBad) bad++;
        expect(isBad, formatSchedule(s)).toBe(expected(m, s));
        // I5 breaks exactly when I2 later breaks, at a detach step.
        const i2 = r.frames.find((f) => f.violations.some((x) => x.invariant === 'I2'));
        expect(!!i2, formatSchedule(s)).toBe(isBad);
        if (r.outcome.verdict === 'bug') {
          expect(r.outcome.invariant).toBe('I5');
          expect(['btrfs_detach_subpage', 'release_extent_buffer']).toContain(r.frames[r.outcome.step - 1]?.op);
          expect(i2 && i2.step > r.outcome.step).toBe(true);
        }
      }),
      { numRuns: 400, seed },
    );
    return bad;
  };

  it('eb_refs: bad iff T2 frees before T1 does, or T2 detaches before T1 sets uptodate', () => {
    const bad = property(
      'eb_refs',
      (m, s) =>
        at(m, s, 2, 'free_extent_buffer') < at(m, s, 1, 'free_extent_buffer') ||
        at(m, s, 2, 'btrfs_detach_subpage') < at(m, s, 1, 'btrfs_subpage_set_uptodate'),
      20210607,
    );
    expect(bad).toBeGreaterThan(100);
  }, 30_000);

  it('private_check: bad iff T1 frees first and T2 detaches between T1\'s test and its set_uptodate', () => {
    const m = model('endio-reader', 'private_check');
    const expected = (mm: typeof m, s: Tid[]) => {
      const detach = at(mm, s, 2, 'btrfs_detach_subpage');
      return (
        at(mm, s, 1, 'free_extent_buffer') < at(mm, s, 2, 'free_extent_buffer') &&
        at(mm, s, 1, 'test_page_private') < detach &&
        detach < at(mm, s, 1, 'btrfs_subpage_set_uptodate')
      );
    };
    property('private_check', expected, 0x3d078ef);
    // Random schedules rarely hit that window: also from schedules that open it.
    fc.assert(
      fc.property(fc.array(fc.nat({ max: 3 }), { minLength: 14, maxLength: 14 }), fc.nat({ max: 3 }), (tail, cut) => {
        const prefix = [...new Array<number>(6 + cut).fill(0)];
        const s = scheduleFrom(m, [...prefix, ...tail.map(() => 1)]);
        expect(run(m, s).outcome.verdict === 'bug', formatSchedule(s)).toBe(expected(m, s));
      }),
      { numRuns: 60, seed: 5140 },
    );
  }, 30_000);

  it('readers: never bad; S freed iff T2 frees last and checks after T1\'s end_reader', () => {
    const m = model('endio-reader', 'readers');
    fc.assert(
      fc.property(picks, (p) => {
        const s = scheduleFrom(m, p);
        const r = run(m, s);
        expect(r.outcome.verdict).toBe('safe');
        const freed = r.final.kernel.subpages.S?.freed === true;
        expect(freed, formatSchedule(s)).toBe(at(m, s, 2, 'page_range_has_eb') > at(m, s, 1, 'btrfs_subpage_end_reader') && at(m, s, 1, 'free_extent_buffer') < at(m, s, 2, 'free_extent_buffer'));
      }),
      { numRuns: 400, seed: 514 },
    );
  }, 30_000);
});

describe("endio-reader's events in words (the pack's describer)", () => {
  const words = (v: V, text: string, op: string, tid: Tid) => {
    const r = run(model('endio-reader', v), digits(text));
    const f = r.frames.find((x) => x.op === op && x.thread === tid);
    const d = describerOf(model('endio-reader', v));
    return (f?.events ?? []).map((e) => d(e, f ?? null)).filter((w) => w !== null).map((w) => `${w.subject ?? ''} ${w.text}`.trim());
  };

  it('says the load of page->private, the bad use of the loaded pointer, and the unlocked range', () => {
    expect(words('eb_refs', '11111 22222222222 111', 'load_page_private', 1)).toEqual(['subpage = (struct btrfs_subpage *)page->private = 0 (NULL)']);
    expect(words('eb_refs', '11111 22222222222 111', 'btrfs_subpage_set_uptodate', 1)[0]).toBe(
      'subpage (loaded from page->private) dereferenced while 0 (NULL)',
    );
    expect(words('eb_refs', '11111 22222222222 111', 'unlock_extent', 1)).toContain('btree io_tree EXTENT_LOCKED 0x1E10000-0x1E13FFF → cleared');
    expect(words('eb_refs', '11111 22222222222 111', 'dec_io_pages', 1)).toContain('S->uptodate_bitmap 0x0000 → 0x000f');
  });

  it("a skipped step's lock is said not to be taken", () => {
    expect(words('readers', '2 111111111 2222222222', 'spin_lock_buffer', 2)).toContain('fs_info->buffer_lock not taken: T2 skips this step');
  });
});
