import { spawnSync } from 'node:child_process';
import { chips, dragAnnouncement, expect, moveOver, openWithPreset, pickUp, pointerDrag, screenshot, settled, shownOrder, shownThreads, test } from './helpers';

const T1_THEN_T2 = `${'1'.repeat(13)}${'2'.repeat(12)}`;

/** The CLI's verdict for a schedule (npm run explore), to compare with the app's. */
function cliVerdict(scenario: string, variant: string, schedule: string): string {
  const r = spawnSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'src/cli/explore.ts', '--scenario', scenario, '--variant', variant, '--schedule', schedule, '--json'], {
    encoding: 'utf8',
  });
  return (JSON.parse(r.stdout) as { outcome: string }).outcome;
}

test('a pointer drag turns "T1 then T2" into the commit message interleaving: racy breaks, eb_refs does not', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await openWithPreset(page, 'T1 then T2');
  const verdict = page.getByTestId('verdict');
  await expect(verdict).toHaveAttribute('data-outcome', 'safe');
  await expect.poll(() => shownThreads(page)).toBe(T1_THEN_T2);

  const source = chips(page).nth(22);
  await expect(source).toHaveAttribute('data-op', 'spin_unlock_private');
  await expect(source).toHaveAttribute('data-thread', '2');

  await pointerDrag(page, source, chips(page).nth(7), async () => {
    // While held: its critical section and T2's earlier steps are marked as travelling with it.
    await expect(page.locator('[data-testid="step"][data-carried]')).toHaveCount(10);
    await expect(page.getByTestId('timeline-status')).toContainText('with 9 other T2 steps');
    await screenshot(page, 'drag-preview-1280');
  });

  // T1 x7 (through spin_unlock_private), T2 x10 (through its spin_unlock_private), T1 rest, T2 rest.
  await expect.poll(() => shownThreads(page)).toBe(`${'1'.repeat(7)}${'2'.repeat(10)}${'1'.repeat(6)}${'2'.repeat(2)}`);
  const order = await shownOrder(page);
  expect(order[6]).toBe('T1:spin_unlock_private');
  expect(order[7]).toBe('T2:atomic_dec_and_test');
  expect(order[16]).toBe('T2:spin_unlock_private');
  expect(order[22]).toBe('T1:btrfs_subpage_test_uptodate');
  await expect(verdict).toHaveAttribute('data-outcome', 'bug');
  // The steps the drop moved stay marked; so are the break, the crash, the check inside the window.
  await expect(page.locator('[data-testid="step"][data-moved]')).toHaveCount(10);
  await expect(page.locator('[data-testid="step"][data-broken]')).toHaveCount(1);
  await expect(page.locator('[data-testid="step"][data-crash]')).toHaveCount(1);
  await expect(page.locator('[data-testid="step"][data-in-window]')).toHaveAttribute('data-op', 'page_range_has_eb');
  // The moved steps flash once (1 s) and the rows slide into place: shoot once they rest.
  await settled(page);
  await screenshot(page, 'after-pointer-drag-1280');

  // The same interleaving in eb_refs is safe.
  await page.getByRole('radio', { name: /eb_refs/ }).check();
  await expect(verdict).toHaveAttribute('data-outcome', 'safe');
  const carried = await shownOrder(page);
  expect(carried[6]).toBe('T1:btrfs_page_inc_eb_refs');

  // Undo goes back through the variant switch to the racy interleaving; redo returns.
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(verdict).toHaveAttribute('data-outcome', 'bug');
  await page.keyboard.press('Control+Shift+Z');
  await expect(verdict).toHaveAttribute('data-outcome', 'safe');
  expect(errors).toEqual([]);
});

test("dragging T2's page_range_has_eb before T1's spin_lock_private moves its critical section, and the verdict is the CLI's", async ({ page }) => {
  await page.goto('./');
  const source = page.locator('[data-testid="step"][data-thread="2"][data-op="page_range_has_eb"]');
  const target = page.locator('[data-testid="step"][data-thread="1"][data-op="spin_lock_private"]');
  await expect(chips(page)).toHaveCount(25);
  const before = await shownThreads(page);
  await pointerDrag(page, source, target);
  await expect.poll(() => shownThreads(page)).not.toBe(before);
  const order = await shownOrder(page);
  expect(order.indexOf('T2:page_range_has_eb')).toBeLessThan(order.indexOf('T1:spin_lock_private'));
  // T2's private_lock section came along whole.
  const i = order.indexOf('T2:spin_lock_private');
  expect(order.slice(i, i + 6)).toEqual([
    'T2:spin_lock_private',
    'T2:spin_lock_buffer',
    'T2:page_range_has_eb',
    'T2:btrfs_detach_subpage',
    'T2:spin_unlock_buffer',
    'T2:spin_unlock_private',
  ]);
  const schedule = await shownThreads(page);
  const outcome = await page.getByTestId('verdict').getAttribute('data-outcome');
  expect(outcome).toBe(cliVerdict('seed', 'racy', schedule));
  expect(outcome).toBe('safe');
  await expect(page.getByTestId('timeline-status')).toContainText('critical section');
});

test('a drop the locks forbid lands at the nearest allowed place, and the message names the steps as now numbered', async ({ page }) => {
  await openWithPreset(page, 'T1 then T2');
  const source = chips(page).nth(17);
  await expect(source).toHaveAttribute('data-op', 'spin_lock_private');
  // Over T1's attach_extent_buffer_page (step 6), under T1's private_lock: by keyboard, one row per arrow.
  await pickUp(page, source);
  for (let over = 17; over >= 6; over--) await moveOver(page, 'ArrowUp', over, 25);
  await expect(page.getByTestId('timeline-status')).toContainText('the nearest place the locks allow');
  await page.keyboard.press('Space');
  await expect.poll(() => shownThreads(page)).toBe(`1111${'2'.repeat(10)}${'1'.repeat(9)}22`);
  const status = page.getByTestId('timeline-status');
  await expect(status).toContainText('Not at step 6 where it was dropped: there T2 would spin on private_lock while T1 holds it');
  await expect(status).toContainText("T2's steps now run at 5-14");
  await screenshot(page, 'nearest-1280');
});

test('the keyboard reorders a step: Space, arrow, Space', async ({ page }) => {
  await openWithPreset(page, 'T1 then T2');
  const counter = page.getByTestId('step-counter');
  await expect(counter).toHaveAttribute('data-cursor', '0');
  const chip = chips(page).nth(13);
  await expect(chip).toHaveAttribute('data-op', 'atomic_dec_and_test');
  await pickUp(page, chip);
  const live = dragAnnouncement(page);
  await expect(live).toContainText('Picked up T2 atomic_dec_and_test, step 14 of 25');
  await moveOver(page, 'ArrowUp', 13, 25);
  await page.keyboard.press('Space');
  await expect(live).toContainText('Moved. T2 atomic_dec_and_test moves to step 13 of 25');

  const order = await shownOrder(page);
  expect(order[11]).toBe('T1:unlock_page');
  expect(order[12]).toBe('T2:atomic_dec_and_test');
  expect(order[13]).toBe('T1:btrfs_subpage_test_uptodate');
  // The arrow key moved the step, not the playback cursor.
  await expect(counter).toHaveAttribute('data-cursor', '0');
  await expect(page.locator('[data-testid="step"][data-moved]')).toHaveCount(1);
  await page.keyboard.press('Control+z');
  await expect.poll(() => shownThreads(page)).toBe(T1_THEN_T2);
});

test("keys alone build the commit message's interleaving, one thread at a time", async ({ page }) => {
  await openWithPreset(page, 'T2 then T1');
  await page.keyboard.press('Home');
  await page.locator('body').click({ position: { x: 2, y: 300 } });
  const counter = page.getByTestId('step-counter');
  const press = async (key: string, times: number) => {
    for (let i = 0; i < times; i++) await page.keyboard.press(key);
  };
  await press('1', 7);
  // T1 holds private_lock until its 7th step; T2 can run now.
  await expect(page.locator('[data-testid="run-thread"][data-thread="2"]')).toBeEnabled();
  await press('2', 10);
  // T2 holds nothing now; T1 runs on; T2's button says what it waits for when it waits.
  await press('1', 6);
  await press('2', 2);
  await expect(counter).toHaveAttribute('data-cursor', '25');
  await expect.poll(() => shownThreads(page)).toBe('1111111222222222211111122');
  await expect(page.getByTestId('verdict')).toHaveAttribute('data-outcome', 'bug');
  // A thread that cannot run says why on its button, and its key changes nothing.
  await page.keyboard.press('Home');
  await press('1', 5);
  const t2 = page.locator('[data-testid="run-thread"][data-thread="2"]');
  await expect(t2).toBeEnabled();
  await press('2', 4);
  await expect(t2).toBeDisabled();
  await expect(t2).toContainText('T2 spins on private_lock, held by T1 since step 5');
  const before = await shownThreads(page);
  await page.keyboard.press('2');
  // A key pressed after it steps forward: once its step shows, the 2 before it has been
  // handled (keys are handled in order, each drawn before the next is read), so the
  // schedule and the cursor read now are what the 2 left.
  await page.keyboard.press('ArrowRight');
  await expect(counter).toHaveAttribute('data-cursor', '10');
  expect(await shownThreads(page)).toBe(before);
});

for (const [w, h] of [
  [1280, 800],
  [1920, 1080],
] as const) {
  test(`at ${w}x${h} every call name of two-allocators' 38 steps is readable, none turned`, async ({ page }) => {
    await page.setViewportSize({ width: w, height: h });
    await page.goto('./');
    await page.getByRole('combobox', { name: 'Scenario' }).selectOption('two-allocators');
    await expect(chips(page)).toHaveCount(38);
    for (let i = 0; i < 38; i++) {
      const chip = chips(page).nth(i);
      await chip.scrollIntoViewIfNeeded();
      const call = chip.locator('code');
      // Written out whole on one line, horizontally: its box is as wide as its text.
      const fits = await call.evaluate((el) => {
        const t = getComputedStyle(el);
        const r = el.getBoundingClientRect();
        return el.scrollWidth <= el.clientWidth + 1 && r.height < 2 * Number.parseFloat(t.fontSize) + 2 && !/rotate|matrix/.test(getComputedStyle(el.closest('[data-testid="step"]') as Element).transform);
      });
      expect(fits, `step ${i + 1}`).toBe(true);
      const box = await call.boundingBox();
      if (!box) throw new Error('not laid out');
      expect(box.x + box.width, `step ${i + 1} within the window`).toBeLessThanOrEqual(w);
    }
    await screenshot(page, `two-allocators-${w}`);
  });
}

test('with prefers-reduced-motion, a move is an instant change', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await openWithPreset(page, 'T1 then T2');
  const chip = chips(page).nth(13);
  await pickUp(page, chip);
  await moveOver(page, 'ArrowUp', 13, 25);
  // The row it is over has made room (it is shifted down), with no transition to get there.
  const slot = chips(page).nth(12).locator('xpath=ancestor::li[1]');
  await expect.poll(() => slot.evaluate((el) => (el as HTMLElement).style.transform)).toMatch(/translate/);
  expect(await slot.evaluate((el) => (el as HTMLElement).style.transition)).toBe('');
  await page.keyboard.press('Space');
  const moved = page.locator('[data-testid="step"][data-moved]').first();
  await expect(moved).toBeVisible();
  expect(await moved.evaluate((el) => getComputedStyle(el).animationName)).toBe('none');
});
