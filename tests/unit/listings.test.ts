// The Code pane's source listings (Pack.listings, the pack's source/ data): every step of
// every variant runs lines of some listing, the lines are in source order with the
// cited version's numbers, and each listing says which version it is and where to read it.

import { describe, expect, it } from 'vitest';
import { listingRows } from '../../src/components/state-view/listings/marks';
import type { SourceListing } from '../../src/packs';
import { PACKS } from '../../src/packs';
import { SCENARIO_VARIANTS } from '../fixtures/scenario-variants';
import { model } from './helpers';

const pack = PACKS[0];
if (!pack?.listings) throw new Error('the pack has no listings');
const load = pack.listings;

async function listings(scenario: string, variant: string): Promise<readonly SourceListing[]> {
  const l = await load(scenario, variant);
  if (!l) throw new Error(`no listings for ${scenario}/${variant}`);
  return l;
}

describe('source listings', () => {
  it('every step of every variant of every scenario runs lines of a listing', async () => {
    for (const { scenario, variant } of SCENARIO_VARIANTS) {
      const keys = new Set((await listings(scenario, variant)).flatMap((l) => l.lines.flatMap((line) => line.steps ?? [])));
      for (const thread of model(scenario, variant).threads) {
        for (const step of thread.steps) expect(keys.has(`${step.fn}:${step.op}`), `${scenario}/${variant} T${thread.tid} ${step.fn}:${step.op}`).toBe(true);
      }
    }
  });

  it('names only steps that exist: no line points at a step the variant does not have', async () => {
    for (const { scenario, variant } of SCENARIO_VARIANTS) {
      const steps = new Set(model(scenario, variant).threads.flatMap((t) => t.steps.map((s) => `${s.fn}:${s.op}`)));
      for (const l of await listings(scenario, variant)) {
        for (const line of l.lines) for (const key of line.steps ?? []) expect(steps.has(key), `${scenario}/${variant} ${l.fn}: ${key}`).toBe(true);
      }
    }
  });

  it('one listing per function, its numbered lines in source order, "follows" only where a number is missing', async () => {
    for (const { scenario, variant } of SCENARIO_VARIANTS) {
      const all = await listings(scenario, variant);
      expect(new Set(all.map((l) => l.fn)).size, `${scenario}/${variant}`).toBe(all.length);
      for (const l of all) {
        const numbers = l.lines.map((x) => x.n).filter((n): n is number => n !== null);
        for (let i = 1; i < numbers.length; i++) expect(numbers[i], `${l.fn} ${l.version}`).toBeGreaterThan(numbers[i - 1] as number);
        for (const x of l.lines) {
          if (x.n !== null) expect(Number.isInteger(x.n) && x.n > 0).toBe(true);
          if (x.follows) expect(x.n, `${l.fn}: ${x.steps.join()}`).toBeNull();
          // Every line shown is a step's: the pack copies no kernel text, it places steps.
          expect(x.steps.length, `${l.fn} line ${x.n}`).toBeGreaterThan(0);
          expect(Object.keys(x).sort(), `${l.fn}: nothing but a number and steps`).toEqual(x.follows ? ['follows', 'n', 'steps'] : ['n', 'steps']);
        }
        // a listing with a line of unknown number says why
        if (l.lines.some((x) => x.n === null)) expect(l.numbersNote, `${scenario}/${variant} ${l.fn}`).toMatch(/number/);
      }
    }
  });

  it('each function links to its cited version, and the label names where it goes', async () => {
    for (const { scenario, variant } of SCENARIO_VARIANTS) {
      for (const l of await listings(scenario, variant)) {
        const host = new URL(l.link.url).host;
        expect(l.link.label).toContain(host === 'lore.kernel.org' ? 'on lore' : host === 'elixir.bootlin.com' ? 'on elixir' : host);
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

  it("rows: a step's adjacent lines are one row; elisions counted between numbered lines, unknown where a number is missing, none where a line follows", () => {
    const rows = listingRows({
      lines: [
        { n: 10, steps: ['f:a'] },
        { n: 11, steps: ['f:a'] },
        { n: 12, steps: ['f:b'] },
        { n: 20, steps: ['f:c'] },
        { n: null, steps: ['f:d'] },
        { n: null, steps: ['f:e'], follows: true },
      ],
    });
    const shown = rows.map((r) => (r.kind === 'gap' ? `...${r.count ?? '?'}` : `${r.line.steps[0]}@${r.first ?? '?'}-${r.last ?? '?'}`));
    expect(shown).toEqual(['f:a@10-11', 'f:b@12-12', '...7', 'f:c@20-20', '...?', 'f:d@?-?', 'f:e@?-?']);
  });
});
