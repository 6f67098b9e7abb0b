import type { Page } from '@playwright/test';
import { expect, test } from './helpers';

// endio-reader in the app: everything comes from the registry, so its own variants in
// the switch, its presets, its rows in the explorer table, its picture's objects, and
// a link that survives a reload.

const hashOf = (page: Page) => page.evaluate(() => window.location.hash);

test('endio-reader: its variants, presets, picture, explorer rows and link', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('./');
  await page.getByRole('combobox', { name: 'Scenario' }).selectOption('endio-reader');

  // Variants belong to the scenario.
  const radios = page.getByRole('radio');
  await expect(radios).toHaveCount(3);
  expect(await radios.evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value))).toEqual(['eb_refs', 'private_check', 'readers']);
  await expect(page.getByRole('radio', { name: /eb_refs/ })).toBeChecked();

  // Its own objects in the picture.
  await expect(page.getByTestId('io-pages-B')).toContainText('1');
  await expect(page.getByTestId('extent-locked')).toBeVisible();

  // The readers variant and the commit message's preset: safe, S kept, readers drawn.
  await page.getByRole('radio', { name: /readers/ }).check();
  await page.getByRole('button', { name: "the commit message's interleaving", exact: true }).click();
  await expect(page.locator('[data-testid="object"][data-id="S"]').getByTestId('readers')).toContainText('4');
  await expect.poll(() => hashOf(page)).toMatch(/^#fmt=2&sc=endio-reader&fp=0pvfjvk&v=readers&s=11111222222222221111&at=-1$/);

  // private_check, the test's order: a link that survives a reload.
  await page.getByRole('radio', { name: /private_check/ }).check();
  await page.getByRole('button', { name: 'T2 drops first (the order the test was written for)', exact: true }).click();
  await expect.poll(() => hashOf(page)).toMatch(/^#fmt=2&sc=endio-reader&fp=0pvfjvk&v=private_check&s=21111111112222222222&at=-1$/);
  const hash = await hashOf(page);
  await page.reload();
  await expect(page.getByTestId('step').first()).toBeVisible();
  await expect.poll(() => hashOf(page)).toBe(hash);
  await expect(page.getByRole('radio', { name: /private_check/ })).toBeChecked();
  await expect(page.getByTestId('link-banner')).toHaveCount(0);

  // The explorer table: the scenario's own variants with RACE.md 8's numbers.
  await page.getByTestId('explore-open').click();
  const rows = page.getByTestId('explore-row');
  await expect(rows).toHaveCount(3);
  await expect(page.locator('[data-testid="explore-row"][data-variant="eb_refs"]')).toHaveAttribute('data-bad', '74772');
  await expect(page.locator('[data-testid="explore-row"][data-variant="private_check"]')).toHaveAttribute('data-schedules', '167960');
  await expect(page.locator('[data-testid="explore-row"][data-variant="private_check"]')).toHaveAttribute('data-bad', '1920');
  await expect(page.locator('[data-testid="explore-row"][data-variant="readers"]')).toHaveAttribute('data-bad', '0');
  expect(errors).toEqual([]);
});
