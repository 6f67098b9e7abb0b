// The browser half of `npm run bench` (scripts/bench.ts runs this default export after
// the Node half). It builds the app, serves it with `vite preview`, and in headless
// Chromium measures:
//   1. the explorer inside the page's Web Worker, per scenario and variant, against the
//      same exploration in Node (target: within 2x);
//   2. the longest task on the main thread around opening the explore panel (target:
//      nothing blocks input for more than 50 ms);
//   3. the visualizer's size, first render, drop and playback (scripts/bench-ui.ts).
// Numbers are printed, never asserted: a miss is reported and the exit status stays 0.

import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type Browser, chromium } from 'playwright-core';
// @ts-expect-error: a plain .mjs helper shared with the scripts
import { CHROMIUM_ARGS, findChromium } from './chromium.mjs';
import { explore, setDevFreeze } from '../src/engine';
import { getModel, SCENARIOS } from '../src/packs';
import { medianMs } from './bench';
import { benchUi } from './bench-ui';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DIST = 'dist-bench';
const PORT = Number(process.env.BENCH_PORT ?? 4187);
const RUNS = 21;
const WARMUP = 5;
const OPEN_RUNS = 3;
export const TARGETS = { workerVsNode: 2, longTaskMs: 50 };

interface Row {
  scenario: string;
  variant: string;
  nodeMs: number;
  workerMs: number;
}

function nodeExploreMs(): Map<string, number> {
  setDevFreeze(false);
  const models = SCENARIOS.flatMap(({ id, variants }) =>
    variants.map(({ id: v }) => {
      const m = getModel(id, v);
      if (!m.ok) throw new Error(m.error);
      return [`${id}/${v}`, m.value] as const;
    }),
  );
  // Warm every path up before timing any (as the worker side does).
  for (let i = 0; i < WARMUP; i++) for (const [, model] of models) explore(model);
  const out = new Map<string, number>();
  for (const [key, model] of models) out.set(key, medianMs(() => explore(model), RUNS, 1, 1));
  return out;
}

async function startPreview(): Promise<ChildProcess> {
  const server = spawn(
    process.execPath,
    ['node_modules/vite/bin/vite.js', 'preview', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort', '--outDir', DIST],
    { cwd: ROOT, stdio: 'ignore' },
  );
  const url = `http://127.0.0.1:${PORT}/`;
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(url)).ok) return server;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  server.kill();
  throw new Error(`vite preview did not answer on ${url}`);
}

/** Medians of the worker's own explore() timings (the `ms` it reports per variant). */
async function workerExploreMs(browser: Browser, workerUrl: string): Promise<Map<string, number>> {
  const page = await browser.newPage();
  await page.addInitScript(() => window.localStorage.setItem('legend-seen', '1'));
  await page.goto(`http://127.0.0.1:${PORT}/`);
  const pairs = SCENARIOS.flatMap(({ id, variants }) => variants.map(({ id: v }) => [id, v] as const));
  // Passed as source text: a bundler's helpers (esbuild's __name) do not exist in the page.
  const result = (await page.evaluate(`(async () => {
    const url = ${JSON.stringify(workerUrl)}, pairs = ${JSON.stringify(pairs)}, runs = ${RUNS}, warmup = ${WARMUP};
    const w = new Worker(url, { type: 'module' });
    let id = 0;
    function once(scenario, variant) {
      return new Promise((resolve, reject) => {
        const my = ++id;
        w.onmessage = (e) => {
          const m = e.data;
          if (m.id !== my) return;
          if (m.type === 'progress') resolve(m.summary.ms);
          else if (m.type === 'error') reject(new Error(m.message));
        };
        w.postMessage({ id: my, type: 'explore', scenario, variants: [variant], fresh: true });
      });
    }
    // Warm every path up first, as the Node half does.
    for (let i = 0; i < warmup; i++) for (const [s, v] of pairs) await once(s, v);
    const out = {};
    for (const [s, v] of pairs) {
      const times = [];
      for (let i = 0; i < runs; i++) times.push(await once(s, v));
      times.sort((a, b) => a - b);
      out[s + '/' + v] = times[Math.floor(times.length / 2)];
    }
    w.terminate();
    return out;
  })()`)) as Record<string, number>;
  await page.close();
  return new Map(Object.entries(result));
}

/** The longest main-thread task from clicking "Explore" until every row is filled. */
async function longestTaskOpening(browser: Browser, scenario: string): Promise<{ maxMs: number; tasks: number; rowsMs: number; paintMs: number }> {
  const page = await browser.newPage();
  await page.addInitScript(() => {
    window.localStorage.setItem('legend-seen', '1');
    const w = window as unknown as { __long: Array<{ start: number; duration: number }> };
    w.__long = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__long.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  });
  await page.goto(`http://127.0.0.1:${PORT}/`);
  if (scenario !== 'seed') await page.getByLabel('Scenario').selectOption(scenario);
  // Let the page settle (lazy chunks, first animations) before the measured click.
  await page.waitForTimeout(1000);
  const t0 = await page.evaluate(() => performance.now());
  // Click and wait for the next frame after the one that paints the panel: the input delay a user feels.
  const paintMs = await page.evaluate(async () => {
    const start = performance.now();
    (document.querySelector('[data-testid="explore-open"]') as HTMLButtonElement).click();
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    return performance.now() - start;
  });
  await page.waitForFunction(() => document.querySelectorAll('[data-testid="explore-row"]').length === 3);
  const t1 = await page.evaluate(() => performance.now());
  await page.waitForTimeout(200);
  const tasks = await page.evaluate(
    (since) => (window as unknown as { __long: Array<{ start: number; duration: number }> }).__long.filter((t) => t.start >= since),
    t0,
  );
  await page.close();
  return { maxMs: Math.max(0, ...tasks.map((t) => t.duration)), tasks: tasks.length, rowsMs: t1 - t0, paintMs };
}

export default async function benchBrowser(): Promise<void> {
  console.log('\nBrowser: the explorer in the page\'s Web Worker vs. Node; opening the explore panel\n');
  const executablePath = findChromium() as string | null;
  if (!executablePath) {
    console.log('  skipped: no Chromium found (set CHROMIUM_PATH or install Debian\'s "chromium")');
    return;
  }
  const build = spawnSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--outDir', DIST, '--emptyOutDir', '--logLevel', 'warn'], {
    cwd: ROOT,
    stdio: 'inherit',
  });
  if (build.status !== 0) throw new Error('vite build failed');
  const workerFile = readdirSync(`${ROOT}/${DIST}/assets`).find((f) => /^explore\.worker-.*\.js$/.test(f));
  if (!workerFile) throw new Error(`no explore.worker-*.js in ${DIST}/assets`);

  const node = nodeExploreMs();
  const server = await startPreview();
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  try {
    const worker = await workerExploreMs(browser, `http://127.0.0.1:${PORT}/assets/${workerFile}`);
    const rows: Row[] = [...node.entries()].map(([key, nodeMs]) => {
      const [scenario = '', variant = ''] = key.split('/');
      return { scenario, variant, nodeMs, workerMs: worker.get(key) ?? Number.NaN };
    });
    const head = ['scenario', 'variant', 'node ms', 'worker ms', 'ratio', `target < ${TARGETS.workerVsNode}x`];
    const body = rows.map((r) => {
      const ratio = r.workerMs / r.nodeMs;
      return [r.scenario, r.variant, r.nodeMs.toFixed(2), r.workerMs.toFixed(2), `${ratio.toFixed(2)}x`, ratio < TARGETS.workerVsNode ? 'met' : 'MISSED'];
    });
    const widths = head.map((h, c) => Math.max(h.length, ...body.map((row) => (row[c] as string).length)));
    const line = (cells: string[]) => cells.map((cell, c) => (c < 2 ? cell.padEnd(widths[c] as number) : cell.padStart(widths[c] as number))).join('  ');
    console.log([line(head), line(widths.map((w) => '-'.repeat(w))), ...body.map(line)].join('\n'));
    console.log(`  (medians of ${RUNS} explorations after ${WARMUP} warm-up rounds; worker times are explore() alone, measured inside the worker)\n`);

    // Three fresh pages per scenario: this machine is shared, so one run can catch a stall
    // that is not ours; the median says what is typical, the max what is worst.
    for (const { id } of SCENARIOS) {
      const runs = [];
      for (let i = 0; i < OPEN_RUNS; i++) runs.push(await longestTaskOpening(browser, id));
      const worst = Math.max(...runs.map((r) => r.maxMs));
      const median = (xs: number[]) => (xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number).toFixed(0);
      const longest = worst === 0 ? 'no task over 50 ms in any run' : `longest task ${worst.toFixed(0)} ms (per run: ${runs.map((r) => r.maxMs.toFixed(0)).join(', ')})`;
      const verdict = worst <= TARGETS.longTaskMs ? 'met' : 'MISSED';
      console.log(
        `  opening the explore panel (${id}, ${OPEN_RUNS} runs): ${longest}; painted within ${median(runs.map((r) => r.paintMs))} ms, rows filled after ${median(runs.map((r) => r.rowsMs))} ms (medians)  [target: nothing over ${TARGETS.longTaskMs} ms: ${verdict}]`,
      );
    }
    await benchUi(browser, `http://127.0.0.1:${PORT}/`, `${ROOT}/${DIST}`);
  } finally {
    await browser.close();
    server.kill();
  }
}
