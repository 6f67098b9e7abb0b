import type { Page } from '@playwright/test';
import { replay, type Tid } from '../../src/engine';
import { getModel, presetSchedule } from '../../src/packs';
import { SCENARIO_VARIANTS } from '../fixtures/scenario-variants';
import { expect, test } from './helpers';

// Kernel-style text in the browser: export then import gives back the same interleaving
// (every preset, and seeded random schedules opened by permalink); unmatched lines are
// reported. The v4 commit message's own diagram, in the btrfs pack's tests:
// src/packs/btrfs-subpage/tests/v4-import.spec.ts.

const hashOf = (page: Page) => page.evaluate(() => window.location.hash);
const scheduleOf = async (page: Page) => /&s=([0-9]*)/.exec(await hashOf(page))?.[1] ?? '';

async function roundTrip(page: Page) {
  await page.getByTestId('text-dialog-open').click();
  const exported = await page.getByTestId('text-export').inputValue();
  expect(/^[\x20-\x7e\n]*$/.test(exported)).toBe(true);
  await page.getByTestId('text-import').fill(exported);
  await page.getByTestId('text-import-read').click();
  const summary = page.getByTestId('text-import-summary');
  await expect(summary).toBeVisible();
  await expect(page.getByTestId('text-import-problems')).toHaveCount(0);
  const got = await summary.getAttribute('data-schedule');
  await page.getByRole('button', { name: 'Close' }).click();
  return got;
}

test('export then import gives back every preset, in every scenario and variant', async ({ page }) => {
  test.setTimeout(120_000);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  for (const { scenario: sc, variant: v } of SCENARIO_VARIANTS) {
    await page.goto(`./#fmt=1&sc=${sc}&v=${v}`);
    for (const preset of await page.locator('[data-preset]').all()) {
      const id = (await preset.getAttribute('data-preset')) ?? '';
      await preset.click();
      // The address follows in a task after the change: wait for the preset's schedule.
      const schedule = presetSchedule(sc, v, id).join('');
      await expect.poll(() => scheduleOf(page), `${sc}/${v}/${id} in the address`).toBe(schedule);
      expect(await roundTrip(page), `${sc}/${v}/${id}`).toBe(schedule);
    }
  }
  expect(errors).toEqual([]);
});

/** A small seeded generator (mulberry32), so a failing schedule can be replayed. */
function rng(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

test('export then import gives back random schedules', async ({ page }) => {
  test.setTimeout(120_000);
  const next = rng(20210116);
  for (let i = 0; i < 12; i++) {
    const pick = SCENARIO_VARIANTS[Math.floor(next() * SCENARIO_VARIANTS.length)];
    const sc = pick?.scenario ?? 'seed';
    const v = pick?.variant ?? 'racy';
    const m = getModel(sc, v);
    if (!m.ok) throw new Error(m.error);
    const prefix: Tid[] = [];
    for (let k = 0; k < 60; k++) {
      const t = 1 + Math.floor(next() * m.value.threads.length);
      if (replay(m.value, [...prefix, t]).ok) prefix.push(t);
    }
    const r = replay(m.value, prefix);
    if (!r.ok) throw new Error(r.error.message);
    const s = r.run.schedule.join('');
    await page.goto(`./#fmt=1&sc=${sc}&v=${v}&s=${s}&at=-1`);
    await expect(page.getByTestId('step').first()).toBeVisible();
    await expect.poll(() => scheduleOf(page)).toBe(s);
    expect(await roundTrip(page), `seed ${i}: ${sc}/${v}/${s}`).toBe(s);
  }
});

test('lines that match nothing are reported with their line and column', async ({ page }) => {
  await page.goto('./');
  await page.getByTestId('text-dialog-open').click();
  const text = [
    'T1 (eb A)                      | T2 (eb B)',
    '-------------------------------+-------------------------------',
    '|- find_or_create_page()       |',
    '|- <img src=x onerror=alert(1)>()|',
    '                               | |- not_a_kernel_function()',
  ].join('\n');
  await page.getByTestId('text-import').fill(text);
  await page.getByTestId('text-import-read').click();
  await expect(page.getByTestId('text-import-problems')).toContainText('line 5, column 37: not_a_kernel_function() is not a step of T2 in seed/racy');
  await expect(page.getByTestId('text-import-problems')).toContainText('line 4, column 23: alert() is not a step of T1');
  expect(await page.locator('img[src="x"]').count()).toBe(0);
});

test('many bad lines: the first 50 are listed with the count; a text over the cap is refused', async ({ page }) => {
  await page.goto('./');
  await page.getByTestId('text-dialog-open').click();
  const lines = ['T1 (eb A)                      | T2 (eb B)', '-------------------------------+-------------------------------'];
  for (let i = 0; i < 120; i++) lines.push(`|- frob_${i}()                    |`);
  await page.getByTestId('text-import').fill(lines.join('\n'));
  await page.getByTestId('text-import-read').click();
  await expect(page.getByTestId('text-import-problem-count')).toContainText('120 problems; these are the first 50 of 120, in line order');
  const items = page.getByTestId('text-import-problems').locator('li');
  await expect(items).toHaveCount(50);
  await expect(items.first()).toHaveText('line 3, column 4: frob_0() is not a step of T1 in seed/racy');
  await expect(items.last()).toHaveText('line 52, column 4: frob_49() is not a step of T1 in seed/racy');

  await page.getByTestId('text-import').fill('x'.repeat(300 * 1024));
  await page.getByTestId('text-import-read').click();
  await expect(page.getByTestId('text-import-report')).toContainText(
    'Cannot import: the text is 300 KB (307,200 characters); the import reads at most 256 KB (262,144 characters).',
  );
  await expect(page.getByTestId('text-import-problems')).toHaveCount(0);
});

test('copy as text puts the diagram on the clipboard', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('./');
  await page.getByTestId('copy-text').click();
  await expect(page.getByTestId('copy-text-status')).toHaveText('copied');
  const text = await page.evaluate(() => navigator.clipboard.readText());
  // The column is as wide as its widest line: read_extent_buffer_subpage()'s helper.
  expect(text).toContain('T1 (eb A)                           | T2 (eb B)');
  expect(text).toContain('   |- btrfs_subpage_test_uptodate() |');
  expect(text).toContain('|- if (!page_range_has_eb())');
});
