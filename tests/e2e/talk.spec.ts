import type { Page } from '@playwright/test';
import { expect, test } from './helpers';

// Talk mode at 1920x1080: the key T and the button, the layout (no chrome, type at
// least 24 px), presenter-remote keys, blanking, speaker notes, and mode=talk links.

test.use({ viewport: { width: 1920, height: 1080 } });

const hashOf = (page: Page) => page.evaluate(() => window.location.hash);
const atOf = async (page: Page) => Number(/&at=(-?\d+)/.exec(await hashOf(page))?.[1]);

/** Visible elements with their own text whose font is under 24 px (the corner address aside). */
function smallText(page: Page) {
  return page.evaluate(() => {
    const out: string[] = [];
    const root = document.querySelector('.app');
    if (!root) return ['no .app'];
    for (const el of root.querySelectorAll<HTMLElement>('*')) {
      if (el.closest('svg') || el.closest('.talk-address')) continue;
      const own = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim() !== '');
      if (!own) continue;
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) continue;
      const size = Number.parseFloat(getComputedStyle(el).fontSize);
      if (size < 24) out.push(`${el.tagName.toLowerCase()}.${el.className}: ${size}px "${(el.textContent ?? '').trim().slice(0, 30)}"`);
    }
    return out;
  });
}

test('T enters talk mode: no chrome, large type, the address in a corner, and the link says so', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('./#fmt=1&sc=seed&v=racy&at=-1');
  await expect(page.getByTestId('step').first()).toBeVisible();
  await page.locator('body').click({ position: { x: 2, y: 2 } });
  await page.keyboard.press('t');
  await expect(page.locator('.app')).toHaveAttribute('data-mode', 'talk');
  await expect.poll(() => hashOf(page)).toMatch(/&mode=talk$/);
  await expect(page.getByRole('combobox', { name: 'Scenario' })).toBeHidden();
  await expect(page.getByTestId('copy-link')).toBeHidden();
  await expect(page.getByTestId('verdict')).toBeVisible();
  await expect(page.getByTestId('step').first()).toBeVisible();
  await expect(page.getByTestId('talk-address')).toContainText('127.0.0.1');
  expect(await smallText(page)).toEqual([]);
  await page.keyboard.press('t');
  await expect(page.locator('.app')).toHaveAttribute('data-mode', 'app');
  await expect(page.getByRole('combobox', { name: 'Scenario' })).toBeVisible();
  expect(errors).toEqual([]);
});

test('presenter keys step, B blanks, N shows the notes', async ({ page }) => {
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
  // Space stepped rather than played: still paused where it was.
  await page.waitForTimeout(700);
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
