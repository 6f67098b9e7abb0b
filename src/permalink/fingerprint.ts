// A link's schedule is one digit per step: its meaning depends on each thread's list of
// steps. The fingerprint names those lists, so that a link can tell which lists it was
// made under, and a link made under other lists is never silently read against today's
// (tla-web's links broke that way when a spec changed: its issue #41).
//
// THE CANONICAL SERIALIZATION. Every link ever written carries a fingerprint computed
// exactly this way; changing any detail below changes every fingerprint and breaks
// every link. Do not change it; a new scheme would need a new key and format.
//
//   1. The step lists of a scenario: for each variant, for each thread in thread order
//      (T1, T2, ...), the op ids of its program in program order (RACE.md section 5).
//   2. The variants sorted by id (JavaScript string order, i.e. UTF-16 code units), so
//      the order of the variant registry does not matter.
//   3. JSON.stringify of [[variantId, [[op, op, ...], [op, ...]]], ...] : an array of
//      [variant, threads] pairs, threads an array of arrays of op-id strings. No spaces.
//      Example: [["eb_refs",[["find_extent_buffer",...],["atomic_dec_and_test",...]]],...]
//   4. The 32-bit FNV-1a hash of that string's UTF-8 bytes (offset basis 2166136261,
//      prime 16777619, multiplication modulo 2^32).
//   5. The unsigned hash written in base 36 (digits 0-9 then a-z, lower case),
//      left-padded with '0' to 7 characters.
//
// The scenario id is not hashed: the link carries it in `sc`.

import { getModel, type StepLists, variantIds } from '../packs';

export type { StepLists };

/** A fingerprint as written in a link: exactly 7 characters of 0-9 and a-z. */
export const FINGERPRINT = /^[0-9a-z]{7}$/;

/** Today's step lists of a scenario, from its models; null for an unknown scenario. */
export function stepLists(scenario: string): StepLists | null {
  const lists: Record<string, string[][]> = {};
  for (const variant of variantIds(scenario)) {
    const model = getModel(scenario, variant);
    if (!model.ok) continue;
    lists[variant] = model.value.threads.map((t) => t.steps.map((s) => s.op));
  }
  return Object.keys(lists).length > 0 ? lists : null;
}

/** Step 3 of the canonical serialization above. */
export function canonicalLists(lists: StepLists): string {
  const variants = Object.keys(lists).sort();
  return JSON.stringify(variants.map((v) => [v, lists[v]]));
}

/** Steps 4 and 5: 32-bit FNV-1a of the UTF-8 bytes, base 36, 7 characters. */
export function fnv1a36(text: string): string {
  let h = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(text)) {
    h ^= byte;
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36).padStart(7, '0');
}

export function fingerprint(lists: StepLists): string {
  return fnv1a36(canonicalLists(lists));
}

// Models are built once and never change while the app runs, so neither does this;
// it is asked for on every write of the address.
const current = new Map<string, string | null>();

/** The fingerprint of a scenario's step lists today; null for an unknown scenario. */
export function currentFingerprint(scenario: string): string | null {
  let fp = current.get(scenario);
  if (fp === undefined) {
    const lists = stepLists(scenario);
    fp = lists ? fingerprint(lists) : null;
    current.set(scenario, fp);
  }
  return fp;
}
