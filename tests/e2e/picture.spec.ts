// The pointer chain drawn, checked by geometry: each arrow's end lies on its target's
// box; page->private's arrow is cut at the detach; at the race step the chain and the
// verdict are on screen at the sizes people use.

import type { Locator, Page } from '@playwright/test';
import { expect, screenshot, test } from './helpers';

const RACE = './#fmt=2&sc=seed&fp=0q3nins&v=racy&s=1111111222222222211111122&at=14';
const object = (page: Page, id: string) => page.locator(`[data-testid="object"][data-id="${id}"]`);
const pointer = (page: Page, from: string) => page.locator(`[data-testid="pointer"][data-from="${from}"]`);

/** The drawn end of an arrow's path, in page coordinates. */
async function endOf(path: Locator): Promise<{ x: number; y: number }> {
  return path.evaluate((el) => {
    const p = el as SVGPathElement;
    const pt = p.getPointAtLength(p.getTotalLength());
    const m = p.getScreenCTM();
    if (!m) throw new Error('no CTM');
    return { x: pt.x * m.a + pt.y * m.c + m.e, y: pt.x * m.b + pt.y * m.d + m.f };
  });
}

/**
 * Waits until the arrow's end lies on the target's box. The layer redraws its arrows a
 * frame after the layout changes (a step, a resize): until then they keep the old ends.
 */
async function endsOn(path: Locator, target: Locator): Promise<void> {
  const where = async () => {
    const end = await endOf(path);
    const box = await target.boundingBox();
    const on = box !== null && end.x >= box.x - 2 && end.x <= box.x + box.width + 2 && end.y >= box.y - 2 && end.y <= box.y + box.height + 2;
    return on ? 'on its target' : `arrow end ${JSON.stringify(end)} off ${JSON.stringify(box)}`;
  };
  await expect.poll(where).toBe('on its target');
}

test('page->private points at S before the detach, and is cut after it; A->pages[0] points at P throughout', async ({ page }) => {
  await page.goto('./#fmt=2&sc=seed&fp=0q3nins&v=racy&s=1111111222222222211111122&at=13');
  const priv = pointer(page, 'P.private');
  await expect(priv).toHaveAttribute('data-to', 'S');
  await endsOn(priv, object(page, 'S'));
  await endsOn(pointer(page, 'A.pages0'), object(page, 'P'));
  await endsOn(pointer(page, 'B.pages0'), object(page, 'P'));

  await page.keyboard.press('ArrowRight'); // step 15: btrfs_detach_subpage
  await expect(page.getByTestId('step-counter')).toHaveAttribute('data-cursor', '15');
  await expect(priv).toHaveAttribute('data-to', 'null');
  await expect(priv).toHaveAttribute('data-state', 'null');
  await expect(object(page, 'S')).toHaveAttribute('data-freed', 'true');
  await expect(object(page, 'A')).toHaveAttribute('data-alarm', 'true');
  await endsOn(pointer(page, 'A.pages0'), object(page, 'P'));
  // The cut arrow still aims at the ghost of S, broken.
  await expect(page.locator('.ptr--null .ptr__cut')).toHaveCount(1);
  await screenshot(page, 'chain-broken-1280');
});

test('the arrows stay on their boxes when the window is resized', async ({ page }) => {
  await page.goto('./#fmt=2&sc=seed&fp=0q3nins&v=racy&s=1111111222222222211111122&at=6');
  for (const [w, h] of [
    [1440, 900],
    [1100, 760],
    [1920, 1080],
  ] as const) {
    await page.setViewportSize({ width: w, height: h });
    await endsOn(pointer(page, 'P.private'), object(page, 'S'));
    await endsOn(pointer(page, 'A.pages0'), object(page, 'P'));
  }
});

for (const [w, h] of [
  [1280, 800],
  [1024, 768],
] as const) {
  test(`at ${w}x${h}, at seed's race step, page->private, the chain and the verdict are on screen without scrolling`, async ({ page }) => {
    await page.setViewportSize({ width: w, height: h });
    await page.goto(RACE);
    await expect(page.getByTestId('step-counter')).toHaveAttribute('data-cursor', '15');
    // The boxes are redrawn once framer-motion's chunk arrives (ui/motion): measure each
    // until it is laid out, then require it inside the window.
    const inView = async (l: Locator, what: string) => {
      const seen: { box: Awaited<ReturnType<Locator['boundingBox']>> } = { box: null };
      const laidOut = async () => {
        seen.box = await l.boundingBox();
        return seen.box !== null;
      };
      await expect.poll(laidOut, { message: `${what} laid out` }).toBe(true);
      const b = seen.box;
      expect(b !== null && b.x >= 0 && b.y >= 0 && b.x + b.width <= w && b.y + b.height <= h, `${what} ${JSON.stringify(b)} inside ${w}x${h}`).toBe(true);
    };
    await inView(page.getByTestId('verdict'), 'the verdict');
    await inView(page.getByTestId('page-private'), 'page->private');
    for (const id of ['A', 'P', 'S']) await inView(object(page, id), `object ${id}`);
    for (const from of ['A.pages0', 'P.private']) await inView(pointer(page, from), `pointer ${from}`);
    // Every step and its marks ("in window", the break) lie inside the timeline's panel:
    // a mark that does not fit wraps under its call rather than being cut off.
    const cut = await page.evaluate(() => {
      const box = document.querySelector('.tl-scroll')?.getBoundingClientRect();
      return [...document.querySelectorAll('[data-testid="step"]')].filter((e) => box && e.getBoundingClientRect().right > box.right + 0.5).map((e) => e.textContent);
    });
    expect(cut).toEqual([]);
    // Nothing had to scroll to show them: the page and the picture are at their tops.
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    expect(await page.getByTestId('kernel-picture').evaluate((el) => el.scrollTop)).toBe(0);
    await screenshot(page, `race-step-${w}`);
  });
}

test('with the explore panel open at 1440x900, no labels run together', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(RACE);
  await page.getByTestId('explore-open').click();
  await expect(page.getByTestId('explore-panel')).toBeVisible();
  // Every radix slot's key and every sector's offset keeps its own box: none overlaps its neighbour.
  for (const sel of ['.sv-slot__key', '.sector__label']) {
    const boxes = await page.locator(sel).evaluateAll((els) =>
      els.map((el) => {
        const r = el.getBoundingClientRect();
        return { x: r.x, w: r.width, sw: (el as HTMLElement).scrollWidth, cw: (el as HTMLElement).clientWidth };
      }),
    );
    for (let i = 1; i < boxes.length; i++) {
      const a = boxes[i - 1];
      const b = boxes[i];
      if (!a || !b) continue;
      expect(a.x + a.w <= b.x + 0.5 || b.x < a.x, `${sel} ${i - 1} and ${i} overlap`).toBe(true);
    }
    for (const [i, b] of boxes.entries()) expect(b.sw <= b.cw + 1, `${sel} ${i} text overflows its box`).toBe(true);
  }
  await screenshot(page, 'explore-open-1440');
});
