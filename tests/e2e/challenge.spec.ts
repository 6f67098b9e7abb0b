import type { Page } from '@playwright/test';
import { expect, test } from './helpers';

// Challenge mode: the user is the scheduler. Nothing is told before the run gets there;
// the goal is reached with Run T1 / Run T2; a fix that cannot be broken shows the
// explorer's proof and the closest call.

const hashOf = (page: Page) => page.evaluate(() => window.location.hash);
const run = (page: Page, t: number) => page.locator(`[data-testid="run-thread"][data-thread="${t}"]`);
const challenge = (page: Page) => page.getByTestId('challenge');

/** Marks on steps the run has not reached yet, and a verdict: what a challenge must not show. */
async function toldAhead(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const cursor = Number(document.querySelector('[data-testid="step-counter"]')?.getAttribute('data-cursor'));
    const out: string[] = [];
    for (const el of document.querySelectorAll<HTMLElement>('[data-testid="step"]')) {
      const p = Number(el.dataset.position);
      if (p < cursor) continue;
      for (const mark of ['skipped', 'crash', 'broken', 'inWindow'] as const) if (el.dataset[mark]) out.push(`step ${p + 1} ${mark}`);
    }
    if (document.querySelector('[data-testid="verdict"]')) out.push('the verdict');
    return out;
  });
}

test("seed/racy: the commit message's order, played with Run T1 and Run T2, crashes T1; nothing was told before", async ({ page }) => {
  await page.goto('./#fmt=2&sc=seed&v=racy&mode=challenge');
  await expect(challenge(page)).toHaveAttribute('data-solved', 'false');
  await expect(challenge(page)).toContainText('Make T1 crash.');
  // The run on screen is the engine's own order, not the answer, and tells nothing.
  expect(await toldAhead(page)).toEqual([]);
  await expect(page.getByTestId('verdict-pending')).toBeVisible();
  await expect(page.locator('[data-preset]')).toHaveCount(0);
  await expect(page.getByTestId('explore-open')).toHaveCount(0);

  const counter = page.getByTestId('step-counter');
  const press = async (t: number) => {
    const before = Number(await counter.getAttribute('data-cursor'));
    await run(page, t).click();
    await expect(counter).toHaveAttribute('data-cursor', String(before + 1));
  };
  for (let i = 0; i < 7; i++) await press(1);
  for (let i = 0; i < 7; i++) await press(2);
  expect(await toldAhead(page)).toEqual([]);
  // T2's eighth step detaches page->private: the run has reached its break, and says so.
  await press(2);
  await expect(page.getByTestId('verdict')).toHaveAttribute('data-outcome', 'bug');
  await expect(challenge(page)).toHaveAttribute('data-solved', 'false');
  // Then T1: it spins on buffer_lock until T2 lets it go, and the button says so.
  for (let i = 0; i < 12 && (await challenge(page).getAttribute('data-solved')) === 'false'; i++) {
    if (await run(page, 1).isEnabled()) await press(1);
    else {
      await expect(run(page, 1)).toContainText('spins on');
      await press(2);
    }
  }
  await expect(challenge(page)).toHaveAttribute('data-solved', 'true');
  const solved = page.getByTestId('challenge-solved');
  await expect(solved).toContainText(/Solved in \d+ steps and 2 context switches\./);
  await expect(solved).toContainText('T1 crashed at step');
  await expect(page.getByTestId('verdict')).toHaveAttribute('data-outcome', 'bug');
  // The solution's link opens it in the full app, at the step where T1 crashes.
  const href = (await page.getByTestId('challenge-share').getAttribute('href')) ?? '';
  expect(href).toMatch(/#fmt=2&sc=seed&fp=\w+&v=racy&s=111111122222222\d*&at=\d+$/);
  await page.goto(href);
  await expect(page.locator('[data-testid="step"][data-crash]')).toHaveAttribute('data-thread', '1');
  await expect(page.getByTestId('challenge')).toHaveCount(0);
});

test('eb_refs cannot be broken: after a give-up, the proof and the closest call, where the check runs in the window and is caught', async ({ page }) => {
  await page.goto('./');
  await page.getByRole('radio', { name: /eb_refs/ }).check();
  await page.getByTestId('challenge-button').click();
  await expect.poll(() => hashOf(page)).toContain('mode=challenge');
  await expect(challenge(page)).toContainText('Try to break it');
  // Hints come from the explorer: racy's proved window, with its counts.
  await page.getByTestId('challenge-hint').click();
  await expect(page.getByTestId('challenge-hints')).toContainText("In racy, the run goes bad when T2's page_range_has_eb() runs while T1 stands between its spin_unlock_private() and radix_tree_insert()");
  await expect(page.getByTestId('challenge-hints')).toContainText('27,720 of its 264,215 schedules');
  await page.getByTestId('challenge-give-up').click();
  const proof = page.getByTestId('challenge-proof');
  await expect(proof).toContainText('0 of 903,630 schedules are bad.');
  await expect(proof).toContainText("inside racy's window, page_range_has_eb() sees S->eb_refs is 1 (true), and btrfs_detach_subpage() is skipped");
  await page.getByTestId('challenge-closest').click();
  await expect(page.getByTestId('narration')).toContainText('page_range_has_eb');
  await expect(challenge(page)).toHaveAttribute('data-solved', 'false');
  // Leaving the game gives the tool back: the verdict up front.
  await page.getByTestId('challenge-leave').click();
  await expect(page.getByTestId('verdict')).toHaveAttribute('data-outcome', 'safe');
  await expect.poll(() => hashOf(page)).not.toContain('mode=challenge');
});

test('endio-reader: a give-up on a goal that can be reached shows a solution, which reaches it', async ({ page }) => {
  await page.goto('./#fmt=2&sc=endio-reader&v=eb_refs&mode=challenge');
  await expect(challenge(page)).toContainText('Make the endio use a freed subpage.');
  expect(await toldAhead(page)).toEqual([]);
  await page.getByTestId('challenge-give-up').click();
  await page.getByTestId('challenge-show').click();
  await page.locator('body').click({ position: { x: 2, y: 2 } });
  await page.keyboard.press('End');
  await expect(challenge(page)).toHaveAttribute('data-solved', 'true');
  await expect(page.getByTestId('challenge-solved')).toContainText('use-after-free');
});
