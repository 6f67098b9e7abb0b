import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BrowserContext, Page } from '@playwright/test';
import { buildSingleFile, expect, test } from './helpers';

// The presenter view: P in talk mode opens a second window that follows the stage (two
// pages in one browser context), over a BroadcastChannel from http: and over window
// messages in the one-file build opened from disk, where the origin is opaque.

test.use({ viewport: { width: 1920, height: 1080 } });
// Two windows of the app at once, on a machine shared with other runs.
test.describe.configure({ timeout: 60_000 });

const TALK = '#fmt=1&sc=seed&v=racy&at=-1&mode=talk';
const atOf = async (page: Page) => Number(/&at=(-?\d+)/.exec(await page.evaluate(() => window.location.hash))?.[1]);

/** Presses P in the stage and returns the presenter window once it follows the stage. */
async function openPresenter(stage: Page, context: BrowserContext): Promise<Page> {
  const [presenter] = await Promise.all([context.waitForEvent('page'), stage.keyboard.press('p')]);
  // A cold window parses the whole app first (the one-file build inlines about 640 KB).
  await expect(presenter.getByTestId('presenter')).toHaveAttribute('data-connection', 'connected', { timeout: 15_000 });
  return presenter;
}

/** Opens the stage in talk mode, one step in, and returns the errors both windows throw. */
async function openStage(stage: Page, url: string): Promise<string[]> {
  const errors: string[] = [];
  stage.on('pageerror', (e) => errors.push(e.message));
  await stage.goto(url);
  await expect(stage.locator('.app')).toHaveAttribute('data-mode', 'talk');
  await stage.locator('body').click({ position: { x: 2, y: 2 } });
  await stage.keyboard.press('PageDown');
  await expect.poll(() => atOf(stage)).toBe(0);
  return errors;
}

type Transport = 'broadcast' | 'window';

/** Current and next step, notes, clock; the clicker's keys in either window; no notes on the stage. */
async function follows(stage: Page, context: BrowserContext, url: string, transport: Transport) {
  const errors = await openStage(stage, url);
  const presenter = await openPresenter(stage, context);
  presenter.on('pageerror', (e) => errors.push(e.message));
  await expect(presenter.getByTestId('presenter')).toHaveAttribute('data-transport', transport);
  await expect(presenter.getByTestId('presenter-now')).toContainText('Step 1');
  await expect(presenter.getByTestId('presenter-now')).toContainText('find_extent_buffer');
  await expect(presenter.getByTestId('presenter-next')).toContainText('Step 2');
  await expect(presenter.getByTestId('presenter-next')).toContainText('alloc_eb');
  await expect(presenter.getByTestId('presenter-notes')).toContainText('point at buffer_radix[7700]: looked up: nothing');
  await expect(presenter.getByTestId('presenter-stop')).toContainText('No tour is playing');
  await expect(presenter.getByTestId('presenter-position')).toContainText('step 1 of 25');
  await expect(presenter.getByTestId('presenter-clock')).toHaveText(/^Elapsed time \d+:\d\d$/);

  // PageDown in the stage: the presenter follows.
  await stage.keyboard.press('PageDown');
  await expect.poll(() => atOf(stage)).toBe(1);
  await expect(presenter.getByTestId('presenter-now')).toContainText('Step 2');
  await expect(presenter.getByTestId('presenter-now')).toContainText('alloc_eb');

  // PageDown and the arrows in the presenter: the stage steps, and the presenter with it.
  await presenter.locator('body').click({ position: { x: 2, y: 2 } });
  await presenter.keyboard.press('PageDown');
  await expect.poll(() => atOf(stage)).toBe(2);
  await expect(presenter.getByTestId('presenter-now')).toContainText('Step 3');
  await presenter.keyboard.press('ArrowRight');
  await expect.poll(() => atOf(stage)).toBe(3);
  await presenter.keyboard.press('PageUp');
  await expect.poll(() => atOf(stage)).toBe(2);
  await expect(presenter.getByTestId('presenter-position')).toContainText('step 3 of 25');

  // B in the presenter blanks the stage, and the presenter says so.
  await presenter.keyboard.press('b');
  await expect(stage.getByTestId('talk-blank')).toBeVisible();
  await expect(presenter.getByTestId('presenter-blank')).toBeVisible();
  await presenter.keyboard.press('b');
  await expect(stage.getByTestId('talk-blank')).toHaveCount(0);
  await expect(presenter.getByTestId('presenter-blank')).toHaveCount(0);

  // V and Shift+V in the presenter: the stage runs the same interleaving under the next
  // variant, and back.
  const hash = () => stage.evaluate(() => window.location.hash);
  await presenter.keyboard.press('v');
  await expect.poll(hash).toContain('v=under_alloc');
  await expect(presenter.getByTestId('presenter')).toContainText('seed · under_alloc');
  await presenter.keyboard.press('Shift+V');
  await expect.poll(hash).toContain('v=racy');
  await expect(presenter.getByTestId('presenter-now')).toContainText('Step 3');

  // The projector never shows notes, not even hidden: N in the stage does nothing while the
  // presenter is open.
  const pointers = await presenter.getByTestId('presenter-notes').locator('li').allTextContents();
  expect(pointers.length).toBeGreaterThan(0);
  await stage.keyboard.press('n');
  // B after it blanks the stage and B again brings it back: once that shows, the N before
  // them has been handled and drawn (keys are handled in order, each drawn before the
  // next is read), so the notes are read once, as N left them.
  await stage.keyboard.press('b');
  await expect(stage.getByTestId('talk-blank')).toBeVisible();
  await stage.keyboard.press('b');
  await expect(stage.getByTestId('talk-blank')).toHaveCount(0);
  expect(await stage.getByTestId('talk-notes').count()).toBe(0);
  const stageText = await stage.evaluate(() => document.body.textContent ?? '');
  for (const p of pointers) expect(stageText).not.toContain(p);
  expect(stageText).not.toContain('point at');
  expect(errors).toEqual([]);
}

/** Closing or reloading either window: the other says so, and P reconnects. */
async function reconnects(stage: Page, context: BrowserContext, url: string) {
  const errors = await openStage(stage, url);
  const presenter = await openPresenter(stage, context);
  presenter.on('pageerror', (e) => errors.push(e.message));

  // Closing the presenter: the stage says so (for a few seconds); P opens it again and it
  // follows. close() with runBeforeUnload does not wait for the window to go.
  const gone = presenter.waitForEvent('close');
  await presenter.close({ runBeforeUnload: true });
  await expect(stage.getByTestId('stage-presenter-word')).toContainText('The presenter window was closed');
  await gone;
  const again = await openPresenter(stage, context);
  again.on('pageerror', (e) => errors.push(e.message));
  await expect(again.getByTestId('presenter-now')).toContainText('Step 1');

  // Reloading the stage: the presenter says the stage went; P in the reloaded stage
  // reconnects the same window (window.open finds it by name).
  await stage.reload();
  await expect(again.getByTestId('presenter')).toHaveAttribute('data-connection', 'closed');
  await expect(again.getByTestId('presenter-says')).toContainText('The stage window was closed');
  await expect(stage.locator('.app')).toHaveAttribute('data-mode', 'talk');
  await stage.locator('body').click({ position: { x: 2, y: 2 } });
  await stage.keyboard.press('p');
  await expect(again.getByTestId('presenter')).toHaveAttribute('data-connection', 'connected');
  expect(context.pages()).toHaveLength(2);
  await again.keyboard.press('PageDown');
  await expect.poll(() => atOf(stage)).toBe(1);
  expect(errors).toEqual([]);

  // Closing the stage: the presenter says so.
  await stage.close({ runBeforeUnload: true });
  await expect(again.getByTestId('presenter')).toHaveAttribute('data-connection', 'closed');
}

test.describe('from http: (BroadcastChannel)', () => {
  test('the presenter window follows the stage (two pages in one context)', async ({ page, context }) => {
    await follows(page, context, `./${TALK}`, 'broadcast');
  });
  test('closing or reloading either window is noticed by the other, and P reconnects', async ({ page, context }) => {
    await reconnects(page, context, `./${TALK}`);
  });
});

test('a presenter link opened on its own says it follows a stage window, and how to open one', async ({ page }) => {
  await page.goto('./#fmt=1&sc=seed&v=racy&at=3&mode=presenter');
  await expect(page.getByTestId('presenter')).toHaveAttribute('data-connection', 'alone');
  await expect(page.getByTestId('presenter-says')).toContainText('This window follows a stage window, and there is none');
  await expect(page.getByTestId('presenter-says')).toContainText('press T for talk mode, then P');
  await expect(page.getByTestId('presenter-now')).toContainText('Step 4');
});

test('the presenter window has no WCAG 2 A/AA violation (axe-core)', async ({ page }) => {
  // Served from the app's origin, as a11y.spec.ts does: the app's CSP refuses inline scripts.
  const axe = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
  await page.route('**/__axe.min.js', (route) => route.fulfill({ path: axe, contentType: 'text/javascript' }));
  await page.goto('./#fmt=1&sc=seed&v=racy&s=1111111222222222211111122&at=14&mode=presenter');
  await expect(page.getByTestId('presenter')).toHaveAttribute('data-connection', 'alone');
  await page.addScriptTag({ url: './__axe.min.js' });
  const found = await page.evaluate(`axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa'] } }).then((r) => r.violations.map((v) => v.id))`);
  expect(found).toEqual([]);
});

test.describe('in the one-file build opened from disk', () => {
  const single = `${process.env.E2E_DIST ?? 'dist'}-single`;
  test.beforeAll(() => buildSingleFile(single));

  const fileUrl = () => `${pathToFileURL(resolve(single, 'index.html')).href}${TALK}`;
  // Nothing leaves the machine: every request but file:, data:, blob: and about: fails.
  test.beforeEach(async ({ context }) => {
    await context.route(/^(?!file:|data:|blob:|about:)/, (route) => route.abort());
  });

  test('the presenter window follows the stage (file:, window messages)', async ({ page, context }) => {
    await follows(page, context, fileUrl(), 'window');
  });
  test('closing or reloading either window is noticed by the other, and P reconnects (file:)', async ({ page, context }) => {
    await reconnects(page, context, fileUrl());
  });
});
