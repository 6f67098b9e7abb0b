import { expect, test } from '@playwright/test';

test('the default scenario opens with its steps and a bug verdict', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('./');
  await expect(page.getByTestId('step')).toHaveCount(25);
  await expect(page.getByTestId('verdict')).toHaveAttribute('data-outcome', 'bug');
  expect(errors).toEqual([]);
});
