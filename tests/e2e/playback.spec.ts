import { test as plain } from '@playwright/test';
import { chips, expect, screenshot, test } from './helpers';

test('arrow keys, Home, End and Space move the cursor and the step counter', async ({ page }) => {
  // The page's clock is Playwright's: it runs at the real pace, and runFor() below fires at
  // once every timer the page has for a stretch of its time.
  await page.clock.install();
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

  // Space plays at the chosen speed.
  await page.getByRole('combobox', { name: 'Speed' }).selectOption('8');
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Space');
  await expect(page.getByTestId('play')).toHaveAttribute('aria-pressed', 'true');
  await expect.poll(async () => Number(await counter.getAttribute('data-cursor'))).toBeGreaterThan(0);
  await page.keyboard.press('Space');
  await expect(page.getByTestId('play')).toHaveAttribute('aria-pressed', 'false');
  const paused = await counter.getAttribute('data-cursor');
  // Paused means the play timer is gone: two seconds of the page's time (16 steps at this
  // speed) fire every timer it still has before runFor returns, and a step taken by one is
  // drawn before then (zustand's store updates render synchronously).
  await page.clock.runFor(2000);
  await expect(counter).toHaveAttribute('data-cursor', paused ?? '');
  // Play pauses at the step where I1 breaks, and draws the eye to what broke.
  await page.keyboard.press('Space');
  await expect(counter).toHaveAttribute('data-cursor', '15', { timeout: 8000 });
  await expect(page.getByTestId('play')).toHaveAttribute('aria-pressed', 'false');
  await expect(page.getByTestId('invariant-alert')).toBeVisible();
  await expect(page.locator('[data-testid="object"][data-alarm="true"]').first()).toBeVisible();
  // Playing on runs to the end, where playback stops by itself.
  await page.keyboard.press('Space');
  await expect(counter).toHaveAttribute('data-cursor', '25', { timeout: 8000 });
  await expect(page.getByTestId('play')).toHaveAttribute('aria-pressed', 'false');
  // With the setting off, play runs through the break.
  await page.getByTestId('stop-at-break').uncheck();
  await page.keyboard.press('Home');
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Space');
  await expect(counter).toHaveAttribute('data-cursor', '25', { timeout: 8000 });
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

plain('a first visit gets a one-line strip, no dialog; the legend is behind "?"; a link naming a step gets neither', async ({ page }) => {
  await page.goto('./');
  const legend = page.getByRole('dialog', { name: 'How to read this' });
  const strip = page.getByTestId('intro-strip');
  await expect(strip).toBeVisible();
  await expect(strip).toContainText('Press Space to play');
  await expect(legend).toBeHidden();
  await screenshot(page, 'first-visit-1280');
  await page.keyboard.press('?');
  await expect(legend).toBeVisible();
  expect(await legend.evaluate((d) => d.matches(':modal'))).toBe(true);
  await expect(legend).toContainText('buffer_radix');
  await expect(legend).toContainText('Ctrl+Shift+Z');
  // Keys inside the open legend do not move the cursor behind it.
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('step-counter')).toHaveAttribute('data-cursor', '0');
  await page.keyboard.press('Escape');
  await expect(legend).toBeHidden();
  await page.getByRole('button', { name: /Legend/ }).click();
  await expect(legend).toBeVisible();
  await legend.getByRole('button', { name: /Close/ }).click();
  // Seen once: a reload shows no strip.
  await page.reload();
  await expect(page.getByTestId('step')).toHaveCount(25);
  await expect(strip).toHaveCount(0);
});

plain('a shared link that names a step opens on that step with no dialog and no strip', async ({ page }) => {
  await page.goto('./#fmt=2&sc=seed&fp=0q3nins&v=racy&s=1111111222222222211111122&at=14');
  await expect(page.getByTestId('step-counter')).toHaveAttribute('data-cursor', '15');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(page.getByTestId('intro-strip')).toHaveCount(0);
  for (const mode of ['&mode=talk', '&embed=1']) {
    await page.goto(`./#fmt=2&sc=seed&fp=0q3nins&v=racy&at=-1${mode}`);
    // The stage opened on step 0: its verdict waits for the break (no spoilers).
    await expect(page.locator('[data-testid="verdict"], [data-testid="verdict-pending"]')).toHaveCount(1);
    await expect(page.getByTestId('intro-strip')).toHaveCount(0);
  }
});
