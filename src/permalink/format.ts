// The permalink format, version 2: what the URL hash holds and how it is written.
// Reading (with validation and migration) lives in decode.ts and migrate.ts.
//
//   #fmt=2&sc=seed&fp=0q3nins&v=racy&s=1111111222222222222111111&at=18[&mode=talk|presenter][&embed=1][&cmp=racy~eb_refs]
//
// `fp` is the fingerprint of the scenario's step lists (fingerprint.ts): the digits of
// `s` mean steps of those lists, and a link made under other lists is carried over.
// `at` is the 0-based index of the step that has just executed: store.cursor = at + 1.
// The initial state (cursor 0, no step executed yet) is written at=-1. See README.md.

import type { Choices, LinkView } from '../store';
import { DEFAULT_VIEW } from '../store';
import { currentFingerprint } from './fingerprint';

/** The format this app writes. Older ones are migrated in migrate.ts. */
export const CURRENT_FORMAT = 2;

/** Hashes longer than this are refused unread: no valid link comes near it. */
export { DEFAULT_VIEW };
export type { LinkView };

export const MAX_HASH_LENGTH = 4096;

/** The keys of format 2, in the order they are written. */
export const KEYS = ['fmt', 'sc', 'fp', 'v', 's', 'at', 'mode', 'embed', 'cmp'] as const;
export type Key = (typeof KEYS)[number];

export interface Permalink {
  choices: Choices;
  view: LinkView;
}

/** store.cursor -> `at`. */
export const cursorToAt = (cursor: number): number => cursor - 1;
/** `at` -> store.cursor. */
export const atToCursor = (at: number): number => at + 1;

/** The canonical hash (with its leading '#') for a view. Every value is plain ASCII. */
export function encodePermalink(link: Permalink): string {
  const { choices, view } = link;
  // Every scenario the store can hold has one; an unknown id (never written) gets none.
  const fp = currentFingerprint(choices.scenario);
  const parts = [
    `fmt=${CURRENT_FORMAT}`,
    `sc=${encodeURIComponent(choices.scenario)}`,
    ...(fp ? [`fp=${fp}`] : []),
    `v=${encodeURIComponent(choices.variant)}`,
    `s=${choices.schedule.join('')}`,
    `at=${cursorToAt(choices.cursor)}`,
  ];
  if (view.mode !== 'app') parts.push(`mode=${view.mode}`);
  if (view.embed) parts.push('embed=1');
  if (view.compare) parts.push(`cmp=${encodeURIComponent(view.compare.left)}~${encodeURIComponent(view.compare.right)}`);
  return `#${parts.join('&')}`;
}

/** The same link without embed=1: what an embed links out to. */
export function withoutEmbed(link: Permalink): string {
  return encodePermalink({ ...link, view: { ...link.view, embed: false } });
}
