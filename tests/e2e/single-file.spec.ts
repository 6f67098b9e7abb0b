import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from '@playwright/test';
import { buildSingleFile, expect, test } from './helpers';

// Offline: the app from a sub-path of a static host, and the one-file build
// (npm run build:single) opened from a file: URL with every network request refused.

const dist = process.env.E2E_DIST ?? 'dist';
const single = `${dist}-single`;

/** Requests that left the page (anything but file:, data: and blob:). */
function outgoing(page: Page): string[] {
  const seen: string[] = [];
  page.on('request', (r) => {
    if (!/^(file|data|blob):/.test(r.url())) seen.push(r.url());
  });
  return seen;
}

test.describe('the one-file build', () => {
  test.beforeAll(() => buildSingleFile(single));

  test('is one HTML file with nothing to fetch', () => {
    const html = resolve(single, 'index.html');
    expect(existsSync(html)).toBe(true);
    expect(statSync(html).size).toBeGreaterThan(100_000);
    expect(existsSync(resolve(single, 'assets'))).toBe(false);
  });

  test('opens from a file: URL with no network: steps, verdict, permalink and the explorer worker', async ({ page, context }) => {
    await context.route(/^(?!file:|data:|blob:)/, (route) => route.abort());
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const requests = outgoing(page);
    const url = pathToFileURL(resolve(single, 'index.html')).href;
    await page.goto(url);
    await expect(page.getByTestId('step').first()).toBeVisible();
    expect(await page.getByTestId('step').count()).toBeGreaterThan(20);
    await expect(page.getByTestId('verdict')).toHaveAttribute('data-outcome', 'bug');

    // Permalinks work on file: too.
    await page.goto(`${url}#fmt=1&sc=seed&v=eb_refs&at=-1`);
    await expect(page.getByTestId('verdict')).toHaveAttribute('data-outcome', 'safe');

    // The explorer's worker was inlined and starts from a blob.
    await page.getByTestId('explore-open').click();
    const start = page.getByTestId('explore-start');
    if (await start.isVisible().catch(() => false)) await start.click();
    await expect(page.getByTestId('explore-row').first()).toHaveAttribute('data-schedules', /^\d+$/, { timeout: 30_000 });
    expect(requests).toEqual([]);
    expect(errors).toEqual([]);
  });
});

const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
};

test.describe('the built app under a sub-path', () => {
  let server: Server;
  let origin = '';
  test.beforeAll(async () => {
    const root = resolve(dist);
    server = createServer((req, res) => {
      const path = decodeURIComponent((req.url ?? '/').split('?')[0] ?? '/');
      if (!path.startsWith('/talks/btrfs/')) {
        res.writeHead(404).end('not here');
        return;
      }
      let file = join(root, path.slice('/talks/btrfs/'.length));
      if (!file.startsWith(root)) {
        res.writeHead(403).end();
        return;
      }
      if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
      if (!existsSync(file)) {
        res.writeHead(404).end('missing');
        return;
      }
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      createReadStream(file).pipe(res);
    });
    await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  test.afterAll(async () => {
    await new Promise((ok) => server.close(ok));
  });

  test('works from /talks/btrfs/ with every asset found there', async ({ page }) => {
    const failed: string[] = [];
    page.on('response', (r) => {
      if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
    });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${origin}/talks/btrfs/#fmt=1&sc=two-allocators&v=under_alloc&at=3`);
    await expect(page.getByTestId('step').first()).toBeVisible();
    await expect(page.getByTestId('verdict')).toBeVisible();
    await expect(page.getByRole('combobox', { name: 'Scenario' })).toHaveValue('two-allocators');
    expect(await page.evaluate(() => window.location.pathname)).toBe('/talks/btrfs/');
    expect(failed).toEqual([]);
    expect(errors).toEqual([]);
  });
});
