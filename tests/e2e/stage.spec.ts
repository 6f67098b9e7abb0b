import type { Page } from '@playwright/test';
import { SCENARIO_VARIANTS } from '../fixtures/scenario-variants';
import { expect, test } from './helpers';
import { notWhole, typeSizes } from './measure';

// The stage, as a speaker and an audience meet it: type measured on screen (font size
// times any scale) at projector sizes, every kernel object whole, bug and fix side by
// side, nothing told before the run gets there, and the clicker's keys after clicks.

const COMMIT = '1111111222222222211111122';
const talk = (sc: string, v: string, at: number, extra = '') => `./#fmt=1&sc=${sc}&v=${v}&s=${COMMIT}&at=${at}&mode=talk${extra}`;
const hashOf = (page: Page) => page.evaluate(() => window.location.hash);
const atOf = async (page: Page) => Number(/&at=(-?\d+)/.exec(await hashOf(page))?.[1]);

/** Waits until the stage has drawn the picture and its arrows. */
async function drawn(page: Page) {
  await expect(page.getByTestId('stage')).toBeVisible();
  await expect(page.getByTestId('pointer').first()).toBeAttached();
}

// The break of the commit message's run is step 15 in seed and two-allocators; endio-reader's
// fault is at its step 18 (its preset, read at its own length).
const BREAKS = [
  { sc: 'seed', v: 'racy', at: 14 },
  { sc: 'two-allocators', v: 'racy', at: 14 },
  { sc: 'endio-reader', v: 'eb_refs', at: 17 },
] as const;

for (const { w, h, min, median } of [
  { w: 1024, h: 768, min: 16, median: 18 },
  { w: 1920, h: 1080, min: 16, median: 24 },
]) {
  test(`type for the back row at ${w}x${h}: no text under ${min} px, the median at least ${median} px`, async ({ page }) => {
    await page.setViewportSize({ width: w, height: h });
    for (const { sc, v, at } of BREAKS) {
      const link = sc === 'endio-reader' ? `./#fmt=1&sc=${sc}&v=${v}&at=${at}&mode=talk` : talk(sc, v, at);
      await page.goto(link);
      await drawn(page);
      const t = await typeSizes(page, '[data-testid="stage"]');
      expect(t.count, sc).toBeGreaterThan(60);
      expect(t.min, `${sc}: ${t.smallest.join(', ')}`).toBeGreaterThanOrEqual(min);
      expect(t.median, sc).toBeGreaterThanOrEqual(median);
      // The address in the corner is for the audience too.
      expect((await typeSizes(page, '[data-testid="talk-address"]')).min).toBeGreaterThanOrEqual(16);
    }
  });
}

for (const [w, h] of [
  [1024, 768],
  [1280, 720],
  [1920, 1080],
] as const) {
  test(`at ${w}x${h} every kernel object, arrow and step is whole on the stage, at the break and at the end of every scenario`, async ({ page }) => {
    await page.setViewportSize({ width: w, height: h });
    for (const sc of ['seed', 'two-allocators', 'same-bytenr', 'endio-reader']) {
      await page.goto(`./#fmt=1&sc=${sc}&v=${sc === 'endio-reader' ? 'eb_refs' : 'racy'}&at=14&mode=talk`);
      for (const at of ['the break', 'the end']) {
        if (at === 'the end') {
          await page.locator('body').click({ position: { x: 2, y: 2 } });
          await page.keyboard.press('End');
          await expect(page.getByTestId('verdict-pending')).toHaveCount(0);
          await expect(page.getByTestId('verdict')).toBeVisible();
        }
        await drawn(page);
        for (const sel of ['[data-testid="object"]', '[data-testid="pointer"]', '[data-testid="step"]', '[data-testid="narration"]', '[data-testid="locks"]', '[data-testid="radix"]']) {
          expect(await page.locator(sel).count(), `${sc} ${sel}`).toBeGreaterThan(0);
          expect(await notWhole(page, sel), `${sc} at ${at}`).toEqual([]);
        }
        // Nothing scrolls: the stage shows all it shows at once.
        expect(await page.evaluate(() => document.scrollingElement?.scrollTop ?? 0)).toBe(0);
        expect(await page.getByTestId('stage').evaluate((e) => e.scrollHeight <= e.clientHeight + 1)).toBe(true);
      }
    }
  });
}

for (const [w, h] of [
  [1024, 768],
  [1280, 720],
] as const) {
  test(`bug and fix side by side at ${w}x${h}: two whole pictures, the first divergence marked when reached, and what each check sees`, async ({ page }) => {
    await page.setViewportSize({ width: w, height: h });
    const cases = [
      { link: talk('seed', 'racy', 13, '&cmp=racy~under_alloc'), sees: { racy: /gang lookup from key 7696 finds no eb in the page/, under_alloc: /S->under_alloc is set/ } },
      { link: talk('seed', 'racy', 13, '&cmp=racy~eb_refs'), sees: { racy: /finds no eb in the page/, eb_refs: /S->eb_refs is 1\b/ } },
      {
        link: './#fmt=1&sc=endio-reader&v=readers&s=1111122222222222&at=11&mode=talk&cmp=eb_refs~readers',
        sees: { eb_refs: /S->eb_refs is 0 →/, readers: /S->readers is 4/ },
      },
    ];
    for (const { link, sees } of cases) {
      await page.goto(link);
      await drawn(page);
      const sides = page.getByTestId('compare-view');
      await expect(sides).toHaveCount(2);
      // Two whole pictures: each has its own subpage S, and nothing in either is cut.
      await expect(page.locator('[data-testid="object"][data-id="S"]')).toHaveCount(2);
      expect(await notWhole(page, '[data-testid="compare-view"] [data-testid="object"]'), link).toEqual([]);
      expect(await notWhole(page, '[data-testid="compare-view"]'), link).toEqual([]);
      // At the decisive check each side says what its check sees.
      for (const [variant, what] of Object.entries(sees)) {
        await expect(page.locator(`[data-testid="compare-view"][data-variant="${variant}"] [data-testid="check-card"]`), `${link} ${variant}`).toContainText(what);
      }
      await page.screenshot({ path: `test-results/screenshots/stage-compare-${w}-${cases.findIndex((c) => c.link === link)}.png` });
    }
    // The first divergence is marked when the run reaches it, not before.
    await page.goto(talk('seed', 'racy', 13, '&cmp=racy~under_alloc'));
    await drawn(page);
    await expect(page.getByTestId('compare-first-diff')).toHaveAttribute('data-step', '');
    await expect(page.getByTestId('compare-diverges')).toHaveCount(0);
    await page.locator('body').click({ position: { x: 2, y: 2 } });
    await page.keyboard.press('PageDown');
    await expect(page.getByTestId('compare-first-diff')).toHaveAttribute('data-step', '15');
    await expect(page.getByTestId('compare-diverges')).toHaveCount(2);
    await expect(page.getByTestId('compare-first-diff')).toContainText('page->private');
    expect(await notWhole(page, '[data-testid="object"]')).toEqual([]);
    // The link keeps the pair.
    await expect.poll(() => hashOf(page)).toContain('&cmp=racy~under_alloc');
  });
}

test('nothing is told ahead, in talk mode and in an embed, for every scenario and variant', async ({ page }) => {
  test.setTimeout(120_000);
  const marks = '[data-testid="step"]:is([data-skipped], [data-crash], [data-broken], [data-in-window])';
  for (const { scenario, variant } of SCENARIO_VARIANTS) {
    for (const view of ['mode=talk', 'embed=1']) {
      await page.goto(`./#fmt=1&sc=${scenario}&v=${variant}&at=-1&${view}`);
      await expect(page.getByTestId('stage')).toBeVisible();
      await expect(page.getByTestId('step').first()).toBeVisible();
      const where = `${scenario}/${variant} ${view}`;
      await expect(page.locator(marks), where).toHaveCount(0);
      await expect(page.getByTestId('verdict'), where).toHaveCount(0);
      await expect(page.getByTestId('verdict-pending'), where).toHaveText(/^step 0 of \d+$/);
      await expect(page.getByTestId('check-card'), where).toHaveCount(0);
    }
  }
  // Mid-run, a mark appears only on a step already run. under_alloc skips its detach at
  // step 15: at step 14 nothing says so; one step on, the skip is told.
  // (under_alloc's own commit-message run: T1's eight steps, then T2's; its detach is step 16.)
  await page.goto('./#fmt=1&sc=seed&v=under_alloc&at=14&mode=talk');
  await expect(page.locator('[data-testid="step"][data-op="btrfs_detach_subpage"]')).toBeVisible();
  await expect(page.locator('[data-testid="step"][data-skipped]')).toHaveCount(0);
  await page.locator('body').click({ position: { x: 2, y: 2 } });
  await page.keyboard.press('PageDown');
  await expect(page.locator('[data-testid="step"][data-op="btrfs_detach_subpage"]')).toHaveAttribute('data-skipped', 'true');
  await expect(page.getByTestId('narration')).toContainText('skipped');
});

test('the clicker never dies on the stage: after a click on a step, on the verdict or anywhere, PageDown, the arrows and Space step', async ({ page }) => {
  await page.goto(talk('seed', 'racy', 2));
  await drawn(page);
  // A click on a step jumps there ...
  await page.locator('[data-testid="step"][data-position="3"]').click();
  await expect.poll(() => atOf(page)).toBe(3);
  // ... and leaves the keys to the stage.
  const keys: Array<[string, number]> = [
    ['PageDown', 4],
    ['Space', 5],
    ['ArrowRight', 6],
    ['ArrowDown', 7],
    ['PageUp', 6],
    ['ArrowLeft', 5],
    ['ArrowUp', 4],
  ];
  for (const [key, at] of keys) {
    await page.keyboard.press(key);
    await expect.poll(() => atOf(page), key).toBe(at);
  }
  // Reach the break: the verdict's "step 15" button jumps back to it; the keys still step.
  for (let at = 4; at < 14; at++) await page.keyboard.press('PageDown');
  await expect.poll(() => atOf(page)).toBe(14);
  await page.keyboard.press('PageDown');
  await expect.poll(() => atOf(page)).toBe(15);
  await page.getByTestId('verdict').getByRole('button', { name: 'step 15' }).click();
  await expect.poll(() => atOf(page)).toBe(14);
  await page.keyboard.press('Space');
  await expect.poll(() => atOf(page)).toBe(15);
  await page.keyboard.press('PageUp');
  await expect.poll(() => atOf(page)).toBe(14);
});

test('the clicker in the main view: after a click on a step, on Play or on a variant, the arrows step the run', async ({ page }) => {
  await page.goto(`./#fmt=1&sc=seed&v=racy&s=${COMMIT}&at=-1`);
  const counter = page.getByTestId('step-counter');
  await page.locator('[data-testid="step"][data-position="4"]').click();
  await expect(counter).toHaveAttribute('data-cursor', '5');
  await page.keyboard.press('ArrowRight');
  await expect(counter).toHaveAttribute('data-cursor', '6');
  await page.keyboard.press('ArrowLeft');
  await expect(counter).toHaveAttribute('data-cursor', '5');
  // Play, then pause: the arrows still step.
  await page.getByTestId('play').click();
  await expect(page.getByTestId('play')).toHaveAttribute('aria-pressed', 'true');
  await page.getByTestId('play').click();
  await expect(page.getByTestId('play')).toHaveAttribute('aria-pressed', 'false');
  const before = Number(await counter.getAttribute('data-cursor'));
  await page.keyboard.press('ArrowRight');
  await expect(counter).toHaveAttribute('data-cursor', String(before + 1));
  // A variant clicked with the mouse does not take the arrows: they step, the variant stays.
  await page.getByRole('radio', { name: /eb_refs/ }).click();
  await expect.poll(() => hashOf(page)).toContain('v=eb_refs');
  const now = Number(await counter.getAttribute('data-cursor'));
  await page.keyboard.press('ArrowRight');
  await expect(counter).toHaveAttribute('data-cursor', String(now + 1));
  await page.keyboard.press('ArrowLeft');
  await expect(counter).toHaveAttribute('data-cursor', String(now));
  await expect(page.getByRole('radio', { name: /eb_refs/ })).toBeChecked();
  // Brought there by the keyboard, the radio group keeps its arrows (switching the variant).
  await page.keyboard.press('Tab');
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('ArrowLeft');
  await expect(page.getByRole('radio', { name: /under_alloc/ })).toBeChecked();
  await expect(counter).toHaveAttribute('data-cursor', String(now));
});

test('an embed plays, pauses at the break, switches variants, and has no text under 12 px at 800x450', async ({ page }) => {
  await page.setViewportSize({ width: 800, height: 450 });
  for (const at of [-1, 14]) {
    await page.goto(`./#fmt=1&sc=seed&v=racy&s=${COMMIT}&at=${at}&embed=1`);
    await drawn(page);
    const t = await typeSizes(page);
    expect(t.min, t.smallest.join(', ')).toBeGreaterThanOrEqual(12);
    expect(await notWhole(page, '[data-testid="object"]')).toEqual([]);
  }
  await page.goto(`./#fmt=1&sc=seed&v=racy&s=${COMMIT}&at=-1&embed=1`);
  await drawn(page);
  await page.getByTestId('play').click();
  // Play stops at the break, where the verdict appears.
  await expect(page.getByTestId('verdict')).toHaveAttribute('data-outcome', 'bug', { timeout: 20_000 });
  await expect(page.getByTestId('play')).toHaveAttribute('aria-pressed', 'false');
  await expect.poll(() => atOf(page)).toBe(14);
  // The variant switch: the fix, on the same interleaving and step.
  await page.locator('[data-testid="embed-variant"][data-variant="eb_refs"]').click();
  await expect.poll(() => hashOf(page)).toContain('v=eb_refs');
  await expect(page.locator('[data-testid="embed-variant"][data-variant="eb_refs"]')).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByTestId('narration')).toContainText('btrfs_detach_subpage');
});

test("the built-in tour puts the explorer's counts on stage, and tells the reader race and its v5.14 fix", async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.goto('./');
  await page.getByTestId('tour-open').click();
  await page.locator('[data-testid="builtin-tour"][data-id="subpage-eb-race"]').getByTestId('builtin-tour-play').click();
  const indicator = page.getByTestId('tour-stop-indicator');
  await expect(indicator).toHaveAttribute('data-stop', '1');
  const goTo = async (title: string) => {
    for (let i = 0; i < 80 && !((await indicator.textContent()) ?? '').includes(title); i++) {
      const before = await indicator.getAttribute('data-step');
      const stop = await indicator.getAttribute('data-stop');
      await page.keyboard.press('PageDown');
      await expect.poll(async () => `${await indicator.getAttribute('data-stop')}/${await indicator.getAttribute('data-step')}`).not.toBe(`${stop}/${before}`);
    }
    await expect(indicator).toContainText(title);
  };
  await goTo("The explorer's counts");
  const card = page.getByTestId('counts-card');
  await expect(card).toBeVisible();
  // The counts the explorer finds (RACE.md's known truths), and the shortest counterexample.
  const row = (v: string) => card.locator(`[data-testid="counts-row"][data-variant="${v}"]`);
  await expect(row('racy')).toHaveAttribute('data-schedules', '264215', { timeout: 20_000 });
  await expect(row('racy')).toHaveAttribute('data-bad', '27720');
  await expect(row('under_alloc')).toHaveAttribute('data-schedules', '894211');
  await expect(row('under_alloc')).toHaveAttribute('data-bad', '0');
  await expect(row('eb_refs')).toHaveAttribute('data-schedules', '903630');
  await expect(row('eb_refs')).toHaveAttribute('data-states', '185');
  await expect(card).toContainText('264,215');
  await expect(page.getByTestId('counts-shortest')).toContainText('111111122222222');
  expect(await notWhole(page, '[data-testid="counts-card"]')).toEqual([]);
  expect(await notWhole(page, '[data-testid="object"]')).toEqual([]);
  await page.screenshot({ path: 'test-results/screenshots/stage-counts-1024.png' });

  // The reader race, with its crash marked like seed's, then its fix side by side.
  await goTo('A reader path stayed open until v5.14');
  await expect(page.getByTestId('stage')).toHaveAttribute('data-scenario', 'endio-reader');
  await goTo('v5.14: count the readers too');
  await expect(page.getByTestId('compare-view')).toHaveCount(2);
  await expect(page.locator('[data-testid="compare-view"][data-variant="readers"] [data-testid="check-card"]')).toContainText('S->readers is 4');
  expect(await notWhole(page, '[data-testid="object"]')).toEqual([]);
});

test("endio-reader's crash is marked like seed's, and Run T1 says where T1 went wrong", async ({ page }) => {
  await page.goto('./#fmt=1&sc=endio-reader&v=eb_refs');
  const crash = page.locator('[data-testid="step"][data-crash]');
  await expect(crash).toHaveCount(1);
  await expect(crash).toHaveAttribute('data-op', 'btrfs_subpage_set_uptodate');
  await page.keyboard.press('End');
  await expect(page.locator('[data-testid="run-thread"][data-thread="1"]')).toBeDisabled();
  await expect(page.locator('[data-testid="run-thread"][data-thread="1"]')).toContainText(/T1 has finished; at step \d+ T1 takes subpage->lock/);
});
