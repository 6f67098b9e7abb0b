// Accessibility in real Chromium with axe-core: every view a user meets has no WCAG 2
// A/AA violation (colour contrast included), and nothing is told by colour alone.

import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';
import { chips, expect, settled, test } from './helpers';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

// axe is served as a file of the app's own origin: the app's Content-Security-Policy
// refuses inline scripts (what addScriptTag({ path }) would add), and the pages are
// checked under that policy, as users get them.
test.beforeEach(async ({ page }) => {
  await page.route('**/__axe.min.js', (route) => route.fulfill({ path: AXE, contentType: 'text/javascript' }));
});

interface AxeViolation {
  id: string;
  help: string;
  nodes: { target: string[]; failureSummary?: string }[];
}

async function violations(page: Page): Promise<string[]> {
  await page.addScriptTag({ url: './__axe.min.js' });
  // Contrast is measured on the final colours: wait for entrance animations to end.
  await settled(page);
  const found = (await page.evaluate(`axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa'] } }).then((r) => r.violations)`)) as AxeViolation[];
  return found.map((v) => `${v.id}: ${v.help}\n${v.nodes.map((n) => `  ${n.target.join(' ')}: ${n.failureSummary ?? ''}`).join('\n')}`);
}

const VIEWS: Array<[string, string]> = [
  ['the first screen', './'],
  ['the step where I1 breaks', './#fmt=1&sc=seed&v=racy&s=1111111222222222211111122&at=14'],
  ['the Oops', './#fmt=1&sc=seed&v=racy&s=1111111222222222211111122&at=22'],
  ['two-allocators in eb_refs', './#fmt=1&sc=two-allocators&v=eb_refs&at=20'],
  ['under_alloc mid-run', './#fmt=1&sc=seed&v=under_alloc&at=9'],
  ['talk mode', './#fmt=1&sc=seed&v=racy&s=1111111222222222211111122&at=14&mode=talk'],
];

for (const [name, url] of VIEWS) {
  test(`no WCAG 2 A/AA violation: ${name}`, async ({ page }) => {
    await page.goto(url);
    await expect(chips(page).first()).toBeVisible();
    expect(await violations(page)).toEqual([]);
  });
}

test('no WCAG 2 A/AA violation with the explore panel and the legend open', async ({ page }) => {
  await page.goto('./');
  await page.getByTestId('explore-open').click();
  await expect(page.getByTestId('explore-row').first()).toBeVisible();
  expect(await violations(page)).toEqual([]);
  await page.keyboard.press('?');
  await expect(page.getByRole('dialog', { name: 'How to read this' })).toBeVisible();
  expect(await violations(page)).toEqual([]);
});

test('threads are told apart without colour: every chip names its thread in text', async ({ page }) => {
  await page.goto('./#fmt=1&sc=two-allocators&v=racy');
  const texts = await chips(page).evaluateAll((els) => els.map((e) => [e.getAttribute('data-thread'), e.textContent ?? '']));
  expect(texts).toHaveLength(38);
  for (const [thread, text] of texts) expect(text).toContain(`T${thread}`);
});
