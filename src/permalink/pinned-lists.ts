// Every step list the app has shipped, gathered from the packs (each scenario's
// `shipped`, kept literally in its pack): a link's digits are read against the lists
// named by its fingerprint. pinned-lists.test.ts checks that each entry still hashes to
// its fingerprint and that today's lists are among them.

import { SCENARIOS, type StepLists } from '../packs';

export interface KnownLists {
  /** The scenario these are the lists of. */
  scenario: string;
  lists: StepLists;
}

/** The lists format-1 links were made under, by scenario: a link without `fp` means these. */
export const FORMAT_1_LISTS: Readonly<Record<string, StepLists>> = Object.fromEntries(
  SCENARIOS.flatMap((s) => {
    const lists = s.shipped.format1 === undefined ? undefined : s.shipped.lists[s.shipped.format1];
    return lists ? [[s.id, lists] as const] : [];
  }),
);

/**
 * The scenario a format-1 link without `sc` opened: the first one that has format-1
 * lists (format 1 predates every family but the first, whose first scenario was the
 * default then), not today's default, which a new first pack would change.
 */
export const FORMAT_1_DEFAULT: string | undefined = SCENARIOS.find((s) => s.shipped.format1 !== undefined)?.id;

/** Every list set the app has shipped, by fingerprint. */
export const KNOWN_LISTS: Readonly<Record<string, KnownLists>> = Object.fromEntries(
  SCENARIOS.flatMap((s) => Object.entries(s.shipped.lists).map(([fp, lists]) => [fp, { scenario: s.id, lists }] as const)),
);
