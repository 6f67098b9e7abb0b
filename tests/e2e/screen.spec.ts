import type { Page } from '@playwright/test';
import { SCENARIO_VARIANTS } from '../fixtures/scenario-variants';
import { expect, skipLegend, test } from './helpers';
import { notWhole, typeSizes } from './measure';

// One screen per story, in the main view: at 1024x768 and 1280x800, at the break and at
// the end of every scenario and variant, every kernel object is whole with no scrolling
// and the step's heading in view; no text anywhere is cut with an ellipsis; at 1080p the
// picture grows; bug and fix compare whole beside the explore panel; same-bytenr's
// -EEXIST loop is marked while T1 waits in it.

/** Elements whose text `text-overflow` cuts: drawn narrower than their text. */
function ellipsized(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    for (const el of document.querySelectorAll<HTMLElement>('body *')) {
      const s = getComputedStyle(el);
      if (s.textOverflow !== 'ellipsis' || el.getBoundingClientRect().width === 0) continue;
      if (el.scrollWidth > el.clientWidth + 1) out.push(`${el.className}: "${(el.textContent ?? '').slice(0, 40)}"`);
    }
    return out;
  });
}

const KERNEL = '[data-testid="object"], [data-testid="radix"], [data-testid="sectors"]';

/**
 * Opens a link in a fresh document: a link that differs only in its hash would be taken
 * by the running app (its panels left as they were, its slots animating out).
 */
async function fresh(page: Page, link: string): Promise<void> {
  await page.goto('about:blank');
  await page.goto(link);
}

for (const [w, h] of [
  [1024, 768],
  [1280, 800],
] as const) {
  test(`at ${w}x${h}, at the break and the end of every scenario, every kernel object is whole, nothing scrolls, nothing is cut`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.setViewportSize({ width: w, height: h });
    for (const { scenario, variant } of SCENARIO_VARIANTS) {
      await page.goto(`./#fmt=2&sc=${scenario}&v=${variant}&at=-1`);
      await expect(page.getByTestId('step').first()).toBeVisible();
      await page.locator('body').click({ position: { x: 2, y: 2 } });
      await page.keyboard.press('End');
      const places = ['the end'];
      const verdict = page.getByTestId('verdict');
      if ((await verdict.getAttribute('data-outcome')) === 'bug') places.push('the break');
      for (const at of places) {
        if (at === 'the break') await verdict.getByRole('button').click();
        await expect(page.getByTestId('pointer').first()).toBeAttached();
        const where = `${scenario}/${variant} at ${at}`;
        expect(await notWhole(page, KERNEL), where).toEqual([]);
        expect(await page.locator('.sv-picture--pane').evaluate((e) => e.scrollHeight - e.clientHeight), where).toBeLessThanOrEqual(1);
        expect(await notWhole(page, '[data-testid="narration"] .sv-narration__head'), where).toEqual([]);
        expect(await ellipsized(page), where).toEqual([]);
      }
    }
  });
}

test('at 1920x1080 the picture grows: no text in it under 15 px', async ({ page }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  for (const link of ['#fmt=2&sc=seed&v=racy&at=14', '#fmt=2&sc=two-allocators&v=eb_refs&at=36', '#fmt=2&sc=endio-reader&v=readers&at=12']) {
    await fresh(page, `./${link}`);
    await expect(page.getByTestId('pointer').first()).toBeAttached();
    const t = await typeSizes(page, '.sv-picture--pane');
    expect(t.min, `${link}: ${t.smallest.join(', ')}`).toBeGreaterThanOrEqual(15);
    expect(await notWhole(page, KERNEL), link).toEqual([]);
  }
});

test('bug and fix, compared, are two whole pictures at 1280x800, with the explore panel closed or open', async ({ page }) => {
  for (const link of ['#fmt=2&sc=seed&v=racy&at=14&cmp=racy~eb_refs', '#fmt=2&sc=endio-reader&v=eb_refs&at=12&cmp=eb_refs~readers']) {
    await fresh(page, `./${link}`);
    await expect(page.getByTestId('compare-view')).toHaveCount(2);
    await expect(page.locator('[data-testid="compare-view"] [data-testid="object"][data-id="S"]')).toHaveCount(2);
    expect(await notWhole(page, '[data-testid="compare-view"] [data-testid="object"]'), link).toEqual([]);
    await page.getByTestId('explore-open').click();
    await expect(page.getByTestId('explore-row').first()).toBeVisible();
    expect(await notWhole(page, '[data-testid="compare-view"] [data-testid="object"]'), `${link}, explore open`).toEqual([]);
    expect(await ellipsized(page)).toEqual([]);
  }
});

test('the explore table fits its panel at 1024 px, and the state graph can be enlarged with its states labelled', async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  for (const sc of ['seed', 'two-allocators', 'endio-reader']) {
    await fresh(page, `./#fmt=2&sc=${sc}`);
    await page.getByTestId('explore-open').click();
    await expect(page.getByTestId('explore-row')).toHaveCount(3);
    expect(await notWhole(page, '.explore-table table'), sc).toEqual([]);
    expect(await page.locator('.explore-panel').evaluate((e) => e.scrollWidth - e.clientWidth), sc).toBeLessThanOrEqual(1);
  }
  await fresh(page, './#fmt=2&sc=seed&v=racy&at=14');
  await page.getByTestId('explore-open').click();
  await page.getByTestId('state-graph-on').check();
  await page.getByTestId('state-graph-enlarge').click();
  const labels = page.locator('dialog [data-testid="state-graph-labels"] text');
  await expect(labels).toHaveCount(199);
  // "7·8": the cursor's state after T1's seven steps and T2's eight.
  await expect(labels.filter({ hasText: /^7·8$/ })).toHaveCount(1);
  await page.keyboard.press('Escape');
  await expect(page.locator('dialog[open]')).toHaveCount(0);
});

test("same-bytenr's own story: a preset enters the -EEXIST loop, and the picture marks slot 7696 and the dying B while T1 waits", async ({ page }) => {
  await page.goto('./#fmt=2&sc=same-bytenr&v=racy');
  await page.locator('[data-preset="eexist-loop"]').click();
  // T1 runs to its spin_unlock_private (step 7); from there it loops on -EEXIST.
  await page.locator('[data-testid="step"][data-thread="1"][data-op="spin_unlock_private"]').click();
  await expect(page.getByTestId('eexist-note')).toContainText('radix_tree_insert() at 7696 would return -EEXIST while dying eb B holds the slot');
  await expect(page.getByTestId('slot-7696')).toHaveClass(/sv-slot--eexist/);
  await expect(page.getByTestId('eexist-B')).toContainText('still holds slot 7696: T1 gets -EEXIST');
  await expect(page.getByTestId('locks')).toContainText('loops in alloc_extent_buffer()');
  // Once T2 has deleted B, the loop is over, and so are its marks.
  await page.locator('[data-testid="step"][data-op="radix_tree_delete"]').click();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('eexist-note')).toHaveCount(0);
});

test('each scenario tells its own story on a first visit', async ({ browser }) => {
  const page = await browser.newPage();
  await page.goto('./');
  const strip = page.getByTestId('intro-strip');
  await expect(strip).toContainText('T1 allocates eb A in page P');
  await page.getByTestId('scenario-select').selectOption('endio-reader');
  await expect(strip).toContainText("the end_io of eb B's read");
  await expect(strip).not.toContainText('T1 allocates eb A');
  await page.close();
});

test('a skipped step says why, not what it would have done', async ({ page }) => {
  await skipLegend(page);
  await page.goto('./#fmt=2&sc=seed&v=eb_refs&at=15');
  const narration = page.getByTestId('narration');
  await expect(narration).toContainText('btrfs_detach_subpage');
  await expect(narration).toContainText('skipped:');
  await expect(narration).not.toContainText('clears PagePrivate, sets page->private to 0');
});
