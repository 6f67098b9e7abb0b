// The visualizer's own speed and size, measured in headless Chromium against the
// production build (run by scripts/bench-browser.ts, which builds and serves it):
//   - initial JavaScript, gzipped (target: at most 120 KB);
//   - first paint of the default view, against a static HTML page of the same content
//     in the same run (target: at most 2x the static page);
//   - a drop to the new frame and verdict on screen, in two-allocators (target: 16 ms);
//   - playback without long tasks (over 50 ms).
// Numbers are printed, never asserted.

import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';

export const UI_TARGETS = { initialJsKb: 120, firstPaintVsStatic: 2, dropMs: 16, longTaskMs: 50 };
const LOADS = 15;
const DROPS = 15;

const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? Number.NaN;
};
const verdict = (ok: boolean) => (ok ? 'met' : 'MISSED');

/** Gzipped bytes of the scripts index.html loads before anything else runs. */
export function initialJs(dist: string): { files: string[]; gzipKb: number; cssGzipKb: number } {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const refs = [...html.matchAll(/<(?:script[^>]*\bsrc|link[^>]*rel="modulepreload"[^>]*\bhref)="([^"]+\.js)"/g)].map((m) => m[1] as string);
  const css = [...html.matchAll(/<link[^>]*rel="stylesheet"[^>]*\bhref="([^"]+\.css)"/g)].map((m) => m[1] as string);
  const gz = (f: string) => gzipSync(readFileSync(join(dist, f.replace(/^\.?\//, ''))), { level: 9 }).length / 1024;
  return {
    files: refs,
    gzipKb: refs.reduce((sum, f) => sum + gz(f), 0),
    cssGzipKb: css.reduce((sum, f) => sum + gz(f), 0),
  };
}

async function freshPage(browser: Browser): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.addInitScript(() => window.localStorage.setItem('legend-seen', '1'));
  return page;
}

/**
 * The static comparison page: the built index.html with every script removed (the
 * module, its preloads and the head guard), so it is the same markup and stylesheet
 * the app's first paint shows, with nothing to run.
 */
function writeStaticPage(dist: string): string {
  const html = readFileSync(join(dist, 'index.html'), 'utf8')
    .replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '')
    .replace(/<link rel="modulepreload"[^>]*>/g, '');
  writeFileSync(join(dist, 'static.html'), html);
  return 'static.html';
}

/**
 * ms from navigation start until the default view (its steps and verdict, by class, so
 * the build-time copy and the static page count as well as the live app) is in the DOM,
 * and until the frame that shows it has been painted (the next task after the next
 * animation frame).
 */
async function firstRender(browser: Browser, url: string): Promise<{ dom: number; painted: number }> {
  const page = await freshPage(browser);
  // Page code goes as source text: the TypeScript runner's helpers do not exist in the page.
  await page.addInitScript(`
    const done = () => document.querySelectorAll('.tl-chip').length >= 25 && document.querySelector('.verdict');
    new MutationObserver((_, obs) => {
      if (window.__rendered !== undefined || !done()) return;
      window.__rendered = performance.now();
      obs.disconnect();
      requestAnimationFrame(() => {
        const ch = new MessageChannel();
        ch.port1.onmessage = () => { window.__painted = performance.now(); };
        ch.port2.postMessage(0);
      });
    }).observe(document, { subtree: true, childList: true });
  `);
  await page.goto(url);
  await page.waitForFunction(() => (window as unknown as { __painted?: number }).__painted !== undefined);
  const r = await page.evaluate(() => {
    const w = window as unknown as { __rendered: number; __painted: number };
    return { dom: w.__rendered, painted: w.__painted };
  });
  await page.close();
  return r;
}

/** ms until the live app (not the build-time copy) has drawn the default view's pointers. */
async function appReady(browser: Browser, url: string): Promise<number> {
  const page = await freshPage(browser);
  await page.goto(url);
  await page.locator('[data-testid="pointer"]').first().waitFor();
  const ms = await page.evaluate(() => performance.now());
  await page.close();
  return ms;
}

/**
 * One keyboard drop in two-allocators: ms from the dropping key press until the new
 * order and verdict are committed to the DOM, and whether they were there by the next
 * animation frame.
 */
async function drops(browser: Browser, url: string): Promise<{ ms: number[]; byFrame: number }> {
  const page = await freshPage(browser);
  await page.goto(`${url}#fmt=2&sc=two-allocators&v=racy`);
  const chips = page.locator('[data-testid="step"]');
  await chips.nth(37).waitFor();
  const ms: number[] = [];
  let byFrame = 0;
  for (let i = 0; i < DROPS; i++) {
    const before = await chips.evaluateAll((els) => els.map((e) => e.getAttribute('data-thread')).join(''));
    await chips.nth(25).focus();
    await page.keyboard.press('Space');
    await page.waitForTimeout(120);
    await page.keyboard.press('ArrowUp');
    await page.waitForTimeout(320);
    await page.evaluate(`(() => {
      const prev = ${JSON.stringify(before)};
      window.__drop = { t0: 0, t1: 0, byFrame: false };
      const order = () => [...document.querySelectorAll('[data-testid="step"]')].map((e) => e.getAttribute('data-thread')).join('');
      const obs = new MutationObserver(() => {
        if (window.__drop.t1 || order() === prev) return;
        window.__drop.t1 = performance.now();
        obs.disconnect();
      });
      obs.observe(document.body, { subtree: true, childList: true, attributes: true });
      window.addEventListener('keydown', () => {
        window.__drop.t0 = performance.now();
        requestAnimationFrame(() => { window.__drop.byFrame = order() !== prev; });
      }, { capture: true, once: true });
    })()`);
    await page.keyboard.press('Space');
    await page.waitForFunction(() => (window as unknown as { __drop: { t1: number } }).__drop.t1 > 0);
    await page.waitForTimeout(80);
    const r = await page.evaluate(() => (window as unknown as { __drop: { t0: number; t1: number; byFrame: boolean } }).__drop);
    ms.push(r.t1 - r.t0);
    if (r.byFrame) byFrame++;
    await page.keyboard.press('Control+z');
    await page.waitForTimeout(50);
  }
  await page.close();
  return { ms, byFrame };
}

/** Plays two-allocators to the end at the fastest speed, collecting long tasks. */
async function playback(browser: Browser, url: string): Promise<{ tasks: number; maxMs: number; steps: number }> {
  const page = await freshPage(browser);
  await page.goto(`${url}#fmt=2&sc=two-allocators&v=racy`);
  await page.locator('[data-testid="step"]').nth(37).waitFor();
  // Playback only: the app's start (its lazy chunks arriving, the rows becoming sortable)
  // is over before the count starts.
  await page.locator('ol[data-sortable="true"]').waitFor();
  await page.waitForTimeout(500);
  await page.evaluate(`(() => {
    window.__long = [];
    new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__long.push(e.duration); }).observe({ type: 'longtask' });
  })()`);
  const speeds = await page.getByRole('combobox', { name: 'Speed' }).evaluate((el) => [...(el as HTMLSelectElement).options].map((o) => o.value));
  await page.getByRole('combobox', { name: 'Speed' }).selectOption(speeds[speeds.length - 1] as string);
  // Straight through: playback otherwise stops at the step where the invariant breaks.
  await page.getByRole('checkbox', { name: /pause at the break/ }).uncheck();
  // The keys step only when no control has the focus.
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.keyboard.press('Home');
  await page.keyboard.press('Space');
  await page.getByText(/step 38 of 38/).waitFor({ timeout: 20_000 });
  await page.waitForTimeout(300);
  const long = await page.evaluate(() => (window as unknown as { __long: number[] }).__long);
  await page.close();
  return { tasks: long.length, maxMs: long.length ? Math.max(...long) : 0, steps: 38 };
}

export async function benchUi(browser: Browser, url: string, dist: string): Promise<void> {
  console.log('\nBrowser: the visualizer (production build, headless Chromium, 1280x800)\n');
  const js = initialJs(dist);
  console.log(
    `  initial JS: ${js.gzipKb.toFixed(1)} KB gzipped in ${js.files.length} file(s) (CSS ${js.cssGzipKb.toFixed(1)} KB)  [target <= ${UI_TARGETS.initialJsKb} KB: ${verdict(js.gzipKb <= UI_TARGETS.initialJsKb)}]`,
  );
  const staticUrl = `${url}${writeStaticPage(dist)}`;
  await firstRender(browser, url); // warm the server and the disk cache
  await firstRender(browser, staticUrl);
  const app: number[] = [];
  const plain: number[] = [];
  // Interleaved, so both see the same machine.
  for (let i = 0; i < LOADS; i++) {
    app.push((await firstRender(browser, url)).painted);
    plain.push((await firstRender(browser, staticUrl)).painted);
  }
  const [a, p0] = [median(app), median(plain)];
  console.log(
    `  first paint of the default view: app ${a.toFixed(0)} ms, static page of the same markup ${p0.toFixed(0)} ms (medians of ${LOADS} loads each): ${(a / p0).toFixed(2)}x  [target <= ${UI_TARGETS.firstPaintVsStatic}x: ${verdict(a <= UI_TARGETS.firstPaintVsStatic * p0)}]`,
  );
  const ready: number[] = [];
  for (let i = 0; i < 5; i++) ready.push(await appReady(browser, url));
  console.log(`  the live app interactive, its pointers drawn: ${median(ready).toFixed(0)} ms (median of 5 loads)`);
  const d = await drops(browser, url);
  const dm = median(d.ms);
  console.log(
    `  drop to new frame and verdict (two-allocators, 38 steps): median ${dm.toFixed(1)} ms, min ${Math.min(...d.ms).toFixed(1)} ms; on screen by the next frame in ${d.byFrame}/${d.ms.length}  [target <= ${UI_TARGETS.dropMs} ms: ${verdict(dm <= UI_TARGETS.dropMs)}]`,
  );
  const p = await playback(browser, url);
  console.log(
    `  playback of two-allocators at full speed: ${p.tasks} long task(s), longest ${p.maxMs.toFixed(0)} ms  [target: none over ${UI_TARGETS.longTaskMs} ms: ${verdict(p.tasks === 0)}]`,
  );
}
