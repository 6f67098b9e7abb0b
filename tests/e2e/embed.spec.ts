import { expect, openSlide, test } from './helpers';

// embed=1: the stage in minimal chrome, in an iframe, with a link out to the full app
// at the same interleaving. Its play and variant switch are stage.spec.ts's.

const LINK = '#fmt=2&sc=seed&fp=0q3nins&v=eb_refs&s=1111111122222222222111111&at=9';

test("embed=1 shows the picture and the timeline, no editing chrome, keeps its verdict for the run's end, and links out to the same view", async ({ page, context }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.setViewportSize({ width: 960, height: 600 });
  await page.goto(`./${LINK}&embed=1`);
  await expect(page.locator('[data-mode="embed"]')).toBeVisible();
  await expect(page.getByTestId('step').first()).toBeVisible();
  await expect(page.getByTestId('kernel-picture')).toBeVisible();
  // A presented run: the verdict waits for the run's end.
  await expect(page.getByTestId('verdict')).toHaveCount(0);
  await expect(page.getByTestId('verdict-pending')).toHaveText('step 10 of 25');
  await expect(page.getByRole('combobox', { name: 'Scenario' })).toHaveCount(0);
  await expect(page.getByTestId('copy-link')).toHaveCount(0);
  await expect.poll(() => page.evaluate(() => window.location.hash)).toBe(`${LINK}&embed=1`);

  const out = page.getByTestId('embed-link-out');
  await expect(out).toHaveAttribute('target', '_blank');
  await expect(out).toHaveAttribute('rel', 'noopener');
  expect(await out.getAttribute('href')).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:\\d+/${LINK.replace(/[&]/g, '\\&')}$`));
  const [full] = await Promise.all([context.waitForEvent('page'), out.click()]);
  await full.waitForLoadState();
  await expect(full.locator('.app')).toHaveAttribute('data-mode', 'app');
  await expect(full.getByRole('combobox', { name: 'Scenario' })).toBeVisible();
  await expect.poll(() => full.evaluate(() => window.location.hash)).toBe(LINK);
  expect(errors).toEqual([]);
});

test('the embed works inside an iframe', async ({ page, baseURL }) => {
  await openSlide(page, `<!doctype html><title>slide</title><iframe title="race" src="${baseURL}${LINK}&embed=1" width="800" height="480"></iframe>`);
  const frame = page.frameLocator('iframe[title="race"]');
  await expect(frame.getByTestId('step').first()).toBeVisible();
  await expect(frame.getByTestId('verdict-pending')).toBeVisible();
  await expect(frame.getByTestId('embed-link-out')).toBeVisible();
});

for (const [w, h] of [
  [800, 450],
  [960, 540],
] as const) {
  test(`in an iframe of ${w}x${h} the step counter, the picture and the timeline are all visible`, async ({ page, baseURL }) => {
    await openSlide(
      page,
      `<!doctype html><title>slide</title><style>body{margin:0}</style><iframe title="race" src="${baseURL}${LINK}&embed=1" width="${w}" height="${h}" style="border:0"></iframe>`,
    );
    const frame = page.frameLocator('iframe[title="race"]');
    await expect(frame.getByTestId('stage')).toBeVisible();
    const parts = ['[data-testid="verdict-pending"]', '[data-testid="object"]', '[data-testid="step"]', '[data-testid="pointer"]'];
    for (const sel of parts) {
      const boxes = await frame.locator(sel).evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON() as DOMRect));
      expect(boxes.length, sel).toBeGreaterThan(0);
      for (const b of boxes) expect(b.x >= -0.5 && b.y >= -0.5 && b.x + b.width <= w + 0.5 && b.y + b.height <= h + 0.5, `${sel} ${JSON.stringify(b)}`).toBe(true);
    }
    await page.screenshot({ path: `test-results/screenshots/embed-${w}.png` });
  });
}

test("edits inside an embed replace the host page's history entry, never push one", async ({ page, baseURL }) => {
  await openSlide(page, `<!doctype html><title>slide</title><iframe title="race" src="${baseURL}${LINK}&embed=1" width="960" height="540"></iframe>`);
  const frame = page.frameLocator('iframe[title="race"]');
  await expect(frame.getByTestId('stage')).toBeVisible();
  const before = await page.evaluate(() => history.length);
  // Four edits: three steps back, where T1 has run 7 steps and holds private_lock, key 2
  // runs T2's next step in T1's place, and the engine completes the run with T1 first, so
  // each 2 changes the schedule again.
  for (let i = 0; i < 3; i++) await frame.getByTestId('embed-back').click();
  for (let i = 0; i < 4; i++) await frame.locator('body').press('2');
  await frame.getByTestId('embed-forward').click();
  // The embed writes its address in a task after each change, a cursor move up to 400 ms
  // later (permalink/sync.ts). Once the frame's address names the last edit and step,
  // every write the edits asked for has been made, a push included: the host's history
  // is read once, then.
  await expect
    .poll(() => frame.locator('body').evaluate(() => window.location.hash))
    .toBe('#fmt=2&sc=seed&fp=0q3nins&v=eb_refs&s=1111111222211111112222222&at=11&embed=1');
  expect(await page.evaluate(() => history.length)).toBe(before);
});
