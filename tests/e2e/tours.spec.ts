import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { watchCsp } from './csp-watch';
import { expect, test } from './helpers';

// Tours in a real browser: a tour built in the panel survives a file and a link, the
// clicker crosses stop boundaries with PageDown / PageUp, a broken tour link or file
// keeps its valid stops under the banner, and the built-in tour plays from its first
// stop to its last, each stop showing the verdict it claims. None of it meets the
// built app's Content-Security-Policy.

function watch(page: Page) {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  return errors;
}

const hashOf = (page: Page) => page.evaluate(() => window.location.hash);
const indicator = (page: Page) => page.getByTestId('tour-stop-indicator');
/** The scenario and variant the talk stage shows, e.g. "seed racy". */
const onStage = async (page: Page) => {
  const stage = page.getByTestId('stage');
  return `${await stage.getAttribute('data-scenario')} ${await stage.getAttribute('data-variant')}`;
};

/** The stops as the panel lists them: their view (data attributes), title and notes. */
function stopsOf(page: Page) {
  return page.getByTestId('tour-stop').evaluateAll((els) =>
    els.map((e) => {
      const d = (e as HTMLElement).dataset;
      const value = (role: string) => (e.querySelector(`[data-role="${role}"]`) as HTMLInputElement | null)?.value;
      return { scenario: d.scenario, variant: d.variant, schedule: d.schedule, at: d.at, until: d.until, compare: d.compare, title: value('title'), notes: value('notes') };
    }),
  );
}

/** Where a playing tour stands, from the indicator's test contract. */
async function standing(page: Page) {
  const el = indicator(page);
  const n = async (name: string) => Number(await el.getAttribute(name));
  return { stop: await n('data-stop'), count: await n('data-count'), step: await n('data-step'), until: await n('data-until'), claim: await el.getAttribute('data-claim') };
}

/** PageDown, and wait until the clicker has moved. */
async function pageDown(page: Page) {
  const before = await standing(page);
  await page.keyboard.press('PageDown');
  await expect.poll(async () => JSON.stringify(await standing(page))).not.toBe(JSON.stringify(before));
}

test('a tour built in the panel survives a file and a link, and the clicker crosses stops', async ({ page, context }) => {
  // Three pages and some forty key presses: more than the default 30 s on a busy machine.
  test.setTimeout(120_000);
  const errors = watch(page);
  const csp = await watchCsp(context);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('./#fmt=2&sc=seed&fp=0q3nins&v=racy&s=1111111222222222211111122&at=14');
  await page.getByTestId('tour-open').click();
  await expect(page.getByTestId('tour-panel')).toBeVisible();
  await page.getByTestId('tour-title').fill('Three views');

  // Stop 1: the detach in racy. Stop 2: the same step in eb_refs. Stop 3: two-allocators, side by side.
  await page.getByTestId('tour-add').click();
  await page.getByRole('radio', { name: /eb_refs/ }).check();
  await page.getByTestId('tour-add').click();
  await page.getByRole('combobox', { name: 'Scenario' }).selectOption('two-allocators');
  await page.getByTestId('explore-open').click();
  await page.getByTestId('compare-on').check();
  await page.getByTestId('tour-add').click();
  const stops = page.getByTestId('tour-stop');
  await expect(stops).toHaveCount(3);
  await expect(stops.nth(0).getByTestId('tour-stop-title')).toHaveValue('Step 15: T2 btrfs_detach_subpage');

  await stops.nth(0).getByTestId('tour-stop-title').fill('The detach');
  await stops.nth(0).getByTestId('tour-stop-notes-field').fill('T2 frees S while A still needs it.');
  await stops.nth(0).locator('[data-role="until"]').fill('16');
  await stops.nth(2).getByTestId('tour-stop-title').fill('Two allocators');
  await stops.nth(2).locator('[data-role="until"]').fill('3');
  // Alt+↑ moves a stop; the focus follows it.
  await stops.nth(2).getByTestId('tour-stop-title').press('Alt+ArrowUp');
  await expect(stops.nth(1).getByTestId('tour-stop-title')).toHaveValue('Two allocators');
  await expect(stops.nth(1).getByTestId('tour-stop-title')).toBeFocused();
  await stops.nth(2).getByRole('button', { name: 'Move stop 3 up' }).click();
  await stops.nth(1).getByRole('button', { name: 'Move stop 2 down' }).click();
  const built = await stopsOf(page);
  // A scenario switch opens at the initial state; a variant switch keeps to the same step.
  expect(built.map((s) => [s.scenario, s.variant, s.until, s.compare])).toEqual([
    ['seed', 'racy', '15', ''],
    ['two-allocators', 'eb_refs', '2', 'racy|eb_refs'],
    ['seed', 'eb_refs', '', ''],
  ]);
  expect(built.map((s) => s.at)).toEqual(['14', '-1', expect.stringMatching(/^\d+$/)]);
  const thirdAt = Number(built[2]?.at);
  expect(built.map((s) => s.title)).toEqual(['The detach', 'Two allocators', `Step ${thirdAt + 1}: T2 btrfs_detach_subpage`]);
  const third = `stop 3 of 3: ${built[2]?.title}`;

  // As a file, reopened in a fresh page.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('tour-save').click()]);
  expect(download.suggestedFilename()).toBe('Three views.tour.json');
  const path = (await download.path()) as string;
  const saved = JSON.parse(await readFile(path, 'utf8'));
  expect(saved).toMatchObject({ format: 'btrfs-race-tour', v: 1, title: 'Three views' });
  expect(saved.stops[0].view).toMatchObject({ scenario: 'seed', variant: 'racy', fp: '0q3nins', at: 14, until: 15 });

  const fromFile = await context.newPage();
  await fromFile.goto('./');
  await fromFile.getByTestId('tour-open').click();
  await expect(fromFile.getByTestId('tour-panel')).toBeVisible();
  await fromFile.getByTestId('tour-file').setInputFiles({ name: download.suggestedFilename(), mimeType: 'application/json', buffer: await readFile(path) });
  await expect(fromFile.getByTestId('tour-replaced')).toContainText('Opened Three views.tour.json: 3 stops.');
  expect(await stopsOf(fromFile)).toEqual(built);
  await expect(fromFile.getByTestId('tour-title')).toHaveValue('Three views');
  await expect(fromFile.getByTestId('link-banner')).toHaveCount(0);

  // As a link, opened in a fresh page: the tour plays in talk mode.
  await page.getByTestId('tour-copy-link').click();
  await expect(page.getByTestId('tour-copy-link-status')).toHaveText('copied');
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#fmt=2&tour=[A-Za-z0-9_-]+$/);
  const fromLink = await context.newPage();
  const linkErrors = watch(fromLink);
  await fromLink.goto(link);
  await expect(fromLink.locator('.app')).toHaveAttribute('data-mode', 'talk');
  await expect(indicator(fromLink)).toHaveText('stop 1 of 3: The detach');
  await expect.poll(() => hashOf(fromLink)).toMatch(/&stop=1$/);
  expect(await standing(fromLink)).toMatchObject({ stop: 1, step: 14, until: 15 });
  expect(await onStage(fromLink)).toBe('seed racy');

  // PageDown walks stop 1 to its last step, then crosses into stop 2; PageUp comes back.
  await pageDown(fromLink);
  expect(await standing(fromLink)).toMatchObject({ stop: 1, step: 15 });
  await pageDown(fromLink);
  await expect(indicator(fromLink)).toHaveText('stop 2 of 3: Two allocators');
  expect(await standing(fromLink)).toMatchObject({ stop: 2, step: -1, until: 2 });
  expect(await onStage(fromLink)).toBe('two-allocators eb_refs');
  await expect.poll(() => hashOf(fromLink)).toMatch(/&stop=2$/);
  await fromLink.keyboard.press('PageUp');
  await expect(indicator(fromLink)).toHaveText('stop 1 of 3: The detach');
  expect(await standing(fromLink)).toMatchObject({ stop: 1, step: 15 });
  for (let i = 0; i < 4; i++) await pageDown(fromLink);
  expect(await standing(fromLink)).toMatchObject({ stop: 2, step: 2 });
  await pageDown(fromLink);
  await expect(indicator(fromLink)).toHaveText(third);
  expect(await standing(fromLink)).toMatchObject({ stop: 3, step: thirdAt });
  expect(await onStage(fromLink)).toBe('seed eb_refs');

  // Leaving talk mode ends the tour; the builder of the fresh page holds the same stops.
  await fromLink.keyboard.press('Escape');
  await expect(fromLink.locator('.app')).toHaveAttribute('data-mode', 'app');
  await expect(indicator(fromLink)).toHaveCount(0);
  await fromLink.getByTestId('tour-open').click();
  await expect(fromLink.getByTestId('tour-stop')).toHaveCount(3);
  expect(await stopsOf(fromLink)).toEqual(built);

  // stop=2 opens the tour at stop 2, its compare pair on; X leaves the tour on that view,
  // whose own link then says so.
  await fromLink.goto(`${link}&stop=2`);
  await expect(indicator(fromLink)).toHaveText('stop 2 of 3: Two allocators');
  await fromLink.keyboard.press('x');
  await expect(indicator(fromLink)).toHaveCount(0);
  await expect.poll(() => hashOf(fromLink)).toMatch(/^#fmt=2&sc=two-allocators&fp=[0-9a-z]{7}&v=eb_refs&s=\d+&at=-1&mode=talk&cmp=racy~eb_refs$/);
  expect(errors).toEqual([]);
  expect(linkErrors).toEqual([]);
  expect(csp.seen).toEqual([]);
});

/** A saved tour of the commit message's interleaving in each variant; `edit` breaks some of it. */
function savedTour(edit: (stops: Array<Record<string, unknown>>) => void = () => {}) {
  const stop = (title: string, variant: string, schedule: string, at: number, until: number) => ({
    title,
    notes: '',
    view: { scenario: 'seed', variant, fp: '0q3nins', schedule, at, until, compare: null },
  });
  const stops = [
    stop('racy', 'racy', '1111111222222222211111122', 13, 14),
    stop('under_alloc', 'under_alloc', '111111112222222222111111122', 14, 15),
    stop('eb_refs', 'eb_refs', '1111111122222222211111122', 13, 14),
  ];
  edit(stops);
  return JSON.stringify({ format: 'btrfs-race-tour', v: 1, title: 'Three variants', stops });
}

test('a broken tour link opens with the banner and keeps its valid stops', async ({ page }) => {
  const errors = watch(page);
  const text = savedTour((s) => {
    (s[1]?.view as Record<string, unknown>).scenario = 'endio-writer';
  });
  await page.goto(`./#fmt=2&tour=${Buffer.from(text, 'utf8').toString('base64url')}`);
  const banner = page.getByTestId('link-banner');
  await expect(banner).toContainText('This tour link was not entirely valid: 1 of 3 stops could not be read and were left out; the other 2 were kept.');
  await expect(banner).toContainText('stop 2 ("under_alloc"): unknown scenario "endio-writer"');
  await expect(indicator(page)).toHaveText('stop 1 of 2: racy');
  await pageDown(page);
  await pageDown(page);
  await expect(indicator(page)).toHaveText('stop 2 of 2: eb_refs');
  expect(await onStage(page)).toBe('seed eb_refs');

  // Followed in this tab, a link that holds no tour at all leaves the tour playing, and says why.
  await page.evaluate(() => {
    window.location.hash = '#fmt=2&tour=not-a-tour';
  });
  await expect(banner).toContainText('This tour link could not be opened: the tour in it could not be read');
  await expect(banner).toContainText('The view you had is kept.');
  await expect(indicator(page)).toHaveText('stop 2 of 2: eb_refs');
  await expect.poll(() => hashOf(page)).toMatch(/&stop=2$/);

  // Opened in a new tab, it opens the default view.
  const fresh = await page.context().newPage();
  await fresh.goto('./#fmt=2&tour=not-a-tour');
  await expect(fresh.getByTestId('link-banner')).toContainText('This tour link could not be opened');
  await expect(fresh.getByTestId('link-banner')).toContainText('The default view is shown instead.');
  await expect(fresh.locator('.app')).toHaveAttribute('data-mode', 'app');
  await expect(fresh.getByTestId('step').first()).toBeVisible();
  expect(errors).toEqual([]);
});

test('a broken tour file opens with the banner and keeps its valid stops; a file that is no tour changes nothing', async ({ page }) => {
  const errors = watch(page);
  await page.goto('./');
  await page.getByTestId('tour-open').click();
  const broken = savedTour((s) => {
    (s[0]?.view as Record<string, unknown>).variant = 'v9';
  });
  await page.getByTestId('tour-file').setInputFiles({ name: 'broken.tour.json', mimeType: 'application/json', buffer: Buffer.from(broken) });
  await expect(page.getByTestId('link-banner')).toContainText('This tour file was not entirely valid: 1 of 3 stops could not be read and were left out; the other 2 were kept.');
  expect((await stopsOf(page)).map((s) => s.title)).toEqual(['under_alloc', 'eb_refs']);

  await page.getByTestId('tour-file').setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('my talk notes') });
  await expect(page.getByTestId('link-banner')).toContainText('This tour file could not be opened: it is not JSON');
  await expect(page.getByTestId('tour-file-status')).toContainText('notes.txt was not opened');
  expect((await stopsOf(page)).map((s) => s.title)).toEqual(['under_alloc', 'eb_refs']);
  expect(errors).toEqual([]);
});

test('the built-in tour plays from its first stop to its last with PageDown, each stop showing the verdict it claims', async ({ page, context }) => {
  test.setTimeout(120_000);
  const errors = watch(page);
  const csp = await watchCsp(context);
  await page.goto('./');
  await page.getByTestId('tour-open').click();
  const builtin = page.locator('[data-testid="builtin-tour"][data-id="subpage-eb-race"]');
  const count = Number(await builtin.getAttribute('data-stops'));
  expect(count).toBeGreaterThanOrEqual(10);
  await builtin.getByTestId('builtin-tour-play').click();
  await expect(page.locator('.app')).toHaveAttribute('data-mode', 'talk');
  // Talk mode keeps the verdict back until the run reaches it; S shows it from the start.
  await page.keyboard.press('s');
  await expect(indicator(page)).toHaveText('stop 1 of 10: The page and its ebs'.replace('10', String(count)));

  const reached: number[] = [];
  for (;;) {
    const at = await standing(page);
    if (!reached.includes(at.stop)) {
      reached.push(at.stop);
      // The verdict when the stop is reached is the one it claims.
      expect(at.claim, `stop ${at.stop}`).toMatch(/^(bug|safe)$/);
      await expect(page.getByTestId('verdict'), `stop ${at.stop}`).toHaveAttribute('data-outcome', at.claim as string);
      await expect.poll(() => hashOf(page)).toMatch(new RegExp(`&stop=${at.stop}$`));
    }
    if (at.stop === at.count && at.step >= at.until) break;
    await pageDown(page);
  }
  expect(reached).toEqual(Array.from({ length: count }, (_, i) => i + 1));
  await expect(indicator(page)).toContainText('(end of the tour)');
  // X leaves the tour and stays in talk mode on the view it reached.
  await page.keyboard.press('x');
  await expect(indicator(page)).toHaveCount(0);
  await expect(page.locator('.app')).toHaveAttribute('data-mode', 'talk');
  expect(errors).toEqual([]);
  expect(csp.seen).toEqual([]);
});
