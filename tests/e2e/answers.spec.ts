import { expect, test } from '@playwright/test';

/** Issue 12: trade chart tooltips name the hovered point; years typed into search are a chip. */

const point = (page: import('@playwright/test').Page, year: number) => page.locator(`[data-testid="trade-point"][data-year="${year}"]`);

test('each trade chart dot’s tooltip names its own year, value, reporter and source', async ({ page }) => {
  await page.goto('/en/trade');
  const chart = page.getByTestId('trade-chart');
  const tooltip = chart.getByTestId('trade-tooltip');

  // 2009: a Chinese Ministry of Commerce statement (it used to show "2022: 5,790").
  await point(page, 2009).hover();
  await expect(tooltip).toContainText('2009: 810');
  await expect(tooltip).toContainText('Chinese Ministry of Commerce');

  // From 2021 on, dots used to show no tooltip at all.
  await point(page, 2022).first().hover();
  await expect(tooltip).toContainText(/^2022: (5,790|5,080)/);
  await point(page, 2025).first().hover();
  await expect(tooltip).toContainText(/^2025: ≈ (8,860|12,000)/);

  // Every dot: the tooltip's year is the dot's year.
  const dots = chart.getByTestId('trade-point');
  const count = await dots.count();
  expect(count).toBeGreaterThan(15);
  for (let i = 0; i < count; i++) {
    const dot = dots.nth(i);
    const year = await dot.getAttribute('data-year');
    await dot.hover({ force: true });
    await expect(tooltip).toContainText(new RegExp(`^${year}: `));
  }

  // Clicking a dot opens that point's source.
  await expect(page.locator('a:has([data-testid="trade-point"][data-year="2009"])')).toHaveAttribute('href', /^https?:\/\//);
});

test('the trade line breaks where years are missing instead of interpolating', async ({ page }) => {
  await page.goto('/en/trade');
  // China customs: 2000, then 2012, then 2018–2019: three separate pieces, not one rising line.
  const gacc = page.locator('[data-testid="trade-chart"] .recharts-line path.recharts-line-curve').nth(1);
  const d = (await gacc.getAttribute('d')) ?? '';
  expect(d.match(/M/g)?.length).toBe(3);
});

test('a year typed into the search is its own chip, removable apart from the name', async ({ page }) => {
  await page.goto(`/en/agreements?q=${encodeURIComponent('Minsk 2019')}`);
  await expect(page.getByTestId('result-count')).toContainText('8 agreements');
  await expect(page.getByTestId('chip-q')).toHaveText('“Minsk” ×');
  await expect(page.getByTestId('chip-q-years')).toHaveText('2019 ×');
  await page.getByTestId('chip-q-years').click();
  await expect(page).toHaveURL(/[?&]q=Minsk(&|$)/);
  await expect(page.getByTestId('chip-q-years')).toHaveCount(0);
  await expect(page.getByTestId('chip-q')).toHaveText('“Minsk” ×');
});
