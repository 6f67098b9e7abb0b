// The Code pane's listings (Pack.listings): each function the variant's steps run, in
// call order, with the lines each step runs at the version the variant cites (RACE.md
// 5a, 8), by number. The numbers are data generated from the sources (README.md); no
// kernel text is copied (the pane shows each step's own pseudo-C, and links to the
// source). This file says which version each listing is, where to read it, and why a
// line may lack its number.

import type { SourceListing } from '../../contract';
import { FIX_PATCH } from '../endio-reader/variants';
import { v4Patch } from '../links';
import { FIX_PREIMAGE } from './fix-2021-06-07';
import type { ListingLines } from './types';
import { V4_RACY, V4_UNDER_ALLOC } from './v4';
import { V5_12 } from './v5.12';
import { V5_14 } from './v5.14';

const elixir = (version: string, fn: string) => ({ label: `${fn}() on elixir (${version})`, url: `https://elixir.bootlin.com/linux/${version}/A/ident/${fn}` });
const lore = (n: number, fn: string) => ({ label: `${fn}() in v4 ${String(n).padStart(2, '0')}/18 on lore`, url: v4Patch(n) });

function pick(table: Readonly<Record<string, ListingLines>>, key: string): ListingLines {
  const l = table[key];
  if (!l) throw new Error(`no listing ${key}`);
  return l;
}

const SUBPAGE_C_NOTE =
  'line numbers unknown: subpage.c at v5.12 is not in the sources read';

/** v5.12: eb_refs in every scenario, and private_check's lines that the fix's tree has as v5.12 has them. */
function v512(key: string, also?: string): SourceListing {
  const l = pick(V5_12, key);
  return {
    ...l,
    version: also ? `v5.12 (${also})` : 'v5.12',
    link: elixir('v5.12', l.fn),
    ...(l.fn === 'btrfs_subpage_set_uptodate' ? { numbersNote: SUBPAGE_C_NOTE } : {}),
  };
}

const ALLOC_ORDER = [
  'alloc_extent_buffer',
  'attach_extent_buffer_page',
  'read_extent_buffer_subpage',
  'free_extent_buffer_stale',
  'release_extent_buffer',
  'btrfs_release_extent_buffer_pages',
  'detach_extent_buffer_page',
  'page_range_has_eb',
] as const;

const ENDIO_ORDER = [
  'end_bio_extent_readpage',
  'validate_subpage_buffer',
  'free_extent_buffer',
  'release_extent_buffer.endio',
  'btrfs_release_extent_buffer_pages',
  'detach_extent_buffer_page.endio',
  'page_range_has_eb.endio',
  'end_page_read',
  'btrfs_subpage_set_uptodate',
  'endio_readpage_release_extent',
] as const;

/** The v4 patch each v4 listing is read in, by function (links.ts gives the same for steps). */
const V4_OF: Readonly<Record<string, number>> = {
  alloc_extent_buffer: 6,
  attach_extent_buffer_page: 4,
  read_extent_buffer_subpage: 13,
  btrfs_release_extent_buffer_pages: 6,
  detach_extent_buffer_page: 6,
  page_range_has_eb: 6,
};

const RACY =
  'racy is v4 06/18 without its under_alloc lines, never posted as code; its line numbers are 06/18 post-image\'s';

function v4(variant: 'racy' | 'under_alloc', key: string): SourceListing {
  const l = pick(variant === 'racy' ? V4_RACY : V4_UNDER_ALLOC, key);
  const n = V4_OF[l.fn];
  const inferred = [
    variant === 'racy' ? RACY : null,
    l.fn === 'read_extent_buffer_subpage' ? 'the reader came in v4 13/18, later in the series than 06/18: here it stands for the next reader of page->private' : null,
  ].filter((x): x is string => x !== null);
  const base = {
    ...l,
    ...(inferred.length > 0 ? { inferred: inferred.join('; ') } : {}),
  };
  if (n === undefined) {
    return {
      ...base,
      version: 'v5.11 (v4 leaves it as it was)',
      link: elixir('v5.11', l.fn),
      numbersNote: 'line numbers unknown: no v4 patch touches this function, and the tree the series applied to was not read',
    };
  }
  const unnumbered = l.lines.some((x) => x.n === null);
  return {
    ...base,
    version: n === 13 ? 'v4 13/18, post-image' : 'v4 06/18, post-image',
    link: lore(n, l.fn),
    ...(unnumbered
      ? {
          numbersNote:
            'lines with no number are in no hunk of v4 04/18 to 06/18, and the tree the series applied to was not read',
        }
      : {}),
  };
}

function endioListing(variant: string, key: string): SourceListing | null {
  if (variant === 'eb_refs') return v512(key);
  if (variant === 'private_check') {
    if (key !== 'end_page_read') return v512(key, 'the same lines in the tree the 2021-06-07 fix applied to');
    return {
      ...pick(FIX_PREIMAGE, 'end_page_read'),
      version: 'as the 2021-06-07 fix found it (its pre-image)',
      link: { label: `end_page_read() in ${FIX_PATCH.label}`, url: FIX_PATCH.url },
      numbersNote: "numbers from the fix's hunks (their pre-image); the signature is in none of them",
    };
  }
  if (variant === 'readers') {
    const l = pick(V5_14, key);
    return {
      ...l,
      version: 'v5.14',
      link: elixir('v5.14', l.fn),
      numbersNote:
        "line numbers unknown: v5.14's sources were not read (the lines are those the fix's 2021-06-07 posting and v5.12 give the steps)",
    };
  }
  return null;
}

/** The listings of one scenario's variant, in call order, or null where there are none. */
export function listingsOf(scenario: string, variant: string): readonly SourceListing[] | null {
  if (scenario === 'endio-reader') {
    const out = ENDIO_ORDER.map((key) => endioListing(variant, key));
    return out.every((l): l is SourceListing => l !== null) ? out : null;
  }
  let out: SourceListing[];
  if (variant === 'eb_refs') out = ALLOC_ORDER.map((fn) => v512(fn in V5_12 ? fn : `${fn}.alloc`));
  else if (variant === 'racy' || variant === 'under_alloc') out = ALLOC_ORDER.map((fn) => v4(variant, fn));
  else return null;
  // same-bytenr's T2 starts past its last reference (RACE.md 7.3): it never runs
  // free_extent_buffer_stale(), so that listing and its step's marks go.
  return scenario === 'same-bytenr' ? withoutStep(out, 'free_extent_buffer_stale', 'free_extent_buffer_stale:atomic_dec_and_test') : out;
}

function withoutStep(listings: readonly SourceListing[], fn: string, key: string): SourceListing[] {
  return listings
    .filter((l) => l.fn !== fn)
    .map((l) => ({ ...l, lines: l.lines.map((x) => ({ ...x, steps: x.steps.filter((k) => k !== key) })).filter((x) => x.steps.length > 0) }));
}
