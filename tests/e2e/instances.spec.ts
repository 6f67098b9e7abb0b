import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './helpers';

// Two apps on one page (tests/e2e/fixtures/two-apps: an article with two embedded races,
// each its own store): keys go to the app that has the focus, or that was used last when
// nothing is focused; the legend opens where it was asked for; no id or radio group is
// shared; only the page's own app writes the address. The fixture is built here, with
// Vite, beside the app's build, and served at ./two-apps/ by the test itself.

const OUT = resolve(`${process.env.E2E_DIST ?? 'dist'}-two-apps`);

test.beforeAll(() => {
  const r = spawnSync('node_modules/.bin/vite', ['build', '-c', 'tests/e2e/fixtures/two-apps/vite.config.ts', '--outDir', OUT, '--emptyOutDir'], {
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`the two-app page did not build\n${r.stdout}\n${r.stderr}`);
});

async function openTwo(page: Page): Promise<[Locator, Locator]> {
  await page.route('**/two-apps/**', (route) => {
    const path = new URL(route.request().url()).pathname.replace(/^.*?\/two-apps\//, '');
    return route.fulfill({ path: join(OUT, path || 'index.html') });
  });
  await page.goto('./two-apps/index.html');
  const apps: [Locator, Locator] = [page.locator('#first'), page.locator('#second')];
  for (const app of apps) await expect(app.getByTestId('pointer').first()).toBeAttached();
  return apps;
}

const cursorOf = (app: Locator) => app.getByTestId('step-counter').getAttribute('data-cursor').then(Number);
const cursors = (apps: Locator[]) => Promise.all(apps.map(cursorOf));

test('a key goes to the app that has the focus; a key with nothing focused, to the app used last', async ({ page }) => {
  const apps = await openTwo(page);
  const [first, second] = apps;
  // Nothing used yet: the first app mounted takes the page's keys.
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => cursors(apps)).toEqual([1, 0]);
  // Two clicks on the second app's Play button (play, pause): the focus is inside it now.
  await second.getByTestId('play').click();
  await second.getByTestId('play').click();
  const played = await cursorOf(second);
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => cursors(apps)).toEqual([1, played + 1]);
  // A click on the first app's title (nothing focusable there: focus goes to <body>).
  await first.locator('h1').click();
  await expect.poll(() => page.evaluate(() => document.activeElement === document.body)).toBe(true);
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => cursors(apps)).toEqual([3, played + 1]);
});

test('"?" opens the legend of the app it was pressed in, and only that one', async ({ page }) => {
  const [first, second] = await openTwo(page);
  await second.locator('h1').click();
  await page.keyboard.press('?');
  await expect(second.getByTestId('legend')).toHaveAttribute('open', '');
  await expect(second.getByRole('heading', { name: 'How to read this' })).toBeVisible();
  await expect(first.getByTestId('legend')).not.toHaveAttribute('open');
  await page.keyboard.press('Escape');
  await expect(second.getByTestId('legend')).not.toHaveAttribute('open');
  await first.getByRole('button', { name: /Legend/ }).click();
  await expect(first.getByTestId('legend')).toHaveAttribute('open', '');
  await expect(second.getByTestId('legend')).not.toHaveAttribute('open');
});

test('no id is found twice, and each arrowhead is the one of its own picture', async ({ page }) => {
  const apps = await openTwo(page);
  for (const app of apps) {
    await app.getByTestId('explore-open').click();
    await expect(app.getByTestId('explore-panel')).toBeVisible();
  }
  const ids = await page.evaluate(() => [...document.querySelectorAll('[id]')].map((e) => e.id));
  expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  // Every arrow's marker resolves inside the SVG layer that draws it.
  const strays = await page.evaluate(() =>
    [...document.querySelectorAll('[data-testid="pointer"][marker-end]')].filter((p) => {
      const id = /url\(#(.+)\)/.exec(p.getAttribute('marker-end') ?? '')?.[1] ?? '';
      return !p.closest('svg')?.contains(document.getElementById(id));
    }).length,
  );
  expect(strays).toBe(0);
  expect(await page.locator('[data-testid="pointer"][marker-end]').count()).toBeGreaterThan(1);
});

test("the arrow keys in one app's variant radios stay in its own group", async ({ page }) => {
  const [first, second] = await openTwo(page);
  const checked = (app: Locator) => app.locator('input[type="radio"]:checked');
  const [mine, theirs] = [await checked(first).inputValue(), await checked(second).inputValue()];
  const n = await first.locator('input[type="radio"]').count();
  expect(n).toBeGreaterThan(1);
  // The keyboard brings focus to the group (Tab from the scenario list), so the arrows move the radio.
  await first.getByTestId('scenario-select').focus();
  await page.keyboard.press('Tab');
  await expect(checked(first)).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(checked(first)).not.toHaveValue(mine);
  for (let i = 1; i < n; i++) await page.keyboard.press('ArrowRight');
  // Round the group and back to where it started, never into the other app's radios.
  await expect(checked(first)).toHaveValue(mine);
  await expect(checked(first)).toBeFocused();
  await expect(checked(second)).toHaveValue(theirs);
});

test("only the page's own app writes the address; the second leaves it alone", async ({ page }) => {
  // Every address the page writes, in order.
  await page.addInitScript(() => {
    const w = window as unknown as { written: string[] };
    w.written = [];
    for (const k of ['pushState', 'replaceState'] as const) {
      const f = history[k].bind(history);
      history[k] = (data: unknown, unused: string, url?: string | URL | null) => {
        w.written.push(String(url));
        f(data, unused, url);
      };
    }
  });
  const [first, second] = await openTwo(page);
  const written = () => page.evaluate(() => (window as unknown as { written: string[] }).written.map((u) => /at=(-?\d+)/.exec(u)?.[1]));
  await expect.poll(() => page.evaluate(() => window.location.hash)).toMatch(/at=-1(&|$)/);
  await second.getByRole('button', { name: /Step forward/ }).click();
  await second.getByRole('button', { name: /Step forward/ }).click();
  await expect.poll(() => cursorOf(second)).toBe(2);
  await first.getByRole('button', { name: /Step forward/ }).click();
  await expect.poll(() => page.evaluate(() => window.location.hash)).toMatch(/at=0(&|$)/);
  // The first app's positions only (-1, then 0): never the second's (at=1 for its step 2).
  expect(new Set(await written())).toEqual(new Set(['-1', '0']));
});
