import { describe, expect, it } from 'vitest';
import { type Migration, MIGRATIONS, migrate, versionOf } from './migrate';

describe('permalink migrations', () => {
  it('0 -> 1: a link without fmt is read as format 1 and says so', () => {
    const r = migrate({ sc: 'seed', v: 'racy', s: '12', at: '0' }, MIGRATIONS, 1);
    expect(r).toEqual({
      ok: true,
      params: { fmt: '1', sc: 'seed', v: 'racy', s: '12', at: '0' },
      notes: [MIGRATIONS[0]?.note],
    });
  });

  it('an explicit fmt=0 takes the same path', () => {
    const r = migrate({ fmt: '0', sc: 'seed' }, MIGRATIONS, 1);
    expect(r.ok && r.params).toEqual({ fmt: '1', sc: 'seed' });
  });

  it('1 -> 2: stamps the fingerprint of the step lists format-1 links were made under, without a note', () => {
    // The literal fingerprints of FORMAT_1_LISTS (pinned-lists.ts): they never change.
    expect(migrate({ fmt: '1', sc: 'seed', v: 'racy', s: '12', at: '0' })).toEqual({
      ok: true,
      params: { fmt: '2', sc: 'seed', fp: '0q3nins', v: 'racy', s: '12', at: '0' },
      notes: [],
    });
    const fp = (sc: string | undefined) => {
      const r = migrate(sc === undefined ? { fmt: '1' } : { fmt: '1', sc });
      return r.ok ? r.params.fp : 'refused';
    };
    expect(fp('two-allocators')).toBe('01n40wo');
    expect(fp('same-bytenr')).toBe('03q20nf');
    // No sc: format 1 opened its default scenario, so its lists are meant, and the link names it.
    expect(fp(undefined)).toBe('0q3nins');
    const bare = migrate({ fmt: '1', s: '12' });
    expect(bare.ok && bare.params).toEqual({ fmt: '2', sc: 'seed', fp: '0q3nins', s: '12' });
    // An unknown scenario gets none: the unknown-scenario warning speaks for the link.
    expect(fp('nope')).toBeUndefined();
    expect(fp('__proto__')).toBeUndefined();
    expect(fp('constructor')).toBeUndefined();
    // Format 1 had no fp key: one written into a format-1 link by hand is replaced.
    const edited = migrate({ fmt: '1', sc: 'seed', fp: 'zzzzzzz' });
    expect(edited.ok && edited.params.fp).toBe('0q3nins');
  });

  it('0 -> 2: a link without fmt goes through both, and only the first one speaks', () => {
    const r = migrate({ sc: 'seed', s: '12' });
    expect(r).toEqual({ ok: true, params: { fmt: '2', sc: 'seed', fp: '0q3nins', s: '12' }, notes: [MIGRATIONS[0]?.note] });
  });

  it('the current format passes through untouched, with no note', () => {
    expect(migrate({ fmt: '2', sc: 'seed', fp: 'abcdefg', s: '1' })).toEqual({
      ok: true,
      params: { fmt: '2', sc: 'seed', fp: 'abcdefg', s: '1' },
      notes: [],
    });
  });

  it('refuses newer and malformed versions with a clear message', () => {
    const newer = migrate({ fmt: '3' });
    expect(newer.ok).toBe(false);
    expect(!newer.ok && newer.reason).toMatch(/format 3, newer than this app reads \(up to fmt=2\)/);
    const bad = migrate({ fmt: 'one' });
    expect(!bad.ok && bad.reason).toMatch(/is not a format version/);
    expect(versionOf({ fmt: '-1' })).toBeNull();
    expect(versionOf({ fmt: '1.0' })).toBeNull();
  });

  it('applies the table in order, one version at a time', () => {
    const order: string[] = [];
    const step = (from: number, mark: string): Migration => ({
      from,
      to: from + 1,
      note: `${from}->${from + 1}`,
      up: (p) => {
        order.push(`${from}->${from + 1}`);
        return { ...p, s: `${p.s ?? ''}${mark}` };
      },
    });
    const table: Migration[] = [
      // Listed out of order on purpose: the mechanism must follow the versions.
      step(2, 'c'),
      step(0, 'a'),
      step(1, 'b'),
    ];
    const r = migrate({ s: '' }, table, 3);
    expect(order).toEqual(['0->1', '1->2', '2->3']);
    expect(r).toEqual({ ok: true, params: { s: 'abc', fmt: '3' }, notes: ['0->1', '1->2', '2->3'] });
    const fromOne = migrate({ fmt: '1', s: 'x' }, table, 3);
    expect(fromOne.ok && fromOne.params.s).toBe('xbc');
  });

  it('refuses a version the table has no path from', () => {
    const table: Migration[] = [{ from: 1, to: 2, note: '', up: (p) => p }];
    const r = migrate({ fmt: '0' }, table, 2);
    expect(!r.ok && r.reason).toMatch(/no migration from format 0 to 1/);
  });
});
