// The btrfs listings (the pack's source/ data): every variant of every scenario has
// them, each links to its cited version (elixir's v5.12 and v5.14, v4's patches on
// lore), pinned line numbers of the race, and racy said to be inferred. (What every
// pack's listings must satisfy: tests/unit/listings.test.ts.)

import { describe, expect, it } from 'vitest';
import type { SourceListing } from '../../index';
import { btrfsSubpage } from '../index';
import { BTRFS_SCENARIO_VARIANTS } from './helpers';

async function listings(scenario: string, variant: string): Promise<readonly SourceListing[]> {
  const l = await btrfsSubpage.listings?.(scenario, variant);
  if (!l) throw new Error(`no listings for ${scenario}/${variant}`);
  return l;
}

describe('source listings', () => {
  it('every variant of every scenario has listings', async () => {
    for (const { scenario, variant } of BTRFS_SCENARIO_VARIANTS) expect((await listings(scenario, variant)).length, `${scenario}/${variant}`).toBeGreaterThan(0);
  });

  it('each function links to its cited version', async () => {
    for (const { scenario, variant } of BTRFS_SCENARIO_VARIANTS) {
      for (const l of await listings(scenario, variant)) {
        if (variant === 'eb_refs') expect(l.link.url).toBe(`https://elixir.bootlin.com/linux/v5.12/A/ident/${l.fn}`);
        if (variant === 'readers') expect(l.link.url).toContain('/v5.14/');
        if ((variant === 'racy' || variant === 'under_alloc') && l.lines.some((x) => x.n !== null)) {
          expect(l.link.url).toMatch(/^https:\/\/lore\.kernel\.org\/linux-btrfs\/20210116071533\.105780-\d+-wqu@suse\.com\/$/);
        }
      }
    }
  });

  it('pins v5.12 line numbers of the race and v4 06/18 post-image numbers from its hunks', async () => {
    const line = async (scenario: string, variant: string, fn: string, key: string) => {
      const l = (await listings(scenario, variant)).find((x) => x.fn === fn);
      return l?.lines.find((x) => x.steps?.includes(key))?.n;
    };
    expect(await line('seed', 'eb_refs', 'detach_extent_buffer_page', 'detach_extent_buffer_page:btrfs_detach_subpage')).toBe(5269);
    expect(await line('seed', 'eb_refs', 'alloc_extent_buffer', 'alloc_extent_buffer:btrfs_page_inc_eb_refs')).toBe(5665);
    expect(await line('endio-reader', 'eb_refs', 'validate_subpage_buffer', 'validate_subpage_buffer:free_extent_buffer')).toBe(640);
    expect(await line('seed', 'under_alloc', 'alloc_extent_buffer', 'alloc_extent_buffer:btrfs_page_start_meta_alloc')).toBe(5470);
    expect(await line('seed', 'under_alloc', 'detach_extent_buffer_page', 'detach_extent_buffer_page:spin_lock_buffer')).toBe(5089);
    expect(await line('endio-reader', 'private_check', 'end_page_read', 'end_page_read:test_page_private')).toBe(2703);
  });

  it('racy is said to be inferred on every listing, and has none of under_alloc\'s lines', async () => {
    for (const l of await listings('seed', 'racy')) {
      expect(l.inferred, l.fn).toMatch(/never posted/);
      expect(l.lines.some((x) => x.steps.some((k) => /under_alloc|meta_alloc/.test(k))), l.fn).toBe(false);
    }
  });
});
