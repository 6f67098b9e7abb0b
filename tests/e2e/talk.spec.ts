import type { Page } from '@playwright/test';
import { dragAnnouncement, dragReady, expect, test } from './helpers';

// Talk mode: the key T and the button, the stage (scaled to any projector, nothing cut,
// type at least 24 px at 1920x1080), no spoilers, the variant keys, presenter-remote
// keys, blanking, speaker notes, and mode=talk links.

test.use({ viewport: { width: 1920, height: 1080 } });

const hashOf = (page: Page) => page.evaluate(() => window.location.hash);
const atOf = async (page: Page) => Number(/&at=(-?\d+)/.exec(await hashOf(page))?.[1]);

/**
 * Visible elements of the stage with their own text, drawn under `min` px: the computed
 * font size times the stage's scale, since the stage is scaled as a whole.
 */
function smallText(page: Page, min: number, within = '.stage__narration, .stage__picture') {
  return page.evaluate(
    ([min, within]) => {
      const out: string[] = [];
      const stage = document.querySelector<HTMLElement>('[data-testid="stage"]');
      if (!stage) return ['no stage'];
      const scale = Number(stage.dataset.scale);
      for (const part of stage.querySelectorAll<HTMLElement>(within as string)) {
        for (const el of part.querySelectorAll<HTMLElement>('*')) {
          if (el.closest('svg')) continue;
          const own = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim() !== '');
          if (!own) continue;
          const r = el.getBoundingClientRect();
          if (r.width === 0 || r.height === 0) continue;
          const size = Number.parseFloat(getComputedStyle(el).fontSize) * scale;
          if (size < (min as number) - 0.01) out.push(`${el.tagName.toLowerCase()}.${el.className}: ${size.toFixed(1)}px "${(el.textContent ?? '').trim().slice(0, 30)}"`);
        }
      }
      return out;
    },
    [min, within] as const,
  );
}

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

for (const [w, h] of [
  [1024, 768],
  [1280, 720],
  [1920, 1080],
] as const) {
  test(`the stage fits ${w}x${h}: nothing cut, nothing scrolls, every part on screen`, async ({ page }) => {
    await page.setViewportSize({ width: w, height: h });
    for (const sc of ['seed', 'two-allocators']) {
      await page.goto(`./#fmt=1&sc=${sc}&v=racy&s=1111111222222222211111122&at=14&mode=talk`);
      const stage = page.getByTestId('stage');
      await expect(stage).toBeVisible();
      const inside = async (sel: string) => {
        for (const b of await page.locator(sel).evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON() as DOMRect))) {
          expect(b.x >= -0.5 && b.y >= -0.5 && b.x + b.width <= w + 0.5 && b.y + b.height <= h + 0.5, `${sc} ${sel} ${JSON.stringify(b)}`).toBe(true);
        }
      };
      await inside('[data-testid="stage"]');
      for (const sel of ['[data-testid="narration"]', '[data-testid="locks"]', '[data-testid="object"]', '[data-testid="pointer"]', '[data-testid="step"] code']) {
        expect(await page.locator(sel).count(), sel).toBeGreaterThan(0);
        await inside(sel);
      }
      // Every lock shown is whole (the list wraps rather than cutting one off), and the
      // thread names in the timeline's head are not clipped to their lanes.
      const whole = await page.evaluate(() => {
        const out: string[] = [];
        const box = document.querySelector('[data-testid="locks"]')?.getBoundingClientRect();
        for (const e of document.querySelectorAll<HTMLElement>('[data-testid="locks"] .sv-lock')) {
          const r = e.getBoundingClientRect();
          if (r.width > 0 && box && (r.right > box.right + 0.5 || r.bottom > box.bottom + 0.5)) out.push(`lock cut: ${e.textContent}`);
        }
        for (const e of document.querySelectorAll<HTMLElement>('.tl-head__lane')) if (e.scrollWidth > e.clientWidth + 1) out.push(`head clipped: ${e.textContent}`);
        return out;
      });
      expect(whole).toEqual([]);
      // The radix leaf's keys that are shown do not run into each other.
      const keys = await page.locator('.sv-slot__key').evaluateAll((els) =>
        els.filter((e) => getComputedStyle(e).visibility === 'visible').map((e) => e.getBoundingClientRect().toJSON() as DOMRect),
      );
      expect(keys.length).toBeGreaterThan(0);
      for (const [a, b] of keys.slice(1).map((k, i) => [keys[i] as DOMRect, k] as const)) expect(b.x - (a.x + a.width), `${sc}: keys ${JSON.stringify([a, b])}`).toBeGreaterThanOrEqual(2);
      // Nothing cut: every step's call is whole inside its box, and the rows are not scrolled.
      const cut = await page.locator('[data-testid="step"] code').evaluateAll((els) => els.filter((e) => e.scrollWidth > e.clientWidth + 1).length);
      expect(cut).toBe(0);
      expect(await page.locator('.tl-scroll').evaluate((e) => e.scrollHeight <= e.clientHeight + 1 && e.scrollTop === 0)).toBe(true);
      expect(await page.evaluate(() => document.scrollingElement?.scrollTop ?? 0)).toBe(0);
      if (w === 1920) expect(await smallText(page, 24)).toEqual([]);
      await page.screenshot({ path: `test-results/screenshots/stage-${sc}-${w}.png` });
    }
  });
}

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

test('keyboard on the stage: Space on a focused step picks it up, Space on a button presses it, arrows step only from the stage', async ({ page }) => {
  await page.goto('./#fmt=1&sc=seed&v=racy&s=1111111222222222211111122&at=2&mode=talk');
  await expect(page.getByTestId('stage')).toBeVisible();
  const step = page.getByTestId('step').nth(5);
  await dragReady(page);
  await step.focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Space');
  const live = dragAnnouncement(page);
  await expect(live).toContainText('Picked up T1 attach_extent_buffer_page');
  await page.keyboard.press('Escape');
  await expect(live).toContainText('Cancelled. T1 attach_extent_buffer_page stays at step 6 of 25');
  // Neither the arrow nor the Space stepped: the cursor is still on step 3 (at=2). Read
  // once the Escape after them is announced: a step either key took was drawn before it.
  expect(await page.locator('[data-testid="step"][data-phase="current"]').getAttribute('data-position')).toBe('2');
  // From the stage itself, the same keys step.
  await page.locator('body').click({ position: { x: 2, y: 2 } });
  await page.keyboard.press('Space');
  await expect.poll(() => atOf(page)).toBe(3);
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => atOf(page)).toBe(4);
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

  // Space steps rather than plays. Talk mode has no play timer, so playing would show only
  // back in the app, where the play button says whether it plays: read it in the same
  // frame that shows the app (the button is drawn with it), before its timer could tick.
  await page.keyboard.press('Space');
  await expect.poll(() => atOf(page)).toBe(2);
  await page.keyboard.press('Escape');
  await expect(page.locator('.app')).toHaveAttribute('data-mode', 'app');
  expect(await page.getByTestId('play').getAttribute('aria-pressed')).toBe('false');
  expect(await page.getByTestId('step-counter').getAttribute('data-cursor')).toBe('3');
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
