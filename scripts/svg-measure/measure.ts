// How close the SVG export is to the screen, measured on our own pictures: in Chromium on
// the production build (so under its Content-Security-Policy), each frame below is shot
// by Chromium, exported, rendered by rsvg-convert (as a slide tool would), and the render
// compared with the shot. With `dom-to-svg` installed (npm i --no-save dom-to-svg), the
// library is measured beside ours on the same frames; src/svg-export/README.md has the
// results and what they decided.
//
//   node_modules/.bin/tsx scripts/svg-measure/measure.ts [frame names...]
//   (E2E_DIST, E2E_PORT: the build dir and port; OUT: where PNGs, SVGs and diffs go; RUNS)
//
// Per frame and exporter it prints: the SVG's size (plain and gzipped), the export's
// median and fastest time in the page, rsvg-convert's time, the pixels pixelmatch finds different
// (anti-aliasing excluded; glyph edges a pixel apart still count, so a few % is the
// floor), the 8x8 blocks whose mean colour is off by more than 16/255 (missing, black or
// misplaced things), the <text> count, and the CSP violations the export caused.

import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pixelmatch from 'pixelmatch';
import { chromium, type Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { build } from 'vite';
// @ts-expect-error: a plain .mjs helper shared with the scripts
import { CHROMIUM_ARGS, findChromium } from '../chromium.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const DIST = process.env.E2E_DIST ?? 'dist-measure';
const PORT = Number(process.env.E2E_PORT ?? 4188);
const OUT = process.env.OUT ?? '/tmp/svg-measure';
const RUNS = Number(process.env.RUNS ?? 5);

const APP = ['.verdict', '.app__main'];
const TALK = ['.stage'];
const RACE = 's=1111111222222222211111122&at=14';
const ENDIO = 'sc=endio-reader&v=readers&s=11111222222222221111&at=12';
/** name, address, the roots exported, the window. */
const FRAMES: Array<[string, string, string[], { width: number; height: number }?]> = [
  ['seed-racy-break', `#fmt=1&sc=seed&v=racy&${RACE}`, APP],
  ['seed-initial', '#fmt=1&sc=seed&v=racy&at=-1', APP],
  ['endio-reader', `#fmt=1&${ENDIO}`, APP],
  ['two-allocators', '#fmt=1&sc=two-allocators&v=racy&at=19', APP],
  ['talk-seed-break', `#fmt=1&sc=seed&v=racy&${RACE}&mode=talk`, TALK],
  ['talk-endio-reader', `#fmt=1&${ENDIO}&mode=talk`, TALK],
  ['narrow-seed-break', `#fmt=1&sc=seed&v=racy&${RACE}`, APP, { width: 1024, height: 768 }],
];

/** The controls the app's export leaves out (src/components/share/frameImage.ts): hidden for the shot and every exporter alike. */
const SKIP = ['.share-bar', '.side__tabs', '.tl-toolbar', '.tl-run', '.tl-callout', '.explore-toggle', '.explore-panel'];

type Which = 'ours' | 'lib';

const hasLib = (() => {
  try {
    createRequire(join(ROOT, 'package.json')).resolve('dom-to-svg');
    return true;
  } catch {
    return false;
  }
})();

/** The app, and each exporter as a bundle of its own in DIST/measure: what the page loads, and what each weighs. */
async function buildAll(): Promise<Record<Which, number>> {
  const app = spawnSync('node_modules/.bin/vite', ['build', '--outDir', DIST, '--emptyOutDir'], { cwd: ROOT, stdio: 'inherit' });
  if (app.status !== 0) throw new Error('vite build failed');
  const entries: Array<[Which, string]> = [['ours', 'scripts/svg-measure/entry-ours.ts']];
  if (hasLib) {
    // Written here, not kept in the tree: the library is installed only to measure it.
    const dir = join(ROOT, 'node_modules/.cache/svg-measure');
    mkdirSync(dir, { recursive: true });
    const file = join(dir, 'entry-lib.ts');
    writeFileSync(
      file,
      "import { elementToSVG } from 'dom-to-svg';\n(window as unknown as Record<string, unknown>).__lib = (root: Element, area: DOMRect) => new XMLSerializer().serializeToString(elementToSVG(root, { captureArea: area }));\n",
    );
    entries.push(['lib', file]);
  }
  const gz: Record<Which, number> = { ours: 0, lib: 0 };
  for (const [name, entry] of entries) {
    await build({
      root: ROOT,
      configFile: false,
      publicDir: false,
      logLevel: 'warn',
      // postcss (in dom-to-svg) reads it; the app's build defines it too.
      define: { 'process.env.NODE_ENV': '"production"' },
      build: { outDir: join(DIST, 'measure'), emptyOutDir: false, minify: true, lib: { entry, formats: ['es'], fileName: () => `${name}.js` } },
    });
    gz[name] = spawnSync('gzip', ['-9c', join(ROOT, DIST, 'measure', `${name}.js`)]).stdout.length;
  }
  return gz;
}

async function startPreview(): Promise<ChildProcess> {
  const server = spawn(process.execPath, ['node_modules/vite/bin/vite.js', 'preview', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort', '--outDir', DIST], {
    cwd: ROOT,
    stdio: 'ignore',
  });
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${PORT}/`)).ok) return server;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  server.kill();
  throw new Error('vite preview did not start');
}

function rsvg(file: string): { ok: boolean; stderr: string; ms: number } {
  const t0 = performance.now();
  const r = spawnSync('rsvg-convert', ['-f', 'png', '-o', `${file}.png`, `${file}.svg`], { encoding: 'utf8' });
  return { ok: r.status === 0, stderr: (r.stderr ?? String(r.error)).trim().split('\n')[0] ?? '', ms: performance.now() - t0 };
}

/** The top-left w x h of a PNG, over white (rsvg leaves what nothing paints transparent). */
function flat(png: PNG, w: number, h: number): PNG {
  const out = new PNG({ width: w, height: h });
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const i = (y * png.width + x) * 4;
      const o = (y * w + x) * 4;
      const a = (png.data[i + 3] as number) / 255;
      for (let c = 0; c < 3; c++) out.data[o + c] = Math.round((png.data[i + c] as number) * a + 255 * (1 - a));
      out.data[o + 3] = 255;
    }
  }
  return out;
}

function compare(shotPng: PNG, file: string): { pixels: number; blocks: number } | null {
  const render = PNG.sync.read(readFileSync(`${file}.png`));
  // A region with a fractional edge (a talk's scaled stage) is a pixel larger in the SVG.
  if (Math.abs(render.width - shotPng.width) > 1 || Math.abs(render.height - shotPng.height) > 1) return null;
  const w = Math.min(render.width, shotPng.width);
  const h = Math.min(render.height, shotPng.height);
  const img = flat(render, w, h);
  const shot = flat(shotPng, w, h);
  const diff = new PNG({ width: w, height: h });
  const n = pixelmatch(shot.data, img.data, diff.data, w, h, { threshold: 0.1, includeAA: false });
  writeFileSync(`${file}.diff.png`, PNG.sync.write(diff));
  const B = 8;
  let bad = 0;
  let all = 0;
  for (let by = 0; by + B <= h; by += B) {
    for (let bx = 0; bx + B <= w; bx += B) {
      all++;
      const sum = [0, 0, 0, 0, 0, 0];
      for (let y = by; y < by + B; y++) {
        for (let x = bx; x < bx + B; x++) {
          const i = (y * w + x) * 4;
          for (let c = 0; c < 3; c++) {
            sum[c] = (sum[c] as number) + (shot.data[i + c] as number);
            sum[c + 3] = (sum[c + 3] as number) + (img.data[i + c] as number);
          }
        }
      }
      if (Math.max(...[0, 1, 2].map((c) => Math.abs((sum[c] as number) - (sum[c + 3] as number)) / (B * B))) > 16) bad++;
    }
  }
  return { pixels: (100 * n) / (w * h), blocks: (100 * bad) / all };
}

/** One exporter on the frame, RUNS times: its last SVG, its median time and its fastest (a shared machine's load shows in the median). */
async function exportWith(page: Page, which: Which, sel: string[]): Promise<{ svg: string | null; ms: number; min: number; error: string | null }> {
  return page.evaluate(
    async ({ which, runs, sel, skip }) => {
      const w = window as unknown as { __ours(roots: Element[], skip: string): string; __lib(root: Element, area: DOMRect): string };
      const roots = sel.map((s) => document.querySelector(s)).filter((e): e is Element => e !== null);
      const rects = roots.map((r) => r.getBoundingClientRect());
      const left = Math.floor(Math.min(...rects.map((r) => r.left)));
      const top = Math.floor(Math.min(...rects.map((r) => r.top)));
      const area = new DOMRect(left, top, Math.ceil(Math.max(...rects.map((r) => r.right))) - left, Math.ceil(Math.max(...rects.map((r) => r.bottom))) - top);
      // dom-to-svg takes one element: the nearest that holds every root, cut to their area.
      let common: Element | null = roots[0] ?? null;
      while (common && !roots.every((r) => common?.contains(r))) common = common.parentElement;
      const times: number[] = [];
      let svg: string | null = null;
      try {
        for (let i = 0; i < runs; i++) {
          const t0 = performance.now();
          svg = which === 'ours' ? w.__ours(roots, skip) : w.__lib(common as Element, area);
          times.push(performance.now() - t0);
          // A frame between runs: dom-to-svg adds and removes nodes while it works.
          await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 50)));
        }
      } catch (e) {
        return { svg: null, ms: 0, min: 0, error: e instanceof Error ? e.message : String(e) };
      }
      times.sort((a, b) => a - b);
      return { svg, ms: times[Math.floor(times.length / 2)] as number, min: times[0] as number, error: null };
    },
    { which, runs: RUNS, sel, skip: SKIP.join(', ') },
  );
}

/** Hides what the shot should not show, and waits for the page to hold still. */
async function prepare(page: Page, sel: string[]): Promise<void> {
  await page.evaluate(
    ({ skip, sel }) => {
      (document.activeElement as HTMLElement | null)?.blur();
      const hidden: HTMLElement[] = [...document.querySelectorAll<HTMLElement>(skip.join(', '))];
      // What shares the region with the roots but is none of them (the header's note
      // beside the verdict): the app's export leaves it out too.
      const roots = sel.map((s) => document.querySelector(s)).filter((e): e is Element => e !== null);
      let common: Element | null = roots[0] ?? null;
      while (common && !roots.every((r) => common?.contains(r))) common = common.parentElement;
      for (const r of roots) {
        for (let e: Element = r; e !== common && e.parentElement; e = e.parentElement) {
          for (const sib of e.parentElement.children) {
            if (sib !== e && sib instanceof HTMLElement && !roots.some((x) => sib.contains(x) || x.contains(sib))) hidden.push(sib);
          }
        }
      }
      for (const el of hidden) el.style.setProperty('visibility', 'hidden', 'important');
    },
    { skip: SKIP, sel },
  );
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running' || a.effect?.getComputedTiming().endTime === Infinity), null, { timeout: 10_000 });
}

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const gz = await buildAll();
  const server = await startPreview();
  const browser = await chromium.launch({ executablePath: findChromium() ?? undefined, args: CHROMIUM_ARGS });
  const only = process.argv.slice(2);
  const rows = ['| frame | exporter | region | SVG | gzipped | export: median (fastest) | rsvg-convert | pixels off | blocks off | texts | CSP violations |', '|---|---|---|---|---|---|---|---|---|---|---|'];
  try {
    for (const [name, hash, sel, viewport] of FRAMES.filter(([n]) => only.length === 0 || only.includes(n))) {
      const page = await browser.newPage({ viewport: viewport ?? { width: 1280, height: 800 }, deviceScaleFactor: 1 });
      // tsx names functions through a helper that the page does not have.
      await page.addInitScript('window.__name = (f) => f');
      await page.addInitScript(() => window.localStorage.setItem('legend-seen', '1'));
      const csp: string[] = [];
      await page.exposeFunction('__cspSeen', (line: string) => csp.push(line));
      await page.addInitScript(() =>
        document.addEventListener('securitypolicyviolation', (e) =>
          (window as unknown as { __cspSeen(l: string): void }).__cspSeen(`${e.effectiveDirective} ${e.blockedURI || '(inline)'}`),
        ),
      );
      await page.goto(`http://127.0.0.1:${PORT}/${hash}`);
      await page.locator(sel[0] as string).first().waitFor();
      await page.getByTestId('step').first().waitFor();
      for (const which of hasLib ? (['ours', 'lib'] as const) : (['ours'] as const)) await page.addScriptTag({ url: `/measure/${which}.js`, type: 'module' });
      await page.waitForFunction((lib) => '__ours' in window && (!lib || '__lib' in window), hasLib);
      await prepare(page, sel);
      const area = await page.evaluate((sel) => {
        const rects = sel.map((s) => document.querySelector(s)?.getBoundingClientRect()).filter((r): r is DOMRect => r !== undefined);
        const left = Math.floor(Math.min(...rects.map((r) => r.left)));
        const top = Math.floor(Math.min(...rects.map((r) => r.top)));
        const right = Math.min(innerWidth, Math.ceil(Math.max(...rects.map((r) => r.right))));
        return { x: left + scrollX, y: top + scrollY, width: right - left, height: Math.ceil(Math.max(...rects.map((r) => r.bottom))) - top };
      }, sel);
      const shotFile = join(OUT, `${name}.chromium.png`);
      writeFileSync(shotFile, await page.screenshot({ clip: area, animations: 'disabled' }));
      const shot = PNG.sync.read(readFileSync(shotFile));
      for (const which of hasLib ? (['ours', 'lib'] as const) : (['ours'] as const)) {
        const before = csp.length;
        const r = await exportWith(page, which, sel);
        const file = join(OUT, `${name}.${which}`);
        const svg = r.svg ?? '';
        writeFileSync(`${file}.svg`, svg);
        const drawn = r.svg ? rsvg(file) : { ok: false, stderr: r.error ?? 'no SVG', ms: 0 };
        const d = drawn.ok ? compare(shot, file) : null;
        rows.push(
          `| ${[
            name,
            which === 'ours' ? 'ours' : 'dom-to-svg',
            `${area.width}x${area.height}`,
            `${(svg.length / 1024).toFixed(0)} KB`,
            `${(spawnSync('gzip', ['-9c'], { input: svg }).stdout.length / 1024).toFixed(1)} KB`,
            `${r.ms.toFixed(0)} ms (${r.min.toFixed(0)})`,
            drawn.ok ? `${drawn.ms.toFixed(0)} ms` : `failed: ${drawn.stderr}`,
            d ? `${d.pixels.toFixed(1)}%` : '-',
            d ? `${d.blocks.toFixed(1)}%` : '-',
            (svg.match(/<text\b/g) ?? []).length,
            // Per export: each run meets the same refusals.
            (csp.length - before) / RUNS,
          ].join(' | ')} |`,
        );
        console.log(rows[rows.length - 1]);
      }
      await page.close();
    }
  } finally {
    await browser.close();
    server.kill();
  }
  const sizes = `Exporter bundles, minified and gzipped: ours ${(gz.ours / 1024).toFixed(1)} KB${hasLib ? `, dom-to-svg ${(gz.lib / 1024).toFixed(1)} KB` : ' (dom-to-svg not installed)'}.`;
  console.log(sizes);
  writeFileSync(join(OUT, 'table.md'), `${rows.join('\n')}\n\n${sizes}\n`);
  console.log(`PNGs, SVGs and diffs in ${OUT}`);
}

await main();
