import { test as plain } from '@playwright/test';
import { chips, expect, screenshot, test } from './helpers';

test('arrow keys, Home, End and Space move the cursor and the step counter', async ({ page }) => {
  await page.goto('./');
  const counter = page.getByTestId('step-counter');
  await expect(counter).toContainText('step 0 of 25');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(counter).toContainText('step 3 of 25');
  await expect(counter).toContainText('T1 find_or_create_page');
  await expect(chips(page).nth(2)).toHaveAttribute('aria-current', 'step');
  await page.keyboard.press('ArrowLeft');
  await expect(counter).toContainText('step 2 of 25');
  await page.keyboard.press('End');
  await expect(counter).toContainText('step 25 of 25');
  await page.keyboard.press('Home');
  await expect(counter).toContainText('step 0 of 25');

  // Space plays at the chosen speed and playback stops by itself at the end.
  await page.getByRole('combobox', { name: 'Speed' }).selectOption('8');
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Space');
  await expect(page.getByTestId('play')).toHaveAttribute('aria-pressed', 'true');
  await expect.poll(async () => Number(await counter.getAttribute('data-cursor'))).toBeGreaterThan(0);
  await page.keyboard.press('Space');
  await expect(page.getByTestId('play')).toHaveAttribute('aria-pressed', 'false');
  const paused = await counter.getAttribute('data-cursor');
  await page.waitForTimeout(400);
  await expect(counter).toHaveAttribute('data-cursor', paused ?? '');
  await page.keyboard.press('Space');
  await expect(counter).toHaveAttribute('data-cursor', '25', { timeout: 8000 });
  await expect(page.getByTestId('play')).toHaveAttribute('aria-pressed', 'false');
});

test('buttons, the scrubber and a click on a chip move the cursor', async ({ page }) => {
  await page.goto('./');
  const counter = page.getByTestId('step-counter');
  await page.getByRole('button', { name: /^Step forward/ }).click();
  await expect(counter).toContainText('step 1 of 25');
  await page.getByRole('button', { name: /^Jump to end/ }).click();
  await expect(counter).toContainText('step 25 of 25');
  await expect(page.getByRole('button', { name: /^Step forward/ })).toBeDisabled();
  await page.getByRole('button', { name: /^Step back/ }).click();
  await expect(counter).toContainText('step 24 of 25');
  await page.getByRole('slider', { name: 'Step' }).fill('10');
  await expect(counter).toContainText('step 10 of 25');
  // A chip shows the state after its step.
  await chips(page).nth(16).click();
  await expect(counter).toContainText('step 17 of 25');
  await expect(chips(page).nth(16)).toHaveAttribute('data-phase', 'current');
  // Enter on a focused chip does the same.
  await chips(page).nth(4).focus();
  await page.keyboard.press('Enter');
  await expect(counter).toContainText('step 5 of 25');
  // The verdict's step link jumps to where the invariant broke.
  await page.getByTestId('verdict').getByRole('button').click();
  const broken = page.locator('[data-testid="step"][data-broken]');
  await expect(broken).toHaveAttribute('data-phase', 'current');
});

plain('the legend opens by itself on a first visit only, and from "?" and its button', async ({ page }) => {
  await page.goto('./');
  const legend = page.getByRole('dialog', { name: 'How to read this' });
  await expect(legend).toBeVisible();
  expect(await legend.evaluate((d) => d.matches(':modal'))).toBe(true);
  await expect(legend).toContainText('buffer_radix');
  await expect(legend).toContainText('Ctrl+Shift+Z');
  await screenshot(page, 'legend-1280');
  // Keys inside the open legend do not move the cursor behind it.
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('step-counter')).toHaveAttribute('data-cursor', '0');
  await page.keyboard.press('Escape');
  await expect(legend).toBeHidden();
  await page.reload();
  await expect(page.getByTestId('step')).toHaveCount(25);
  await expect(legend).toBeHidden();
  await page.keyboard.press('?');
  await expect(legend).toBeVisible();
  await legend.getByRole('button', { name: /Close/ }).click();
  await expect(legend).toBeHidden();
  await page.getByRole('button', { name: /Legend/ }).click();
  await expect(legend).toBeVisible();
});
