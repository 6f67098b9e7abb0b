import type { Page } from '@playwright/test';
import { expect, shownThreads, test } from '../../../../tests/e2e/helpers';
import { V4_FLATTENED, V4_TABBED } from './v4-diagram';

// The v4 commit message's diagram in the browser's text dialog (the btrfs family's own
// literature, so its test lives with the family): the one-line shape a mail archive
// gives imports as the bug, and is used only when accepted; a preview belongs to the
// view it was read in; the tab-compressed shape imports as the same bug.

const hashOf = (page: Page) => page.evaluate(() => window.location.hash);
const scheduleOf = async (page: Page) => /&s=([0-9]*)/.exec(await hashOf(page))?.[1] ?? '';

test("the v4 commit message's one-line diagram imports as the bug, and is only used when accepted", async ({ page }) => {
  await page.goto('./#fmt=1&sc=seed&v=racy&s=1111111111111&at=-1');
  await expect(page.getByTestId('verdict')).toHaveAttribute('data-outcome', 'safe');
  // The format-1 link is rewritten to format 2 as the app opens: wait for that write.
  await expect.poll(() => hashOf(page)).toMatch(/^#fmt=2&/);
  const before = await hashOf(page);
  const order = await shownThreads(page);
  await page.getByTestId('text-dialog-open').click();
  await page.getByTestId('text-import').fill(V4_FLATTENED);
  await page.getByTestId('text-import-read').click();
  await expect(page.getByTestId('text-import-summary')).toContainText('(bug)');
  // Not used yet: the schedule is unchanged, so the address is too (it is written only
  // after a change of the schedule). The read that drew the summary would have changed the
  // timeline in the same frame: one read of each.
  expect(await shownThreads(page)).toBe(order);
  expect(await hashOf(page)).toBe(before);
  await page.getByTestId('text-import-accept').click();
  await expect(page.getByTestId('text-import-accepted')).toBeVisible();
  await page.getByRole('button', { name: 'Close' }).click();
  await expect(page.getByTestId('verdict')).toHaveAttribute('data-outcome', 'bug');
  await expect.poll(() => scheduleOf(page)).toBe('1111111222222222211111122');
  // The pasted text is kept for the next opening.
  await page.getByTestId('text-dialog-open').click();
  await expect(page.getByTestId('text-import')).toHaveValue(V4_FLATTENED);
});


test('a preview belongs to the view it was read in: a switch under the open dialog withdraws it', async ({ page }) => {
  await page.goto('./#fmt=1&sc=seed&v=racy&s=1111111111111&at=-1');
  await page.getByTestId('text-dialog-open').click();
  await page.getByTestId('text-import').fill(V4_FLATTENED);
  await page.getByTestId('text-import-read').click();
  await expect(page.getByTestId('text-import-summary')).toContainText('(bug)');
  // History navigation (here: the address changed by hand) while the dialog is open.
  await page.evaluate(() => {
    window.location.hash = '#fmt=1&sc=seed&v=eb_refs&s=1111111111111&at=-1';
  });
  await expect(page.getByTestId('text-import-stale')).toContainText('read in seed / racy; the view is now seed / eb_refs');
  await expect(page.getByTestId('text-import-summary')).toHaveCount(0);
  await expect(page.getByTestId('text-import-accept')).toHaveCount(0);
  await page.getByTestId('text-import-read').click();
  await expect(page.getByTestId('text-import-summary')).toContainText('(safe)');
});


test('the v4 diagram with its blanks turned into tabs imports as the same bug', async ({ page }) => {
  await page.goto('./#fmt=1&sc=seed&v=racy&s=1111111111111&at=-1');
  await page.getByTestId('text-dialog-open').click();
  await page.getByTestId('text-import').fill(V4_TABBED);
  await page.getByTestId('text-import-read').click();
  const summary = page.getByTestId('text-import-summary');
  await expect(summary).toContainText('(bug)');
  await expect(summary).toHaveAttribute('data-schedule', '1111111222222222211111122');
  await expect(page.getByTestId('text-import-problems')).toHaveCount(0);
});
