import { chips, expect, openWithPreset, pointerDrag, screenshot, shownOrder, shownThreads, test } from './helpers';

const T1_THEN_T2 = `${'1'.repeat(13)}${'2'.repeat(12)}`;

test('a pointer drag turns "T1 then T2" into the commit message interleaving: racy breaks, eb_refs does not', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await openWithPreset(page, 'T1 then T2');
  const verdict = page.getByTestId('verdict');
  await expect(verdict).toHaveAttribute('data-outcome', 'safe');
  expect(await shownThreads(page)).toBe(T1_THEN_T2);

  const source = chips(page).nth(22);
  await expect(source).toHaveAttribute('data-op', 'spin_unlock_private');
  await expect(source).toHaveAttribute('data-thread', '2');

  await pointerDrag(page, source, chips(page).nth(7), async () => {
    // While held: T2's nine earlier steps are marked as travelling with it.
    await expect(page.locator('[data-testid="step"][data-carried]')).toHaveCount(10);
    await expect(page.locator('.tl-status')).toContainText('with 9 earlier T2 steps');
    await screenshot(page, 'drag-preview-1280');
  });

  // T1 x7 (through spin_unlock_private), T2 x10 (through its spin_unlock_private), T1 rest, T2 rest.
  await expect.poll(() => shownThreads(page)).toBe(`${'1'.repeat(7)}${'2'.repeat(10)}${'1'.repeat(6)}${'2'.repeat(2)}`);
  const order = await shownOrder(page);
  expect(order[6]).toBe('T1:spin_unlock_private');
  expect(order[7]).toBe('T2:atomic_dec_and_test');
  expect(order[16]).toBe('T2:spin_unlock_private');
  expect(order[17]).toBe('T1:spin_lock_buffer');
  expect(order[22]).toBe('T1:btrfs_subpage_test_uptodate');
  await expect(verdict).toHaveAttribute('data-outcome', 'bug');
  // The chips the drop moved stay highlighted; the step where I1 broke is marked.
  await expect(page.locator('[data-testid="step"][data-moved]')).toHaveCount(10);
  await expect(page.locator('[data-testid="step"][data-broken]')).toHaveCount(1);
  await page.waitForTimeout(800); // let the moved chips settle and the highlight flash end
  await screenshot(page, 'after-pointer-drag-1280');

  // The same interleaving in eb_refs (its extra steps slot in after their thread's previous step) is safe.
  await page.getByRole('radio', { name: /eb_refs/ }).check();
  await expect(verdict).toHaveAttribute('data-outcome', 'safe');
  await expect.poll(() => shownThreads(page)).toBe(`${'1'.repeat(8)}${'2'.repeat(9)}${'1'.repeat(6)}${'2'.repeat(2)}`);
  const carried = await shownOrder(page);
  expect(carried[6]).toBe('T1:btrfs_page_inc_eb_refs');
  expect(carried[13]).toBe('T2:btrfs_page_dec_eb_refs');

  // Undo goes back through the variant switch to the racy interleaving; redo returns.
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(verdict).toHaveAttribute('data-outcome', 'bug');
  await page.keyboard.press('Control+Shift+Z');
  await expect(verdict).toHaveAttribute('data-outcome', 'safe');
  expect(errors).toEqual([]);
});

test('the keyboard reorders a step: Space, arrow, Space', async ({ page }) => {
  await openWithPreset(page, 'T1 then T2');
  const counter = page.getByTestId('step-counter');
  await expect(counter).toHaveAttribute('data-cursor', '0');
  const chip = chips(page).nth(13);
  await expect(chip).toHaveAttribute('data-op', 'atomic_dec_and_test');
  await chip.focus();
  await page.keyboard.press('Space');
  await page.waitForTimeout(100);
  const live = page.locator('[id^="DndLiveRegion"]');
  await expect(live).toContainText('Picked up T2 atomic_dec_and_test, step 14 of 25');
  await page.keyboard.press('ArrowLeft');
  await page.waitForTimeout(300);
  await expect(live).toContainText('over step 13 of 25');
  await page.keyboard.press('Space');
  await expect(live).toContainText('Moved T2 atomic_dec_and_test to step 13 of 25');

  const order = await shownOrder(page);
  expect(order[11]).toBe('T1:unlock_page');
  expect(order[12]).toBe('T2:atomic_dec_and_test');
  expect(order[13]).toBe('T1:btrfs_subpage_test_uptodate');
  // The arrow key moved the chip, not the playback cursor.
  await expect(counter).toHaveAttribute('data-cursor', '0');
  await expect(page.locator('[data-testid="step"][data-moved]')).toHaveCount(1);

  // Ctrl+Z undoes it.
  await page.keyboard.press('Control+z');
  expect(await shownThreads(page)).toBe(T1_THEN_T2);
  await expect(page.getByRole('button', { name: 'Redo' })).toBeEnabled();
});

test('a drop that would spin on a held lock is refused where it was dropped, and the order stays', async ({ page }) => {
  await openWithPreset(page, 'T1 then T2');
  const before = await shownOrder(page);
  const source = chips(page).nth(17);
  await expect(source).toHaveAttribute('data-op', 'spin_lock_private');
  const target = chips(page).nth(5); // T1's attach_extent_buffer_page, under T1's private_lock
  await expect(target).toHaveAttribute('data-op', 'attach_extent_buffer_page');

  await pointerDrag(page, source, target, async () => {
    await expect(page.locator('.tl-status')).toContainText('would be refused');
    await expect(source).toHaveAttribute('data-refusing', 'true');
  });
  await page.waitForTimeout(300); // let the refused chip slide back before the screenshot

  const alert = page.getByRole('alert').filter({ hasText: 'refused' });
  await expect(alert).toBeVisible();
  await expect(alert).toContainText('T2 cannot run spin_lock_private');
  await expect(alert).toContainText('private_lock, held by T1');
  // Anchored at the drop position: the callout's arrow side sits over chip 6 (position 5).
  const a = await alert.boundingBox();
  const t = await target.boundingBox();
  if (!a || !t) throw new Error('not on screen');
  expect(a.y + a.height).toBeLessThanOrEqual(t.y + 2);
  expect(Math.abs(a.x - t.x)).toBeLessThan(30);
  expect(await shownOrder(page)).toEqual(before);
  await expect(page.getByTestId('verdict')).toHaveAttribute('data-outcome', 'safe');
  await screenshot(page, 'refused-1280');

  await page.keyboard.press('Escape');
  await expect(alert).toHaveCount(0);
});

for (const [w, h] of [
  [1280, 800],
  [1920, 1080],
] as const) {
  test(`screenshots at ${w}x${h}; two-allocators' 38 steps fit the width`, async ({ page }) => {
    await page.setViewportSize({ width: w, height: h });
    await page.goto('./');
    await expect(chips(page)).toHaveCount(25);
    await page.getByTestId('step').nth(9).click();
    await expect(page.getByTestId('step-counter')).toContainText('step 10 of 25');
    await screenshot(page, `seed-${w}`);
    await screenshot(page, `seed-${w}-full`, true);
    await page.getByRole('combobox', { name: 'Scenario' }).selectOption('two-allocators');
    await expect(chips(page)).toHaveCount(38);
    // Every chip fits on screen, in one row, without horizontal scrolling.
    const first = await chips(page).nth(0).boundingBox();
    const last = await chips(page).nth(37).boundingBox();
    if (!first || !last) throw new Error('chips not laid out');
    expect(last.x + last.width).toBeLessThanOrEqual(w);
    expect(Math.abs(last.y - first.y)).toBeLessThan(30); // same row (lanes differ by a few px)
    await chips(page).nth(0).scrollIntoViewIfNeeded();
    await screenshot(page, `two-allocators-${w}`);
    await screenshot(page, `two-allocators-${w}-full`, true);
  });
}

test('with prefers-reduced-motion, a move is an instant change', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await openWithPreset(page, 'T1 then T2');
  const chip = chips(page).nth(13);
  await chip.focus();
  await page.keyboard.press('Space');
  await page.waitForTimeout(100);
  await page.keyboard.press('ArrowLeft');
  await page.waitForTimeout(300);
  // No sliding while sorting: the neighbour's slot moves without a transition.
  const slotTransition = await chips(page).nth(12).evaluate((el) => (el.closest('li') as HTMLElement).style.transition);
  expect(slotTransition).toBe('');
  await page.keyboard.press('Space');
  const moved = page.locator('[data-testid="step"][data-moved]').first();
  await expect(moved).toBeVisible();
  expect(await moved.evaluate((el) => getComputedStyle(el).animationName)).toBe('none');
});
