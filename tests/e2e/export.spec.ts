import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { expect, test } from './helpers';

// The SVG and PNG exports, as a speaker uses them: the view as on screen (verdict,
// kernel picture, timeline) made of real SVG elements that rsvg-convert renders, with
// the words as <text> and no two texts on top of each other.

const RACE = './#fmt=1&sc=seed&v=racy&s=1111111222222222211111122&at=14';

interface Exported {
  name: string;
  data: Buffer;
}

async function exportAs(page: Page, kind: 'svg' | 'png'): Promise<Exported> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId(`export-${kind}`).click()]);
  return { name: file.suggestedFilename(), data: readFileSync((await file.path()) as string) };
}

const pngSize = (png: Buffer) => ({ w: png.readUInt32BE(16), h: png.readUInt32BE(20) });

interface Shown {
  /** The texts joined into the lines they form, left to right. */
  lines: string[];
  /** Pairs of texts whose boxes (clipped as drawn) overlap by more than a pixel. */
  overlaps: string[];
  count: number;
}

/** The SVG inline in a blank page: its text boxes (getBBox, cut to their clip-path) and lines. */
async function inspect(browser: Browser, svg: string): Promise<Shown> {
  const page = await browser.newPage();
  await page.setContent(`<body style="margin:0">${svg}</body>`);
  const shown = await page.evaluate(() => {
    const clipOf = (el: Element) => {
      let box = { x1: -1e9, y1: -1e9, x2: 1e9, y2: 1e9 };
      for (let e: Element | null = el; e && e.localName !== 'svg'; e = e.parentElement) {
        const ref = /#([^)"]+)/.exec(e.getAttribute('clip-path') ?? '')?.[1];
        const r = ref ? document.getElementById(ref)?.querySelector('rect') : null;
        if (!r) continue;
        const [x, y, w, h] = ['x', 'y', 'width', 'height'].map((a) => Number(r.getAttribute(a) ?? 0)) as [number, number, number, number];
        box = { x1: Math.max(box.x1, x), y1: Math.max(box.y1, y), x2: Math.min(box.x2, x + w), y2: Math.min(box.y2, y + h) };
      }
      return box;
    };
    const texts = [...document.querySelectorAll('svg > g text')].map((t) => {
      const b = (t as SVGTextElement).getBBox();
      const c = clipOf(t);
      const x1 = Math.max(b.x, c.x1);
      const y1 = Math.max(b.y, c.y1);
      return { s: (t.textContent ?? '').replace(/\u00a0/g, ' '), x1, y1, x2: Math.min(b.x + b.width, c.x2), y2: Math.min(b.y + b.height, c.y2), base: b.y + b.height };
    });
    const overlaps: string[] = [];
    for (let i = 0; i < texts.length; i++) {
      for (let j = i + 1; j < texts.length; j++) {
        const a = texts[i];
        const b = texts[j];
        if (!a || !b) continue;
        const w = Math.min(a.x2, b.x2) - Math.max(a.x1, b.x1);
        const h = Math.min(a.y2, b.y2) - Math.max(a.y1, b.y1);
        if (w > 1 && h > 1) overlaps.push(`"${a.s}" and "${b.s}" (${w.toFixed(1)} x ${h.toFixed(1)} px)`);
      }
    }
    // Lines: texts sharing a baseline, left to right, a space where there is a gap.
    const rows = new Map<number, typeof texts>();
    for (const t of texts) {
      const key = Math.round(t.base);
      rows.set(key, [...(rows.get(key) ?? []), t]);
    }
    const lines = [...rows.values()].map((row) => {
      row.sort((a, b) => a.x1 - b.x1);
      return row.reduce((acc, t, i) => acc + (i > 0 && t.x1 - (row[i - 1]?.x2 ?? 0) > 1.5 ? ' ' : '') + t.s, '').replace(/ +/g, ' ');
    });
    return { lines, overlaps, count: texts.length };
  });
  await page.close();
  return shown;
}

/** rsvg-convert on the file; a missing tool fails with the package to install. */
function rsvg(svg: Buffer): { png: Buffer; stderr: string } {
  const dir = mkdtempSync(join(tmpdir(), 'export-'));
  try {
    writeFileSync(join(dir, 'view.svg'), svg);
    const r = spawnSync('rsvg-convert', ['-f', 'png', '-o', join(dir, 'view.png'), join(dir, 'view.svg')], { encoding: 'utf8' });
    if (r.error && (r.error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new Error('rsvg-convert is not installed: install the Debian package librsvg2-bin (apt-get install librsvg2-bin)');
    }
    expect(r.status, `rsvg-convert failed: ${r.stderr}`).toBe(0);
    return { png: readFileSync(join(dir, 'view.png')), stderr: r.stderr };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test('the SVG is real SVG: rsvg-convert renders it, and the key labels are <text>', async ({ page, browser }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(RACE);
  await expect(page.getByTestId('verdict')).toContainText('I1 broken');
  const { name, data } = await exportAs(page, 'svg');
  expect(name).toBe('btrfs-subpage-seed-racy-step-15.svg');
  const svg = data.toString('utf8');
  expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
  expect(svg).not.toContain('<foreignObject');
  expect(svg).not.toContain('<script');
  expect(svg).not.toMatch(/href="(?!#)/);
  expect(svg).not.toMatch(/url\((?!#)/);
  expect(svg).not.toMatch(/NaN|Infinity/);
  // Small enough to mail and to paste into a deck: tens of KB.
  expect(data.length).toBeLessThan(150_000);

  const width = Number(/ width="(\d+)"/.exec(svg)?.[1]);
  const height = Number(/ height="(\d+)"/.exec(svg)?.[1]);
  const { png } = rsvg(data);
  expect(pngSize(png)).toEqual({ w: width, h: height });
  expect(png.length).toBeGreaterThan(20_000);

  const shown = await inspect(browser, svg);
  const all = shown.lines.join('\n');
  for (const label of ['bug: I1 broken at step 15', 'page->private', '0 (NULL)', 'eb A', 'struct page P', 'btrfs_subpage S', 'btrfs_detach_subpage()']) {
    expect(all, label).toContain(label);
  }
  expect(shown.overlaps).toEqual([]);
  expect(errors).toEqual([]);
});

test('the PNG is the whole view at 2x: verdict, picture and timeline, and says what it shows', async ({ page }) => {
  await page.goto(RACE);
  await expect(page.getByTestId('verdict')).toContainText('I1 broken');
  const region = await page.evaluate(() => {
    const rects = ['.header__row--status', '.app__main'].map((s) => document.querySelector(s)?.getBoundingClientRect());
    const left = Math.floor(Math.min(...rects.map((r) => r?.left ?? 0)));
    const top = Math.floor(Math.min(...rects.map((r) => r?.top ?? 0)));
    return { w: Math.ceil(Math.max(...rects.map((r) => r?.right ?? 0))) - left, h: Math.ceil(Math.max(...rects.map((r) => r?.bottom ?? 0))) - top };
  });
  const { name, data } = await exportAs(page, 'png');
  expect(name).toBe('btrfs-subpage-seed-racy-step-15.png');
  expect([...data.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(pngSize(data)).toEqual({ w: region.w * 2, h: region.h * 2 });
  expect(data.length).toBeGreaterThan(100_000);
  const meta = data.toString('latin1');
  expect(meta).toContain('Title\0btrfs subpage race, scenario seed, variant racy, step 15 of 25: bug: I1 broken at step 15');
  expect(meta).toMatch(/Description\0[^\0]*#fmt=/);
});

const VIEWS: Array<[string, string, { width: number; height: number }?]> = [
  ['seed at the race step', RACE],
  ['two-allocators at step 20', './#fmt=1&sc=two-allocators&v=racy&at=19'],
  ['under_alloc at its end', './#fmt=1&sc=seed&v=under_alloc&s=1111111222222222211111122&at=24'],
  ['eb_refs at the start', './#fmt=1&sc=seed&v=eb_refs&at=-1'],
  ['a narrow window at the race step', RACE, { width: 1024, height: 768 }],
];

for (const [label, url, viewport] of VIEWS) {
  test(`no two texts overlap in the SVG of ${label}, and rsvg-convert renders it`, async ({ page, browser }) => {
    if (viewport) await page.setViewportSize(viewport);
    await page.goto(url);
    await expect(page.getByTestId('verdict')).toBeVisible();
    await expect(page.getByTestId('step').first()).toBeVisible();
    const { data } = await exportAs(page, 'svg');
    rsvg(data);
    const shown = await inspect(browser, data.toString('utf8'));
    expect(shown.count).toBeGreaterThan(100);
    expect(shown.overlaps).toEqual([]);
  });
}
