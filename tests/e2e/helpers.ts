// Shared helpers for the browser tests.
//
// `test` is Playwright's test with the legend marked as already seen, so the legend
// that opens by itself on a first visit never covers the page under test. Specs that
// use the plain `@playwright/test` can call `skipLegend(page)` before `page.goto`.

import { spawnSync } from 'node:child_process';
import { test as base, expect, type Locator, type Page } from '@playwright/test';

export async function skipLegend(page: Page): Promise<void> {
  await page.addInitScript(() => window.localStorage.setItem('legend-seen', '1'));
}

export const test = base.extend({
  page: async ({ page }, use) => {
    await skipLegend(page);
    await use(page);
  },
});
export { expect };

/** The timeline's chips (test contract: data-testid="step", data-thread, data-op). */
export const chips = (page: Page): Locator => page.getByTestId('step');

/** The schedule as shown: "T1:find_extent_buffer", ... in timeline order. */
export async function shownOrder(page: Page): Promise<string[]> {
  return chips(page).evaluateAll((els) => els.map((e) => `T${e.getAttribute('data-thread')}:${e.getAttribute('data-op')}`));
}

/** The thread numbers in timeline order, e.g. "1111111222...". */
export async function shownThreads(page: Page): Promise<string> {
  return (await chips(page).evaluateAll((els) => els.map((e) => e.getAttribute('data-thread')))).join('');
}

/**
 * A real pointer drag as dnd-kit needs it: press, a first move past the activation
 * distance, then about 20 moves to the target's centre, then release.
 * `beforeDrop` runs while the chip is still held (to check the drag preview).
 */
export async function pointerDrag(page: Page, source: Locator, target: Locator, beforeDrop?: () => Promise<void>): Promise<void> {
  // The rows become draggable when dnd-kit's chunk has loaded (Timeline.tsx); until then
  // they are static rows, replaced when it arrives.
  await source.locator('xpath=ancestor::ol[@data-sortable="true"]').waitFor();
  // The timeline sits below the kernel picture: bring both chips on screen first.
  await target.scrollIntoViewIfNeeded();
  await source.scrollIntoViewIfNeeded();
  const a = await source.boundingBox();
  const b = await target.boundingBox();
  if (!a || !b) throw new Error('chip not on screen');
  const sx = a.x + a.width / 2;
  const sy = a.y + a.height / 2;
  await page.mouse.move(sx, sy);
  await page.mouse.down();
  await page.mouse.move(sx + (b.x < a.x ? -10 : 10), sy);
  await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2, { steps: 20 });
  if (beforeDrop) await beforeDrop();
  await page.mouse.up();
}

/** Waits until the timeline's rows can be dragged: dnd-kit's chunk has replaced the static rows. */
export async function dragReady(page: Page): Promise<void> {
  await page.locator('ol[data-sortable="true"]').first().waitFor();
}

/**
 * Picks `chip` up with the keyboard and waits until dnd-kit listens for the arrows. Its
 * KeyboardSensor marks the chip dragging as it starts, and adds its keydown listener in
 * a setTimeout(0) of its own (KeyboardSensor.attach in @dnd-kit/core): timers of equal
 * delay run in the order they were set, so once a setTimeout(0) set after the chip shows
 * it is dragging has run, dnd-kit's has too.
 */
export async function pickUp(page: Page, chip: Locator): Promise<void> {
  await dragReady(page);
  await chip.focus();
  await page.keyboard.press('Space');
  await expect(chip).toHaveAttribute('data-dragging', 'true');
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 0)));
}

/** dnd-kit's screen-reader region: the last announcement of a drag. */
export const dragAnnouncement = (page: Page): Locator => page.locator('[id^="DndLiveRegion"]');

/**
 * Presses an arrow key while a chip is held and waits until dnd-kit has it over step
 * `over` (1-based) of `total`: the next key is read from that position, and the keyboard
 * coordinates of a key pressed before it would be computed from the one before.
 */
export async function moveOver(page: Page, key: 'ArrowUp' | 'ArrowDown', over: number, total: number): Promise<void> {
  await page.keyboard.press(key);
  await expect(dragAnnouncement(page)).toContainText(`Over step ${over} of ${total}`);
}

/**
 * Waits until nothing on the page moves: no CSS transition or Web Animation running, and
 * the inline styles (where framer-motion writes its values frame by frame, and dnd-kit
 * its transforms) unchanged over `frames` animation frames in a row. Before a screenshot,
 * or before colours are measured.
 */
export async function settled(page: Page, frames = 3): Promise<void> {
  const still = await page.evaluate(
    (need) =>
      new Promise<boolean>((resolve) => {
        const deadline = performance.now() + 20_000;
        let last = '';
        let same = 0;
        const tick = () => {
          const moving = document.getAnimations().some((a) => a.playState === 'running' || a.pending);
          const styles = Array.from(document.querySelectorAll('[style]'), (e) => e.getAttribute('style')).join('\n');
          same = !moving && styles === last ? same + 1 : 0;
          last = styles;
          if (same >= need) resolve(true);
          else if (performance.now() > deadline) resolve(false);
          else requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      }),
    frames,
  );
  if (!still) throw new Error('the page was still moving after 20 s');
}

/** Opens the app with a preset loaded from the header's preset buttons. */
export async function openWithPreset(page: Page, label: string): Promise<void> {
  await page.goto('./');
  await page.getByRole('button', { name: label, exact: true }).click();
}

/**
 * Opens `html` as a page of its own at ./slide.html, e.g. a slide that frames the embed.
 * Not setContent on an app page: document.open keeps the app's Content-Security-Policy,
 * which allows no frames, so the slide would be the app's document rewritten.
 */
export async function openSlide(page: Page, html: string): Promise<void> {
  await page.route('**/slide.html', (route) => route.fulfill({ contentType: 'text/html', body: html }));
  await page.goto('./slide.html');
}

/** Saves the viewport (and, with `fullPage`, the whole page) under test-results/screenshots/. */
export async function screenshot(page: Page, name: string, fullPage = false): Promise<void> {
  await page.screenshot({ path: `test-results/screenshots/${name}.png`, fullPage });
}

const built = new Set<string>();

/** Time given to the one-file build on top of the budget of the test or hook that asks for it. */
const SINGLE_BUILD_MS = 180_000;

/**
 * Builds the one-file app (npm run build:single) into `outDir`, once per test process.
 * The build takes seconds alone and over a minute on a busy shared machine: it gets a
 * budget of its own, added to the timeout of the test or hook it runs in.
 */
export function buildSingleFile(outDir: string): void {
  if (built.has(outDir)) return;
  const info = base.info();
  info.setTimeout(info.timeout + SINGLE_BUILD_MS);
  const r = spawnSync('node_modules/.bin/vite', ['build', '-c', 'vite.single.config.ts', '--outDir', outDir, '--emptyOutDir'], {
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`build:single failed\n${r.stdout}\n${r.stderr}`);
  built.add(outDir);
}
