// Reading a link against the step lists it was made under. A link's `s` is one digit
// per step; the k-th digit naming thread t means "t's next step" in the lists of that
// time. When those lists are not today's, the digits are read against the old lists,
// giving (thread, op, occurrence) per step, and carried over to today's steps by op id
// (placeByOps, the carry-over the variant switch uses). Never the digits as they stand:
// that would silently run other steps than the link showed (tla-web #41). Deciding which
// lists a link was made under is here; the carrying itself is old-lists.ts.

import { currentFingerprint, FINGERPRINT, stepLists } from './fingerprint';
import { quote } from './params';
import type { KnownLists } from './pinned-lists';

/** Which lists a link's `s` is to be read against. */
export type ListsOfLink =
  | { kind: 'current' }
  | { kind: 'old'; fp: string; now: string; old: OpLists }
  | { kind: 'unknown'; why: string };

export type OpLists = readonly (readonly string[])[];

/**
 * Classifies the link's fingerprint. A missing or malformed one is read as today's
 * lists (only a hand-written link lacks it: migration stamps format-1 links), and the
 * user is told when there is a schedule it matters for. Old lists whose threads for
 * this variant are today's read the same: the link is read as it stands, silently.
 */
export function listsOfLink(
  link: { fp: string | undefined; scenario: string; variant: string; hasSchedule: boolean },
  known: Readonly<Record<string, KnownLists>>,
  warnings: string[],
): ListsOfLink {
  const { fp, scenario, variant, hasSchedule } = link;
  const now = currentFingerprint(scenario);
  if (now === null || fp === now) return { kind: 'current' };
  const readToday = `its schedule was read against today's steps of ${scenario} (fp ${now})`;
  if (fp === undefined) {
    if (hasSchedule) warnings.push(`fp: the link has no fingerprint of the step lists it was made under; ${readToday}`);
    return { kind: 'current' };
  }
  if (!FINGERPRINT.test(fp)) {
    warnings.push(`fp: ${quote(fp)} is not a fingerprint (7 characters, 0-9 and a-z); ignored${hasSchedule ? `, and ${readToday}` : ''}`);
    return { kind: 'current' };
  }
  const entry = Object.hasOwn(known, fp) ? known[fp] : undefined;
  if (!entry) {
    return {
      kind: 'unknown',
      why: `fp: ${fp} is not the fingerprint of any step lists of ${scenario} this app knows (today's is ${now}); the link may come from a newer version of the app or have been edited`,
    };
  }
  if (entry.scenario !== scenario) {
    return { kind: 'unknown', why: `fp: ${fp} is the fingerprint of the step lists of ${entry.scenario}, not of ${scenario}` };
  }
  const old = Object.hasOwn(entry.lists, variant) ? entry.lists[variant] : undefined;
  if (!old) return { kind: 'unknown', why: `fp: the step lists of ${scenario} with fingerprint ${fp} have no variant ${variant}` };
  const today = stepLists(scenario)?.[variant];
  if (JSON.stringify(old) === JSON.stringify(today)) return { kind: 'current' };
  return { kind: 'old', fp, now, old };
}

type OldLists = typeof import('./old-lists');
let oldLists: OldLists | null = null;

/**
 * Loads the carrying of old links (old-lists.ts), once. Whoever reads a link that
 * needsOldLists (decode.ts) waits for it first, as a tour link waits for its reader.
 */
export async function loadOldLists(): Promise<OldLists> {
  oldLists ??= await import('./old-lists');
  return oldLists;
}

/** The carrying of old links, once loaded; null before. */
export function loadedOldLists(): OldLists | null {
  return oldLists;
}
