import type { Page } from '@playwright/test';
import { expect, test } from './helpers';

// Permalinks in a real browser: a round trip of every control through the URL and a
// reload, Back and Forward, and a corpus of malformed and hostile links that must open
// the app with a banner, never run or inject anything, and leave the app usable.

function watch(page: Page) {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('dialog', (d) => {
    errors.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  return errors;
}

const hashOf = (page: Page) => page.evaluate(() => window.location.hash);
const opsOf = (page: Page) => page.getByTestId('step').evaluateAll((els) => els.map((e) => `${e.getAttribute('data-thread')}:${e.getAttribute('data-op')}`));

test('every control survives the URL and a reload', async ({ page }) => {
  const errors = watch(page);
  await page.goto('./');
  await expect(page.getByTestId('step').first()).toBeVisible();
  await expect.poll(() => hashOf(page)).toMatch(/^#fmt=2&sc=seed&fp=[0-9a-z]{7}&v=racy&s=[12]{25}&at=-1$/);

  await page.getByRole('combobox', { name: 'Scenario' }).selectOption('two-allocators');
  await page.getByRole('radio', { name: /eb_refs/ }).check();
  await page.getByRole('button', { name: 'T2 then T1' }).click();
  await page.locator('body').click({ position: { x: 2, y: 2 } });
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
  await expect.poll(() => hashOf(page)).toMatch(/&at=2$/);
  const hash = await hashOf(page);
  expect(hash).toMatch(/^#fmt=2&sc=two-allocators&fp=[0-9a-z]{7}&v=eb_refs&s=2{11}1{14}3{14}&at=2$/);
  const ops = await opsOf(page);
  const verdict = await page.getByTestId('verdict').textContent();

  await page.reload();
  await expect(page.getByTestId('step').first()).toBeVisible();
  await expect.poll(() => hashOf(page)).toBe(hash);
  await expect(page.getByRole('combobox', { name: 'Scenario' })).toHaveValue('two-allocators');
  await expect(page.getByRole('radio', { name: /eb_refs/ })).toBeChecked();
  expect(await opsOf(page)).toEqual(ops);
  await expect(page.getByTestId('verdict')).toHaveText(verdict ?? '');
  await expect(page.getByTestId('link-banner')).toHaveCount(0);

  // A new page opened on the copied link lands on the same view.
  const copy = await page.context().newPage();
  await copy.goto(`./${hash}`);
  await expect(copy.getByTestId('step').first()).toBeVisible();
  await expect.poll(() => copy.evaluate(() => window.location.hash)).toBe(hash);
  expect(await opsOf(copy)).toEqual(ops);
  expect(errors).toEqual([]);
});

test('talk mode goes into the link and comes back from it', async ({ page }) => {
  await page.goto('./#fmt=1&sc=seed&v=under_alloc&s=2&at=5&mode=talk');
  await expect(page.locator('.app')).toHaveAttribute('data-mode', 'talk');
  await page.reload();
  await expect(page.locator('.app')).toHaveAttribute('data-mode', 'talk');
  await expect.poll(() => hashOf(page)).toMatch(/&at=5&mode=talk$/);
});

test('a format-1 link opens as it always did, and the address becomes its format-2 form', async ({ page }) => {
  const errors = watch(page);
  // No banner while seed's step lists are still those format-1 links were made under;
  // once they change, the link is carried over and the banner says so.
  await page.goto('./#fmt=1&sc=seed&v=racy&s=1111111222222222222111111&at=18');
  await expect(page.getByTestId('step').first()).toBeVisible();
  await expect.poll(() => hashOf(page)).toBe('#fmt=2&sc=seed&fp=0q3nins&v=racy&s=1111111222222222222111111&at=18');
  await expect(page.getByTestId('link-banner')).toHaveCount(0);
  await expect(page.getByTestId('verdict')).toHaveAttribute('data-outcome', 'bug');
  expect(errors).toEqual([]);
});

test('a link with an unknown fingerprint opens the default schedule and says why', async ({ page }) => {
  await page.goto('./#fmt=2&sc=seed&fp=zzzzzzz&v=eb_refs&s=2222222222211111111111111&at=5');
  const banner = page.getByTestId('link-banner');
  await expect(banner).toContainText('fp: zzzzzzz is not the fingerprint of any step lists of seed this app knows');
  await expect(page.getByRole('radio', { name: /eb_refs/ })).toBeChecked();
  await expect.poll(() => hashOf(page)).toMatch(/^#fmt=2&sc=seed&fp=[0-9a-z]{7}&v=eb_refs&s=1{8}2{9}1{6}2{2}&at=-1$/);
});

test('the copy-link button copies the address of the view', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('./#fmt=1&sc=seed&v=eb_refs&s=2&at=4');
  await page.getByTestId('copy-link').click();
  await expect(page.getByTestId('copy-link-status')).toHaveText('copied');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(await page.evaluate(() => window.location.href));
  expect(copied).toMatch(/#fmt=2&sc=seed&fp=[0-9a-z]{7}&v=eb_refs&s=2\d+&at=4$/);
});

test('Back and Forward walk through deliberate changes; stepping does not add entries', async ({ page }) => {
  const errors = watch(page);
  await page.goto('./#fmt=1&sc=seed&v=racy&s=1111111222222222222111111&at=-1');
  await expect(page.getByTestId('verdict')).toHaveAttribute('data-outcome', 'bug');
  await page.getByRole('radio', { name: /eb_refs/ }).check();
  await expect(page.getByTestId('verdict')).toHaveAttribute('data-outcome', 'safe');
  await page.getByRole('button', { name: 'T1 then T2' }).click();
  await expect.poll(() => hashOf(page)).toMatch(/v=eb_refs&s=1{14}2{11}&at=-1$/);
  await page.locator('body').click({ position: { x: 2, y: 2 } });
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => hashOf(page)).toMatch(/&at=1$/);

  await page.goBack();
  await expect.poll(() => hashOf(page)).toMatch(/^#fmt=2&sc=seed&fp=[0-9a-z]{7}&v=eb_refs&s=[12]{25}&at=-1$/);
  await expect(page.getByRole('radio', { name: /eb_refs/ })).toBeChecked();
  await page.goBack();
  await expect.poll(() => hashOf(page)).toMatch(/^#fmt=2&sc=seed&fp=[0-9a-z]{7}&v=racy&s=[12]{25}&at=-1$/);
  await expect(page.getByRole('radio', { name: /racy/ })).toBeChecked();
  await expect(page.getByTestId('verdict')).toHaveAttribute('data-outcome', 'bug');
  await page.goForward();
  await expect(page.getByRole('radio', { name: /eb_refs/ })).toBeChecked();
  await page.goForward();
  await expect.poll(() => hashOf(page)).toMatch(/v=eb_refs&s=1{14}2{11}&at=1$/);
  expect(errors).toEqual([]);
});

const ones = (n: number) => '1'.repeat(n);
const CORPUS: readonly string[] = [
  '#<script>alert(1)</script>',
  '#%3Cscript%3Ealert(1)%3C%2Fscript%3E',
  '#fmt=1&sc=<script>alert(1)</script>',
  '#javascript:alert(1)',
  '#fmt=1&sc=javascript:alert(document.domain)',
  '#fmt=1&sc=seed&v="><img src=x onerror=window.__pwned=1>',
  '#"><img src=x onerror=window.__pwned=1>',
  '#fmt=1&sc=seed&v=racy&s=<svg onload=window.__pwned=1>',
  '#fmt=1&sc=seed&v=racy&s=1111111222222222222111111&at=18&x=<svg/onload=alert(1)>',
  '#data:text/html,<script>alert(1)</script>',
  '#fmt=1&sc=seed&v=racy&s=%',
  '#fmt=1&sc=%E0%A4%A',
  '#%zz%zz',
  '#fmt=1&sc=seed&v=racy&s=%C0%AF',
  '#fmt=1&sc=seed&v=racy&s=%31%32%33',
  `#fmt=1&sc=seed&v=racy&s=${ones(5000)}`,
  `#${'x'.repeat(100_000)}`,
  `#fmt=1&sc=seed&v=racy&s=${'2'.repeat(600)}`,
  `#fmt=1&sc=${'a'.repeat(3000)}`,
  '#fmt=1&sc=seed&v=racy&s=١٢٣',
  '#fmt=1&sc=seed&v=racy&s=1️⃣2️⃣',
  '#fmt=1&sc=seed&v=racy&s=🙂',
  '#fmt=1&sc=seed&v=𝟙𝟚',
  '#fmt=1&sc=seed&v=racy&s=\u202E12',
  '#fmt=1&sc=sëëd&v=ráçy',
  '#fmt=2&sc=seed&v=racy&s=1',
  '#fmt=3&sc=seed&fp=0q3nins&v=racy&s=1',
  '#fmt=0&sc=seed&v=racy&s=1',
  '#fmt=1.0&sc=seed',
  '#fmt=-1',
  '#fmt=99999999999999999999',
  '#fmt',
  '#sc=../../etc/passwd',
  '#fmt=1&sc=../../etc&v=racy',
  '#fmt=1&sc=seed&sc=two-allocators',
  '#fmt=1&sc=seed&v=racy&s=1111111222222222222111111&at=18&at=3',
  '#fmt=1&sc=&v=&s=&at=',
  '#fmt=1&sc=seed&v=racy&s=0',
  '#fmt=1&sc=seed&v=racy&s=9',
  '#fmt=1&sc=seed&v=racy&s=1111122222',
  `#fmt=1&sc=seed&v=racy&s=${ones(14)}`,
  '#fmt=1&sc=two-allocators&v=racy&s=3333333333333333',
  '#fmt=1&sc=seed&v=racy&at=-5',
  '#fmt=1&sc=seed&v=racy&at=1e9',
  '#fmt=1&sc=seed&v=racy&at=99999',
  '#fmt=1&sc=seed&v=racy&at=NaN',
  '#fmt=1&sc=seed&mode=<b>bold</b>',
  '#fmt=1&sc=seed&embed=yes',
  '#fmt=1&sc=__proto__',
  '#fmt=1&sc=constructor&v=toString',
  '#__proto__=1&fmt=1',
  '#fmt=1&sc=seed&v=racy&s=1%002',
  '#fmt=1&sc=seed&v=racy&s=12 12',
  '#fmt=1&sc=seed&v=racy&s=1;2',
  '#&&&&&&',
  '#=',
  '#==&=1',
  `#fmt=1&sc=seed&v=racy${'&s=1'.repeat(100)}`,
  '#fmt=1&sc=SEED',
  '#fmt=1&sc=seed%20&v=racy',
  '#fmt=1&sc=seed&v=racy&s=1111111222222222222111111&at=18%',
  '#fmt=2&sc=seed&fp=zzzzzzz&v=racy&s=1111111222222222222111111&at=18',
  '#fmt=2&sc=seed&fp=01n40wo&v=racy&s=12',
  '#fmt=2&sc=seed&fp=<img src=x onerror=window.__pwned=1>&v=racy&s=12',
  '#fmt=2&sc=seed&fp=__proto__&v=racy&s=12',
  '#fmt=2&sc=seed&fp=valueOf&v=racy&s=12',
  '#fmt=2&sc=seed&fp=0q3nins&fp=zzzzzzz&v=racy&s=12&s=21',
];

test('the corpus has at least 50 links', () => {
  expect(CORPUS.length).toBeGreaterThanOrEqual(50);
  expect(new Set(CORPUS).size).toBe(CORPUS.length);
});

for (const [i, link] of CORPUS.entries()) {
  test(`hostile link ${i + 1}: ${link.slice(0, 60)}`, async ({ page }) => {
    const errors = watch(page);
    await page.goto(`./${link}`);
    const banner = page.getByTestId('link-banner');
    await expect(banner).toBeVisible();
    await expect(banner).toHaveAttribute('role', 'alert');
    expect((await banner.textContent())?.length ?? 0).toBeGreaterThan(10);
    await expect(page.getByTestId('step').first()).toBeVisible();
    // Nothing from the link became markup or ran.
    expect(await page.locator('img[src="x"], svg[onload], script:not([type="module"]):not(#prerender-guard)').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    // Still usable: a preset runs and the address follows.
    await page.getByRole('button', { name: 'T1 then T2' }).click();
    await expect(page.getByTestId('verdict')).toHaveAttribute('data-outcome', 'safe');
    await expect.poll(() => hashOf(page)).toMatch(/^#fmt=2&sc=[a-z-]+&fp=[0-9a-z]{7}&v=[a-z_]+&s=1+2+3*&at=-1$/);
    // The banner can be dismissed.
    await banner.getByRole('button', { name: 'Dismiss' }).click();
    await expect(banner).toHaveCount(0);
    expect(errors).toEqual([]);
  });
}
