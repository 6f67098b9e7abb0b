import { expect, type Page, test } from '@playwright/test';

// The default view is drawn into index.html at build time (src/prerender.tsx): the bare
// address paints it before any script runs, and any other link never shows it.

const DEFAULT_HASH = '#fmt=2&sc=seed&fp=0q3nins&v=racy&s=1111111222222222211111122&at=-1';
const OTHER = './#fmt=2&sc=two-allocators&v=racy&at=20';

/** Opens `url` with the app's scripts refused: what the page paints on its own. */
async function withoutApp(page: Page, url: string): Promise<void> {
  await page.route(/\/assets\/.*\.js$/, (r) => r.abort());
  await page.goto(url);
}

test('the bare address paints the default view, verdict and all, before any script runs', async ({ page }) => {
  await withoutApp(page, './');
  const copy = page.locator('#prerender');
  await expect(copy).toBeVisible();
  await expect(copy.locator('.verdict')).toContainText('I1 broken at step 15');
  await expect(copy.locator('.tl-chip')).toHaveCount(25);
  await expect(copy.locator('.obj')).not.toHaveCount(0);
  // A first visit sees the introduction in the copy too.
  await expect(copy.locator('.intro-strip')).toBeVisible();
});

test('the copy hides the introduction for a returning visitor, and shows for a reload of the default link', async ({ page }) => {
  await page.addInitScript(() => window.localStorage.setItem('legend-seen', '1'));
  await withoutApp(page, `./${DEFAULT_HASH}`);
  await expect(page.locator('#prerender')).toBeVisible();
  await expect(page.locator('#prerender .intro-strip')).toBeHidden();
});

test("a link naming another view never shows the default's copy, not even for a frame", async ({ page }) => {
  await withoutApp(page, OTHER);
  await expect(page.locator('#prerender')).toBeHidden();
  await page.unroute(/\/assets\/.*\.js$/);

  // With the app: sample every frame from the first one on.
  await page.addInitScript(() => {
    const w = window as unknown as { __seen: boolean[] };
    w.__seen = [];
    const sample = () => {
      const copy = document.getElementById('prerender');
      w.__seen.push(!!copy && copy.getClientRects().length > 0);
      requestAnimationFrame(sample);
    };
    requestAnimationFrame(sample);
  });
  await page.goto('about:blank');
  await page.goto(OTHER);
  await expect(page.getByTestId('verdict')).toContainText('step');
  const seen = await page.evaluate(() => (window as unknown as { __seen: boolean[] }).__seen);
  expect(seen.length).toBeGreaterThan(0);
  expect(seen.filter(Boolean)).toEqual([]);
});

test('once the app runs, the copy is gone and one live view remains', async ({ page }) => {
  await page.goto('./');
  await expect(page.getByTestId('pointer').first()).toBeAttached();
  await expect(page.locator('#prerender')).toHaveCount(0);
  await expect(page.locator('.app')).toHaveCount(1);
  await expect(page.getByTestId('step')).toHaveCount(25);
});
