import { expect, test } from '@playwright/test';

test('the timeline groups milestones by year with honest partial dates', async ({ page }) => {
  await page.goto('/en/timeline');
  const y2023 = page.locator('[data-testid="timeline-year"][data-year="2023"]');
  await expect(y2023.getByRole('heading', { level: 2 })).toContainText('2023');
  const signing = y2023.getByTestId('timeline-item').filter({ hasText: 'Dunhuang' }).filter({ hasText: 'Sister-city agreement signed' });
  await expect(signing).toHaveCount(1);
  await expect(signing.locator('time')).toHaveText('7 Nov 2023');
  await expect(signing.locator('time')).toHaveAttribute('datetime', '2023-11-07');

  const gansu = page.locator('[data-testid="timeline-year"][data-year="2007"]').getByTestId('timeline-item').filter({ hasText: 'Gansu' });
  await expect(gansu.first().locator('time')).toHaveText('8 Jul 2007');
  const chongqing = page.locator('[data-testid="timeline-year"][data-year="2017"]').getByTestId('timeline-item').filter({ hasText: 'Chongqing' }).filter({ hasText: 'Minsk Oblast' });
  await expect(chongqing.first().locator('time')).toHaveText('27 Mar 2017');
  // Known to the year or the month only: shown as such.
  const yearOnly = page.locator('[data-testid="timeline-year"][data-year="2002"]').getByTestId('timeline-item').filter({ hasText: 'Chongqing' });
  await expect(yearOnly.locator('time')).toHaveText('2002');
  const monthOnly = page.getByTestId('timeline-item').filter({ hasText: 'Letter from Grodno Oblast proposing closer ties' });
  await expect(monthOnly.locator('time')).toHaveText('October 2018');

  const years = await page.getByTestId('timeline-year').evaluateAll((sections) => sections.map((s) => s.getAttribute('data-year')));
  const dated = years.filter((y) => y !== 'undated').map(Number);
  expect(dated).toEqual([...dated].sort((a, b) => a - b));
  if (years.includes('undated')) expect(years.at(-1)).toBe('undated');
});

test('the histogram selects years, writes the URL, and "show on map" carries the filters', async ({ page }) => {
  await page.goto('/en/timeline');
  const total = Number(await page.getByTestId('agreement-count').getAttribute('data-count'));
  await page.getByRole('button', { name: /^2023: \d+ agreements?\b/ }).click();
  await expect(page).toHaveURL(/\/en\/timeline\?from=2023&to=2023$/);
  await expect(page.getByTestId('year-range')).toHaveText('2023');
  const count = Number(await page.getByTestId('agreement-count').getAttribute('data-count'));
  expect(count).toBeLessThan(total);
  await expect(page.getByTestId('timeline-year')).toHaveCount(1);
  await expect(page.getByTestId('timeline-item')).toHaveCount(count);

  // Shift-click extends the range.
  await page.getByRole('button', { name: /^2021: \d+ agreements?\b/ }).click({ modifiers: ['Shift'] });
  await expect(page).toHaveURL(/from=2021&to=2023$/);
  await expect(page.getByTestId('year-range')).toHaveText('2021–2023');

  await page.getByTestId('show-on-map').click();
  await expect(page).toHaveURL(/\/en\?from=2021&to=2023$/);
  await expect(page.locator('#atlas-map')).toHaveAttribute('data-data-key', 'from=2021&to=2023');
  const arcs = await page.locator('#atlas-map').getAttribute('data-arc-count');
  await expect(page.getByTestId('pairing')).toHaveCount(Number(arcs));
});

test('Play grows the year range step by step', async ({ page }) => {
  await page.goto('/en/timeline?from=2015');
  await page.getByRole('button', { name: 'Play' }).click();
  await expect(page).toHaveURL(/from=2015&to=2015$/);
  await expect(page.getByTestId('year-range')).toHaveText(/Up to 201[6-9]/, { timeout: 15_000 });
  await expect(page).toHaveURL(/from=2015&to=201[6-9]$/);
  await page.getByRole('button', { name: 'Pause' }).click();
  await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
});

test('screenshots of the timeline at desktop and phone width', async ({ page }, testInfo) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/en/timeline?from=2017&to=2019');
  await page.screenshot({ path: testInfo.outputPath('timeline-desktop.png') });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.reload();
  await page.screenshot({ path: testInfo.outputPath('timeline-phone.png') });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});
