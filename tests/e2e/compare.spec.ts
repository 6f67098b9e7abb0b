import { expect, test } from '@playwright/test';

// The legend opens by itself on a first visit; these tests are about other things.
test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => window.localStorage.setItem('legend-seen', '1'));
});

test('compare mode: two variants step together with the main cursor', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('./');
  await page.getByTestId('explore-open').click();
  await page.getByTestId('compare-on').check();
  const views = page.getByTestId('compare-view');
  await expect(views).toHaveCount(2);
  await expect(views.nth(0)).toHaveAttribute('data-variant', 'racy');
  await expect(views.nth(1)).toHaveAttribute('data-variant', 'eb_refs');
  // The keys belong to the page, not the checkbox.
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  for (let i = 1; i <= 4; i++) {
    await page.keyboard.press('ArrowRight');
    await expect(views.nth(0)).toHaveAttribute('data-step', String(i));
    await expect(views.nth(1)).toHaveAttribute('data-step', String(i));
  }
  // Verdicts side by side, and the cost read from the events.
  await expect(views.nth(0).getByTestId('compare-verdict')).toHaveAttribute('data-outcome', 'bug');
  await expect(views.nth(1).getByTestId('compare-verdict')).toHaveAttribute('data-outcome', 'safe');
  await expect(views.nth(0).getByTestId('compare-cost')).toContainText('radix_tree_gang_lookup(): up to 4 entries from key 7696');
  await expect(views.nth(0).getByTestId('compare-cost')).toContainText('buffer_lock inside private_lock');
  await expect(views.nth(1).getByTestId('compare-cost')).toContainText('atomic_read(&eb_refs) x1');
  await expect(views.nth(1).getByTestId('compare-cost')).toContainText('no nested lock');

  // The first difference is marked; jumping there shows page->private differing.
  const first = page.getByTestId('compare-first-diff');
  const step = Number(await first.getAttribute('data-step'));
  expect(step).toBeGreaterThan(0);
  await first.getByRole('button').click();
  await expect(views.nth(0)).toHaveAttribute('data-step', String(step));
  await expect(views.nth(1)).toHaveAttribute('data-step', String(step));
  // Marked in both pictures, with what differs on each side.
  await expect(views.nth(0).getByTestId('compare-diverges')).toContainText('page->private = 0 (NULL)');
  await expect(views.nth(1).getByTestId('compare-diverges')).toContainText('page->private = S');
  // Drawn as two pictures, not as a table of fields.
  await expect(views.nth(0).locator('[data-testid="object"][data-id="S"]')).toHaveAttribute('data-freed', 'true');
  await expect(views.nth(1).locator('[data-testid="object"][data-id="S"]')).not.toHaveAttribute('data-freed', 'true');
  await expect(page.getByTestId('compare').locator('table')).toHaveCount(0);
  // Compare mode is in the link: a fresh page opens it as it was.
  await expect.poll(() => page.evaluate(() => window.location.hash)).toContain('cmp=racy~eb_refs');
  const link = await page.evaluate(() => window.location.hash);
  const fresh = await page.context().newPage();
  await fresh.addInitScript(() => window.localStorage.setItem('legend-seen', '1'));
  await fresh.goto(`./${link}`);
  await expect(fresh.getByTestId('compare-view')).toHaveCount(2);
  await expect(fresh.getByTestId('compare-view').nth(1)).toHaveAttribute('data-step', String(step));
  await fresh.close();

  // Another pair.
  await page.getByTestId('compare-right').selectOption('under_alloc');
  await expect(views.nth(1)).toHaveAttribute('data-variant', 'under_alloc');
  await expect(views.nth(1).getByTestId('compare-verdict')).toHaveAttribute('data-outcome', 'safe');
  expect(errors).toEqual([]);
});
