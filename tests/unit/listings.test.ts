// The Code pane's source listings (Pack.listings), for every pack that has them: every
// step of every variant that has listings runs lines of one, the lines are in source
// order with the cited version's numbers, and each listing says where to read it. What
// the numbers are is the pack's to pin (src/packs/btrfs-subpage/tests/listings.test.ts).

import { describe, expect, it } from 'vitest';
import { listingRows } from '../../src/components/state-view/listings/marks';
import type { SourceListing } from '../../src/packs';
import { TEST_REGISTRY } from '../fixtures/scenario-variants';

const model = TEST_REGISTRY.modelOf;

/** Every (scenario, variant) of a pack with listings. */
const WITH_LISTINGS = TEST_REGISTRY.scenarios.flatMap((s) => (s.pack.listings ? s.variants.map((v) => ({ scenario: s.id, variant: v.id })) : []));

/** A variant's listings; none where its pack has none for it (the pane then shows the steps' own code). */
async function listings(scenario: string, variant: string): Promise<readonly SourceListing[]> {
  return (await TEST_REGISTRY.packOf(scenario).listings?.(scenario, variant)) ?? [];
}

describe('source listings', () => {
  it('some pack has listings to check', () => {
    expect(WITH_LISTINGS.length).toBeGreaterThan(0);
  });

  it('every step of every variant with listings runs lines of a listing', async () => {
    for (const { scenario, variant } of WITH_LISTINGS) {
      const all = await listings(scenario, variant);
      if (all.length === 0) continue;
      const keys = new Set(all.flatMap((l) => l.lines.flatMap((line) => line.steps ?? [])));
      for (const thread of model(scenario, variant).threads) {
        for (const step of thread.steps) expect(keys.has(`${step.fn}:${step.op}`), `${scenario}/${variant} T${thread.tid} ${step.fn}:${step.op}`).toBe(true);
      }
    }
  });

  it('names only steps that exist: no line points at a step the variant does not have', async () => {
    for (const { scenario, variant } of WITH_LISTINGS) {
      const steps = new Set(model(scenario, variant).threads.flatMap((t) => t.steps.map((s) => `${s.fn}:${s.op}`)));
      for (const l of await listings(scenario, variant)) {
        for (const line of l.lines) for (const key of line.steps ?? []) expect(steps.has(key), `${scenario}/${variant} ${l.fn}: ${key}`).toBe(true);
      }
    }
  });

  it('one listing per function, its numbered lines in source order, "follows" only where a number is missing', async () => {
    for (const { scenario, variant } of WITH_LISTINGS) {
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

  it('each function links to where it can be read, and the label names where it goes', async () => {
    for (const { scenario, variant } of WITH_LISTINGS) {
      for (const l of await listings(scenario, variant)) {
        const host = new URL(l.link.url).host;
        expect(l.link.label).toContain(host === 'lore.kernel.org' ? 'on lore' : host === 'elixir.bootlin.com' ? 'on elixir' : host);
      }
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
