import type { Page } from '@playwright/test';
import { expect, test } from './helpers';

// Talk mode: the key T and the button, no spoilers, the variant keys, presenter-remote
// keys, blanking, speaker notes, and mode=talk links. The stage itself (type on screen,
// objects whole, bug and fix side by side, the clicker after clicks) is stage.spec.ts's.

test.use({ viewport: { width: 1920, height: 1080 } });

const hashOf = (page: Page) => page.evaluate(() => window.location.hash);
const atOf = async (page: Page) => Number(/&at=(-?\d+)/.exec(await hashOf(page))?.[1]);

test('T enters talk mode: the stage, no chrome, the address in a corner, and the link says so', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('./#fmt=1&sc=seed&v=racy&at=-1');
  await expect(page.getByTestId('step').first()).toBeVisible();
  await page.locator('body').click({ position: { x: 2, y: 2 } });
  await page.keyboard.press('t');
  await expect(page.locator('.app')).toHaveAttribute('data-mode', 'talk');
  await expect.poll(() => hashOf(page)).toMatch(/&mode=talk$/);
  await expect(page.getByTestId('stage')).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Scenario' })).toHaveCount(0);
  await expect(page.getByTestId('copy-link')).toHaveCount(0);
  await expect(page.getByTestId('step').first()).toBeVisible();
  await expect(page.getByTestId('talk-address')).toContainText('127.0.0.1');
  await page.keyboard.press('t');
  await expect(page.locator('.app')).toHaveAttribute('data-mode', 'app');
  await expect(page.getByRole('combobox', { name: 'Scenario' })).toBeVisible();
  expect(errors).toEqual([]);
});

test('no spoilers: the verdict appears at the break; V shows the fix on the same interleaving and step', async ({ page }) => {
  await page.goto('./#fmt=1&sc=seed&v=racy&s=1111111222222222211111122&at=-1&mode=talk');
  await expect(page.getByTestId('stage')).toBeVisible();
  await expect(page.getByTestId('verdict')).toHaveCount(0);
  await expect(page.locator('[data-testid="step"][data-broken]')).toHaveCount(0);
  await page.locator('body').click({ position: { x: 2, y: 2 } });
  for (let i = 0; i < 14; i++) await page.keyboard.press('PageDown');
  await expect.poll(() => atOf(page)).toBe(13);
  await expect(page.getByTestId('verdict')).toHaveCount(0);
  await expect(page.getByTestId('invariant-alert')).toHaveCount(0);
  await page.keyboard.press('PageDown');
  await expect(page.getByTestId('verdict')).toHaveAttribute('data-outcome', 'bug');
  await expect(page.getByTestId('invariant-alert')).toBeVisible();
  // Bug, then fix: V switches the variant and stays on the same step of the same interleaving.
  await page.keyboard.press('v');
  await expect.poll(() => hashOf(page)).toContain('v=under_alloc');
  await expect(page.getByTestId('narration')).toContainText('btrfs_detach_subpage');
  await expect(page.getByTestId('narration')).toContainText('skipped');
  await page.keyboard.press('v');
  await expect.poll(() => hashOf(page)).toContain('v=eb_refs');
  await expect(page.getByTestId('narration')).toContainText('btrfs_detach_subpage');
  await page.keyboard.press('End');
  await expect(page.getByTestId('verdict')).toHaveAttribute('data-outcome', 'safe');
  await page.keyboard.press('Shift+V');
  await expect.poll(() => hashOf(page)).toContain('v=under_alloc');
});

test('presenter keys step, B blanks, N shows the notes', async ({ page }) => {
  // The page's clock is Playwright's, so the pause after Space can be fast-forwarded.
  await page.clock.install();
  await page.goto('./#fmt=1&sc=seed&v=racy&at=-1&mode=talk');
  await expect(page.locator('.app')).toHaveAttribute('data-mode', 'talk');
  await page.locator('body').click({ position: { x: 2, y: 2 } });
  const steps: Array<[string, number]> = [
    ['PageDown', 0],
    ['Space', 1],
    ['ArrowDown', 2],
    ['ArrowRight', 3],
    ['PageUp', 2],
    ['ArrowUp', 1],
    ['ArrowLeft', 0],
  ];
  for (const [key, at] of steps) {
    await page.keyboard.press(key);
    await expect.poll(() => atOf(page), key).toBe(at);
  }
  // Space stepped rather than played: two seconds later (several play ticks), still where it was.
  await page.clock.runFor(2000);
  expect(await atOf(page)).toBe(0);

  await page.keyboard.press('b');
  await expect(page.getByTestId('talk-blank')).toBeVisible();
  await page.keyboard.press('b');
  await expect(page.getByTestId('talk-blank')).toHaveCount(0);

  await page.keyboard.press('n');
  const notes = page.getByTestId('talk-notes');
  await expect(notes).toBeVisible();
  await expect(notes).toContainText('Step 1: T1 find_extent_buffer');
  await expect(notes).toContainText('point at buffer_radix[7700]: looked up: nothing');
  await page.keyboard.press('PageDown');
  await expect(notes).toContainText('Step 2: T1 alloc_eb');
  await page.keyboard.press('n');
  await expect(notes).toHaveCount(0);

  await page.keyboard.press('Escape');
  await expect(page.locator('.app')).toHaveAttribute('data-mode', 'app');
});

test('the talk button enters talk mode from a click', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('./');
  await page.getByTestId('talk-button').click();
  await expect(page.locator('.app')).toHaveAttribute('data-mode', 'talk');
  await expect.poll(() => hashOf(page)).toMatch(/&mode=talk$/);
  await page.goBack();
  await expect(page.locator('.app')).toHaveAttribute('data-mode', 'app');
  expect(errors).toEqual([]);
});

test("talk mode's chunk cannot be fetched: the screen says so with a Reload button, and T goes back to a working app", async ({ page }) => {
  await page.route(/\/assets\/TalkScreen-[^/]*\.js$/, (route) => route.abort());
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('./#fmt=2&sc=seed&fp=0q3nins&v=racy&s=1111111222222222211111122&at=3');
  await expect(page.getByTestId('step').first()).toBeVisible();
  await page.locator('body').click({ position: { x: 2, y: 2 } });
  await page.keyboard.press('t');
  const failed = page.getByTestId('part-failed');
  await expect(failed).toBeVisible();
  await expect(failed).toContainText('The talk screen could not be shown');
  await expect(failed.getByRole('button', { name: 'Reload the page' })).toBeVisible();
  // The failure is reported, not swallowed.
  expect(errors.length).toBeGreaterThan(0);
  await page.keyboard.press('t');
  await expect(page.locator('.app')).toHaveAttribute('data-mode', 'app');
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('step-counter')).toHaveAttribute('data-cursor', '5');
});
