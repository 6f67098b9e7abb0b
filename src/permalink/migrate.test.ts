import { describe, expect, it } from 'vitest';
import { type Migration, MIGRATIONS, migrate, versionOf } from './migrate';

describe('permalink migrations', () => {
  it('0 -> 1: a link without fmt is read as format 1 and says so', () => {
    const r = migrate({ sc: 'seed', v: 'racy', s: '12', at: '0' });
    expect(r).toEqual({
      ok: true,
      params: { fmt: '1', sc: 'seed', v: 'racy', s: '12', at: '0' },
      notes: [MIGRATIONS[0]?.note],
    });
  });

  it('an explicit fmt=0 takes the same path', () => {
    const r = migrate({ fmt: '0', sc: 'seed' });
    expect(r.ok && r.params).toEqual({ fmt: '1', sc: 'seed' });
  });

  it('the current format passes through untouched, with no note', () => {
    expect(migrate({ fmt: '1', sc: 'seed', s: '1' })).toEqual({ ok: true, params: { fmt: '1', sc: 'seed', s: '1' }, notes: [] });
  });

  it('refuses newer and malformed versions with a clear message', () => {
    const newer = migrate({ fmt: '2' });
    expect(newer.ok).toBe(false);
    expect(!newer.ok && newer.reason).toMatch(/format 2, newer than this app reads \(up to fmt=1\)/);
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
