import type { Locator, Page } from '@playwright/test';
import { expect, test } from './helpers';

// The Code pane as the kernel reads it: opened mid-race from a link, it shows one listing
// per function with the cited version's line numbers (increasing), the elided lines
// counted, each thread's current line marked with its number, and each function linked
// to the version it is read in.

async function openCode(page: Page, link: string): Promise<Locator> {
  await page.goto(`./${link}`);
  await page.getByTestId('tab-code').click();
  const pane = page.getByTestId('listings');
  await expect(pane).toBeVisible();
  return pane;
}

/**
 * The first line number of each numbered row of a listing, in order (a row that spans
 * lines shows "first–last"), after checking that the gutter shows exactly that.
 */
const numbersOf = (listing: Locator) =>
  listing.getByTestId('line-number').evaluateAll((els) =>
    els
      .filter((e) => (e as HTMLElement).dataset.first !== '')
      .map((e) => {
        const { first, last } = (e as HTMLElement).dataset;
        const shown = last && last !== first ? `${first}–${last}` : first;
        if (e.textContent !== shown) throw new Error(`gutter shows ${e.textContent}, not ${shown}`);
        return Number(first);
      }),
  );

test('eb_refs mid-race: one listing per function, v5.12 numbers increasing, elisions counted, both threads marked', async ({ page }) => {
  // seed, eb_refs: T1 through radix_tree_insert's lock, T2 two steps into its release.
  const pane = await openCode(page, '#fmt=2&sc=seed&fp=0q3nins&v=eb_refs&s=1111111122222222222111111&at=9');
  const listings = pane.getByTestId('listing');
  const fns = await listings.evaluateAll((els) => els.map((e) => e.getAttribute('data-fn')));
  expect(fns[0]).toBe('alloc_extent_buffer');
  expect(new Set(fns).size).toBe(fns.length);
  expect(fns).toEqual(expect.arrayContaining(['detach_extent_buffer_page', 'page_range_has_eb', 'release_extent_buffer']));

  for (const listing of await listings.all()) {
    const numbers = await numbersOf(listing);
    expect(numbers.length).toBeGreaterThan(0);
    for (let i = 1; i < numbers.length; i++) expect(numbers[i]).toBeGreaterThan(numbers[i - 1] as number);
  }
  const alloc = pane.locator('[data-fn="alloc_extent_buffer"]');
  expect(await numbersOf(alloc)).toEqual(expect.arrayContaining([5605, 5665, 5691]));
  // An elision says how many lines it hides, and that count is the gap between the numbers.
  const gap = alloc.getByTestId('elision').first();
  await expect(gap).toHaveText(/^\.\.\. \(\d+ lines?\)$/);
  const count = Number(await gap.getAttribute('data-count'));
  expect(count).toBeGreaterThan(0);

  // Each thread's current line is marked, in its own colour, with its number.
  await expect(pane.locator('.cv-mark[data-thread="1"]').first()).toBeVisible();
  await expect(pane.locator('.cv-mark[data-thread="2"]').first()).toBeVisible();
  await expect(pane.locator('[data-fn="alloc_extent_buffer"] .cv-mark[data-thread="1"]')).toHaveCount(1);

  // The function links to the version it is read in: elixir's v5.12 for eb_refs.
  const link = alloc.getByTestId('listing-link');
  await expect(link).toHaveAttribute('href', 'https://elixir.bootlin.com/linux/v5.12/A/ident/alloc_extent_buffer');
  await expect(link).toContainText('on elixir');
});

test("under_alloc: v4's hunks link to the patch on lore; two allocators marked at once in alloc_extent_buffer()", async ({ page }) => {
  // two-allocators, under_alloc: T1 past its attach, T2 into its release, T3 not started.
  const pane = await openCode(page, '#fmt=2&sc=two-allocators&fp=01n40wo&v=under_alloc&s=11111112222&at=10');
  const alloc = pane.locator('[data-fn="alloc_extent_buffer"]');
  await expect(alloc.getByTestId('listing-link')).toHaveAttribute('href', 'https://lore.kernel.org/linux-btrfs/20210116071533.105780-7-wqu@suse.com/');
  await expect(alloc.getByTestId('listing-link')).toContainText('on lore');
  // Both allocators are in the same function: one listing, both marks.
  await expect(alloc.locator('.cv-mark[data-thread="1"]').first()).toBeVisible();
  await expect(alloc.locator('.cv-mark[data-thread="3"]').first()).toBeVisible();
  expect(await numbersOf(alloc)).toEqual(expect.arrayContaining([5432, 5470, 5471, 5521]));
  // Lines no v4 hunk carries have no number, and the listing says why.
  await expect(alloc.getByTestId('numbers-note')).toContainText('no hunk');
});

test('endio-reader private_check: the fix on lore for end_page_read(), the skipped branch, inferred T2, the Oops log stays in seed', async ({ page }) => {
  // T2 drops first: T1 frees B and S itself; its PagePrivate() test then returns.
  let pane = await openCode(page, '#fmt=2&sc=endio-reader&fp=0pvfjvk&v=private_check&s=21111111112222222222&at=19');
  const epr = pane.locator('[data-fn="end_page_read"]');
  await expect(epr.getByTestId('listing-link')).toHaveAttribute('href', 'https://lore.kernel.org/linux-btrfs/20210607090258.253660-1-wqu@suse.com/');
  expect(await numbersOf(epr)).toEqual(expect.arrayContaining([2703, 2708]));
  await expect(pane.locator('.sv-skipped').first()).toBeVisible();
  await expect(pane.getByTestId('thread-2')).toContainText('inferred');

  pane = await openCode(page, '#fmt=2&sc=seed&fp=0q3nins&v=racy&s=1111111222222222211111122&at=24');
  await expect(pane.getByTestId('oops-log-1')).toContainText('panic_on_oops');
  await expect(pane.locator('[data-fn="alloc_extent_buffer"] .tag--inferred')).toBeVisible();
});
