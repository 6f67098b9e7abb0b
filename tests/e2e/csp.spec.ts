import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from '@playwright/test';
import { type CspWatch, directives, watchCsp } from './csp-watch';
import { buildSingleFile, chips, expect, openSlide, openWithPreset, pointerDrag, test as app } from './helpers';

// The Content-Security-Policy of the built app (scripts/csp.ts): a tour of everything
// the app does runs with no violation, and the policy is there and strict (what it
// forbids really does not run). The one-file build carries its own, by hashes.

const single = `${process.env.E2E_DIST ?? 'dist'}-single`;

const test = app.extend<{ csp: CspWatch }>({
  csp: async ({ context }, use) => {
    await use(await watchCsp(context));
  },
});

const policyOf = (page: Page) => page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');

test.describe('a tour of the app meets no Content-Security-Policy violation', () => {
  test('open, step, drag, explore in the worker, the state graph and compare mode', async ({ page, csp }) => {
    await openWithPreset(page, 'T1 then T2');
    // The keys belong to the page, not the preset button just clicked.
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
    await expect(page.getByTestId('step-counter')).toHaveAttribute('data-cursor', '3');
    await pointerDrag(page, chips(page).nth(22), chips(page).nth(7));
    await expect(page.getByTestId('verdict')).toHaveAttribute('data-outcome', 'bug');
    await page.getByTestId('explore-open').click();
    await expect(page.getByTestId('explore-row').first()).toHaveAttribute('data-schedules', '264215');
    await page.getByTestId('state-graph-on').check();
    await expect(page.getByTestId('state-graph')).toHaveAttribute('data-states', '199');
    await page.getByTestId('compare-on').check();
    await expect(page.getByTestId('compare-view')).toHaveCount(2);
    expect(csp.seen).toEqual([]);
  });

  test('the text dialog, the clipboard, the legend and talk mode', async ({ page, context, csp }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('./');
    await page.getByTestId('copy-link').click();
    await expect(page.getByTestId('copy-link-status')).toHaveText('copied');
    await page.getByTestId('text-dialog-open').click();
    const exported = await page.getByTestId('text-export').inputValue();
    await page.getByTestId('text-import').fill(exported);
    await page.getByTestId('text-import-read').click();
    await expect(page.getByTestId('text-import-summary')).toBeVisible();
    await page.getByRole('button', { name: 'Close' }).click();
    await page.keyboard.press('?');
    await expect(page.getByRole('dialog', { name: 'How to read this' })).toBeVisible();
    await page.keyboard.press('Escape');
    await page.locator('body').click({ position: { x: 2, y: 2 } });
    await page.keyboard.press('t');
    await expect(page.locator('.app')).toHaveAttribute('data-mode', 'talk');
    await page.keyboard.press('PageDown');
    await page.keyboard.press('n');
    await expect(page.getByTestId('talk-notes')).toBeVisible();
    await page.keyboard.press('b');
    await expect(page.getByTestId('talk-blank')).toBeVisible();
    await page.keyboard.press('b');
    await page.keyboard.press('Escape');
    await expect(page.locator('.app')).toHaveAttribute('data-mode', 'app');
    expect(csp.seen).toEqual([]);
  });

  test('the frame exported as SVG and as PNG', async ({ page, csp }) => {
    await page.goto('./#fmt=2&sc=seed&fp=0q3nins&v=racy&s=1111111222222222211111122&at=14');
    for (const kind of ['svg', 'png']) {
      const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId(`export-${kind}`).click()]);
      expect((await readFile((await file.path()) as string)).length).toBeGreaterThan(10_000);
    }
    expect(csp.seen).toEqual([]);
  });

  test('an embed, in an iframe, and its link out to the full app', async ({ page, context, baseURL, csp }) => {
    const link = '#fmt=2&sc=seed&fp=0q3nins&v=eb_refs&s=1111111122222222222111111&at=9';
    await page.goto(`./${link}&embed=1`);
    await expect(page.locator('[data-mode="embed"]')).toBeVisible();
    const [full] = await Promise.all([context.waitForEvent('page'), page.getByTestId('embed-link-out').click()]);
    await expect(full.getByTestId('verdict')).toBeVisible();
    // A slide of its own frames the embed, which keeps the app's policy inside the frame.
    await openSlide(page, `<!doctype html><title>slide</title><iframe title="race" src="${baseURL}${link}&embed=1" width="800" height="480"></iframe>`);
    const frame = page.frameLocator('iframe[title="race"]');
    await expect(frame.getByTestId('step').first()).toBeVisible();
    expect(await frame.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')).toContain("default-src 'self'");
    expect(csp.seen).toEqual([]);
  });

  test('the one-file build from a file: URL, its explorer worker started from a blob', async ({ page, csp }) => {
    buildSingleFile(single);
    await page.goto(pathToFileURL(resolve(single, 'index.html')).href);
    await expect(page.getByTestId('verdict')).toHaveAttribute('data-outcome', 'bug');
    await page.getByTestId('explore-open').click();
    await expect(page.getByTestId('explore-row').first()).toHaveAttribute('data-schedules', '264215');
    const [png] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-png').click()]);
    expect(await png.path()).toBeTruthy();
    expect(csp.seen).toEqual([]);
  });
});

test.describe('the policy is there and strict', () => {
  test('the built page carries it, and it allows no inline or evaluated script', async ({ page }) => {
    await page.goto('./');
    const policy = directives((await policyOf(page)) ?? '');
    expect(policy.get('default-src')).toEqual(["'self'"]);
    // The app's files, and by hash exactly the one inline script the build wrote: the
    // prerender's guard in <head>.
    const html = await (await page.request.get('./')).text();
    const { createHash } = await import('node:crypto');
    const inline = [...html.matchAll(/<script(?: id="[\w-]+")?>([\s\S]*?)<\/script>/g)].map((m) => `'sha256-${createHash('sha256').update(m[1] ?? '').digest('base64')}'`);
    expect(inline).toHaveLength(1);
    expect(policy.get('script-src')).toEqual(["'self'", ...inline]);
    expect(policy.get('style-src-attr')).toEqual(["'none'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'none'"]);
    for (const sources of policy.values()) {
      for (const bad of ["'unsafe-inline'", "'unsafe-eval'", '*', 'http:', 'https:']) expect(sources).not.toContain(bad);
    }
  });

  test('what it forbids does not run, and each refusal is reported', async ({ page, csp }) => {
    // A script of the app's own origin runs (the policy allows 'self') and tries what the
    // policy forbids: code from strings. Served by the test, as no such file ships.
    const probe = [
      'const tried = (f) => { try { return f(); } catch { return "refused"; } };',
      'window.__probe = { eval: tried(() => eval("1")), fn: tried(() => new Function("return 1")()) };',
      'setTimeout("window.__timer = 1", 0);',
    ].join('\n');
    await page.route('**/csp-probe.js', (route) => route.fulfill({ contentType: 'text/javascript', body: probe }));
    await page.goto('./');
    await expect(chips(page).first()).toBeVisible();
    const ran = await page.evaluate(async () => {
      const w = window as unknown as Record<string, unknown>;
      const own = document.createElement('script');
      own.src = './csp-probe.js';
      // A script's load event comes after it has run.
      const probed = new Promise((resolve, reject) => {
        own.addEventListener('load', resolve);
        own.addEventListener('error', reject);
      });
      document.body.append(own);
      // An inline script would run as it is inserted.
      const inline = document.createElement('script');
      inline.textContent = 'window.__inline = 1';
      document.body.append(inline);
      const img = document.createElement('img');
      img.setAttribute('onerror', 'window.__handler = 1');
      // The attribute's handler, were it allowed, runs in the same error event, before
      // this listener added after it.
      const failed = new Promise((resolve) => img.addEventListener('error', resolve));
      img.src = 'data:,not-an-image';
      document.body.append(img);
      const style = document.createElement('style');
      style.textContent = 'body { --csp-probe: element; }';
      document.head.append(style);
      const div = document.createElement('div');
      div.setAttribute('style', '--csp-probe: attribute');
      document.body.append(div);
      await Promise.all([probed, failed]);
      // The probe's string timer, were it allowed, would run before a timer of the same
      // delay set after it (timers of equal delay run in the order they were set).
      await new Promise((resolve) => setTimeout(resolve, 0));
      return {
        probe: w.__probe ?? null,
        timer: w.__timer ?? null,
        inline: w.__inline ?? null,
        handler: w.__handler ?? null,
        styleElement: getComputedStyle(document.body).getPropertyValue('--csp-probe'),
        styleAttribute: getComputedStyle(div).getPropertyValue('--csp-probe'),
      };
    });
    expect(ran).toEqual({
      probe: { eval: 'refused', fn: 'refused' },
      timer: null,
      inline: null,
      handler: null,
      styleElement: '',
      styleAttribute: '',
    });
    // The watch that found nothing on the tour does see these (reported to the test a
    // moment after they happen).
    const refused = ['script-src', 'script-src-elem', 'script-src-attr', 'style-src-elem', 'style-src-attr'];
    await expect.poll(() => refused.filter((d) => !csp.seen.some((line) => line.includes(`: ${d} blocked`)))).toEqual([]);
  });

  test('the one-file build allows exactly its inline scripts and stylesheet, by hash', async ({ page }) => {
    buildSingleFile(single);
    const html = await readFile(resolve(single, 'index.html'), 'utf8');
    const policy = directives(/<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? '');
    const { createHash } = await import('node:crypto');
    const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
    const scripts = [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((m) => hash(m[1] ?? ''));
    const styles = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].map((m) => hash(m[1] ?? ''));
    // The prerender's guard and its copy's styles in <head>, and the app.
    expect(scripts).toHaveLength(2);
    expect(styles).toHaveLength(2);
    expect(policy.get('script-src')).toEqual(scripts);
    expect(policy.get('style-src-elem')).toEqual(styles);
    expect(policy.get('worker-src')).toEqual(['blob:']);
    expect(policy.get('default-src')).toEqual(["'self'"]);
    // The browser agrees: an inline script that is not the app's does not run there either.
    await page.goto(pathToFileURL(resolve(single, 'index.html')).href);
    await expect(page.getByTestId('verdict')).toBeVisible();
    const ran = await page.evaluate(() => {
      const s = document.createElement('script');
      s.textContent = 'window.__inline = 1';
      document.body.append(s);
      return (window as unknown as { __inline?: number }).__inline ?? null;
    });
    expect(ran).toBeNull();
  });
});
