// Every older permalink format is brought up to the current one here, and only here,
// one step at a time (as tldraw's store migrations and excalidraw's restore do).
// Each migration has its own test in migrate.test.ts.

import { fingerprint } from './fingerprint';
import { CURRENT_FORMAT } from './format';
import type { Params } from './params';
import { FORMAT_1_DEFAULT, FORMAT_1_LISTS } from './pinned-lists';

export interface Migration {
  /** The format version this migration reads. */
  from: number;
  /** The version it produces: always from + 1. */
  to: number;
  /** What changed, for the warning shown to the user; none when the link reads exactly as before. */
  note?: string;
  up: (params: Params) => Params;
}

/**
 * Format 0 is a link without `fmt`: the format-1 keys written by hand, or a link cut
 * short when it was copied. It is read with format 1's meaning; the migration only
 * stamps the version, and the user is told that it was assumed.
 *
 * Format 1 has no `fp`: its digits were written against the step lists pinned in
 * pinned-lists.ts, so the migration stamps their fingerprint. It has no note of its
 * own: while today's lists are those, the link reads exactly as before; once they
 * differ, the stamped fingerprint is not today's and decoding carries the schedule
 * over and says so, naming format 1 (carry.ts). A link whose scenario this app does
 * not know gets no fp; the unknown-scenario warning speaks for it. Format 1 had no
 * `fp` key, so one found in a format-1 link was put there by hand and is replaced.
 * A format-1 link without `sc` opened format 1's default scenario (FORMAT_1_DEFAULT):
 * the migration names it, as format 2 always does, so that it keeps meaning that
 * scenario whatever the app's default becomes.
 */
export const MIGRATIONS: readonly Migration[] = [
  {
    from: 0,
    to: 1,
    note: 'the link has no format version (fmt); it was read as format 1',
    up: (p) => ({ ...p, fmt: '1' }),
  },
  {
    from: 1,
    to: 2,
    up: (p) => {
      const scenario = p.sc ?? FORMAT_1_DEFAULT;
      if (scenario === undefined) return { ...p, fmt: '2' };
      const lists = Object.hasOwn(FORMAT_1_LISTS, scenario) ? FORMAT_1_LISTS[scenario] : undefined;
      return lists ? { ...p, fmt: '2', sc: scenario, fp: fingerprint(lists) } : { ...p, fmt: '2' };
    },
  },
];

export type Migrated = { ok: true; params: Params; notes: string[] } | { ok: false; reason: string };

/** The version a link declares: a missing `fmt` is format 0. */
export function versionOf(params: Params): number | null {
  const raw = params.fmt;
  if (raw === undefined) return 0;
  return /^[0-9]{1,6}$/.test(raw) ? Number(raw) : null;
}

/** Applies the table, in order, from the link's version up to `target`. */
export function migrate(
  params: Params,
  table: readonly Migration[] = MIGRATIONS,
  target: number = CURRENT_FORMAT,
): Migrated {
  const version = versionOf(params);
  if (version === null) {
    return { ok: false, reason: `fmt=${JSON.stringify(String(params.fmt).slice(0, 20))} is not a format version (this app writes fmt=${target})` };
  }
  if (version > target) {
    return {
      ok: false,
      reason: `the link is in format ${version}, newer than this app reads (up to fmt=${target}); open it with a newer version of the app`,
    };
  }
  let p = version === 0 ? params : { ...params };
  const notes: string[] = [];
  for (let v = version; v < target; v++) {
    const m = table.find((x) => x.from === v);
    if (!m || m.to !== v + 1) {
      return { ok: false, reason: `format ${version} cannot be read: no migration from format ${v} to ${v + 1}` };
    }
    p = m.up(p);
    if (m.note) notes.push(m.note);
  }
  return { ok: true, params: { ...p, fmt: String(target) }, notes };
}
