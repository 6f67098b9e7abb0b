import { expect, type Page, test } from '@playwright/test';
import { explorationJson } from '../../src/cli/report';
import { explore } from '../../src/engine';
import { modelOf } from '../../src/packs';

// The legend opens by itself on a first visit; these tests are about other things.
test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => window.localStorage.setItem('legend-seen', '1'));
});

const VARIANTS = ['racy', 'under_alloc', 'eb_refs'] as const;

/**
 * The CLI's own numbers, so the panel can never drift from them: `npm run explore --
 * --json` prints JSON.stringify(explorationJson(explore(model))), computed here the same
 * way. Spawning the CLI nine times cost ~15 s of tsx start-up on a loaded machine, more
 * than the exploring; its process is tested in tests/unit/cli.test.ts.
 */
function cli(scenario: string, variant: string): { schedules: string; bad: string; states: number } {
  const j = JSON.parse(JSON.stringify(explorationJson(explore(modelOf(scenario, variant))))) as {
    schedules: number | string;
    bad: number | string;
    states: number;
  };
  return { schedules: String(j.schedules), bad: String(j.bad), states: j.states };
}

async function openPanel(page: Page) {
  await page.getByTestId('explore-open').click();
  await expect(page.getByTestId('explore-panel')).toBeVisible();
}

async function rowsOf(page: Page) {
  const rows = page.getByTestId('explore-row');
  await expect(rows).toHaveCount(3);
  return rows.evaluateAll((els) =>
    els.map((e) => ({
      variant: e.getAttribute('data-variant'),
      schedules: e.getAttribute('data-schedules'),
      bad: e.getAttribute('data-bad'),
      states: Number(e.getAttribute('data-states')),
    })),
  );
}

test('the panel shows exactly the CLI numbers for every variant of every scenario', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('./');
  await openPanel(page);
  for (const scenario of ['seed', 'two-allocators', 'same-bytenr']) {
    if (scenario !== 'seed') await page.getByLabel('Scenario').selectOption(scenario);
    const rows = await rowsOf(page);
    expect(rows).toEqual(VARIANTS.map((variant) => ({ variant, ...cli(scenario, variant) })));
    // A pinned figure too, past 2^31, as a reader can check it by hand.
    if (scenario === 'two-allocators') {
      await expect(page.locator('[data-testid="explore-row"][data-variant="racy"]')).toHaveAttribute('data-bad', '2100654600');
    }
  }
  expect(errors).toEqual([]);
});

test('the outcomes are listed on demand', async ({ page }) => {
  await page.goto('./');
  await openPanel(page);
  await rowsOf(page);
  const racy = page.locator('[data-testid="explore-row"][data-variant="racy"]');
  await racy.getByRole('button').click();
  const list = page.locator('[data-testid="explore-outcomes"][data-variant="racy"] li');
  await expect(list).toHaveCount(3);
  await expect(list.filter({ hasText: 'Oops in T1' })).toContainText('27');
});

test('an exploration can be cancelled, and the next one still runs', async ({ page }) => {
  // Make the worker slow for certain: each answer it posts waits 10 s first, busy, the way
  // a long exploration keeps it busy. Cancelling must terminate it all the same.
  let served: () => void = () => {};
  const slowServed = new Promise<void>((resolve) => {
    served = resolve;
  });
  await page.route('**/explore.worker-*.js', async (route) => {
    const res = await route.fetch();
    const slow = 'const __post = self.postMessage.bind(self);\nself.postMessage = (m) => { const t = Date.now(); while (Date.now() - t < 10000) {} __post(m); };\n';
    await route.fulfill({ response: res, body: slow + (await res.text()) });
    served();
  });
  await page.goto('./');
  await page.getByLabel('Scenario').selectOption('two-allocators');
  await openPanel(page);
  const cancel = page.getByTestId('explore-cancel');
  await expect(cancel).toBeVisible();
  await expect(page.getByTestId('explore-progress')).toContainText('0 of 3 variants');
  // Only the first worker is slow: the fresh one that Cancel starts loads the real script.
  await slowServed;
  await page.unroute('**/explore.worker-*.js');
  await cancel.click();
  await expect(page.getByTestId('explore-message')).toContainText('cancelled');
  await expect(page.getByTestId('explore-progress')).toHaveCount(0);
  await expect(page.getByTestId('explore-row')).toHaveCount(0);
  // It can be started again, and this time it finishes.
  await page.getByTestId('explore-start').click();
  await expect(page.getByTestId('explore-row')).toHaveCount(3);
  await expect(page.locator('[data-testid="explore-row"][data-variant="eb_refs"]')).toHaveAttribute('data-schedules', '304632991572');
  // Opening seed explores it on a fresh worker.
  await page.getByLabel('Scenario').selectOption('seed');
  const rows = await rowsOf(page);
  expect(rows.map((r) => r.schedules)).toEqual(['264215', '894211', '903630']);
});

test('"Find the race" loads a bug, switching to the racy variant when needed, and bad schedules can be browsed', async ({ page }) => {
  await page.goto('./');
  await page.getByRole('radio', { name: /eb_refs/ }).check();
  await expect(page.getByTestId('verdict')).toHaveAttribute('data-outcome', 'safe');
  await openPanel(page);
  await rowsOf(page);
  await page.getByTestId('find-race').click();
  await expect(page.getByTestId('verdict')).toHaveAttribute('data-outcome', 'bug');
  await expect(page.getByTestId('explore-message')).toContainText('switched to racy');
  await expect(page.getByRole('radio', { name: /racy/ })).toBeChecked();
  await expect(page.getByTestId('bad-where')).toContainText('btrfs_detach_subpage');

  await page.getByTestId('find-race-switches').click();
  await expect(page.getByTestId('verdict')).toHaveAttribute('data-outcome', 'bug');

  await page.getByTestId('bad-next').click();
  await expect(page.getByTestId('bad-where')).toHaveAttribute('data-k', '0');
  await expect(page.getByTestId('bad-where')).toContainText('1 of 27');
  await expect(page.getByTestId('verdict')).toHaveAttribute('data-outcome', 'bug');
  await page.getByTestId('bad-next').click();
  await expect(page.getByTestId('bad-where')).toHaveAttribute('data-k', '1');
  await page.getByTestId('bad-prev').click();
  await page.getByTestId('bad-prev').click();
  await expect(page.getByTestId('bad-where')).toHaveAttribute('data-k', '27719');
  await page.getByTestId('bad-random').click();
  await expect(page.getByTestId('bad-where')).not.toHaveAttribute('data-k', '27719');
  await expect(page.getByTestId('verdict')).toHaveAttribute('data-outcome', 'bug');
});

test('the state graph draws every state; picking one loads a schedule that reaches it', async ({ page }) => {
  await page.goto('./');
  await openPanel(page);
  await page.getByTestId('state-graph-on').check();
  const graph = page.getByTestId('state-graph');
  await expect(graph).toHaveAttribute('data-states', '199');
  await expect(graph).toHaveAttribute('data-here', '0');
  await page.getByTestId('find-race').click();
  const here = Number(await graph.getAttribute('data-here'));
  expect(here).toBeGreaterThan(0);
  await expect(page.getByTestId('state-graph-info')).toContainText('invariant broken');
  // Keyboard: back to the parent state, then load it.
  await page.getByRole('application', { name: /State graph/ }).focus();
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('Enter');
  await expect(graph).not.toHaveAttribute('data-here', String(here));
  await expect(page.getByTestId('state-graph-info')).not.toContainText('invariant broken');
  // Pointer: a click on the picture loads the state nearest to it.
  const box = await graph.boundingBox();
  if (!box) throw new Error('no graph box');
  await page.mouse.click(box.x + box.width - 4, box.y + box.height / 2);
  await expect(page.getByTestId('state-graph-info')).toContainText('after');
});
