import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';

const signing2023 = (page: import('@playwright/test').Page) =>
  page
    .getByTestId('agreement')
    .filter({ hasText: 'Sister-city agreement signed' })
    .filter({ has: page.locator('time[datetime="2023-11-07"]') });

test('typing "Navahrudak" finds the 2023 Dunhuang signing without a full reload', async ({ page }) => {
  await page.goto('/en/agreements');
  await page.evaluate(() => ((window as unknown as { marker: number }).marker = 1));
  await page.getByRole('searchbox', { name: 'Search agreements' }).fill('Navahrudak');
  await expect(page).toHaveURL(/[?&]q=Navahrudak/);
  await expect(signing2023(page)).toHaveCount(1);
  await expect(signing2023(page)).toContainText('Dunhuang');
  // Same document: the results came in without a page load.
  expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(1);
});

test('"敦煌" finds the same signing, and the result is rendered on the server', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`/en/agreements?q=${encodeURIComponent('敦煌')}`);
  await expect(signing2023(page)).toHaveCount(1);
  await expect(page.getByTestId('result-count')).toContainText('敦煌');
  await context.close();
});

test('a one-letter typo still finds the agreement and says how it was read', async ({ page }) => {
  await page.goto('/en/agreements?q=Dunhaung');
  await expect(signing2023(page)).toHaveCount(1);
  await expect(page.getByText(/No exact match for “Dunhaung”; showing results for Dunhuang/)).toBeVisible();
});

test('filtering year 2017 finds Chongqing–Minsk Oblast, from the facet link', async ({ page }) => {
  await page.goto('/en/agreements');
  await page.getByRole('complementary', { name: 'Filters' }).getByRole('link', { name: /^2017\s+\d+$/ }).click();
  await expect(page).toHaveURL(/from=2017&to=2017/);
  const twinning = page.getByTestId('agreement').filter({ hasText: 'Chongqing' }).filter({ hasText: 'Minsk Oblast' });
  await expect(twinning.first()).toBeVisible();
  await expect(twinning.locator('time[datetime="2017-03-27"]')).toHaveCount(1);
  const dates = await page.getByTestId('agreement').locator('time').evaluateAll((els) => els.map((e) => e.getAttribute('datetime')));
  expect(dates.length).toBeGreaterThan(0);
  expect(dates.every((d) => d?.startsWith('2017'))).toBe(true);
});

test('CSV export downloads exactly the filtered rows', async ({ page }) => {
  await page.goto('/en/agreements?from=2017&to=2017&kind=twinning_agreement');
  const count = Number((await page.getByTestId('result-count').innerText()).match(/\d+/)![0]);
  expect(count).toBeGreaterThan(0);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-csv').click()]);
  // Named after the filters and the day (issue 12, item 19), so two exports don't overwrite each other.
  expect(download.suggestedFilename()).toMatch(/^agreements_from-2017_to-2017_kind-twinning-agreement_\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = readFileSync((await download.path())!, 'utf8').trim().split('\n');
  expect(csv[0]).toMatch(/^id,date,/);
  expect(csv).toHaveLength(count + 1);
  for (const line of csv.slice(1)) expect(line).toMatch(/^\d+,2017/);
  expect(csv.join('\n')).toContain('twinning_agreement');
});

test('an empty result suggests what to change', async ({ page }) => {
  await page.goto('/en/agreements?q=Zanzibarqq&year=2017');
  const empty = page.getByTestId('empty-state');
  await expect(empty).toContainText('No agreements match');
  await empty.getByRole('link', { name: 'Remove “2017”' }).click();
  await expect(page).toHaveURL(/q=Zanzibarqq$/);
});

test('a pairing page shows its agreements in order, sources and a citation', async ({ page }) => {
  await page.goto('/en/pairings/novogrudok-district--dunhuang');
  await expect(page).toHaveTitle(/Novogrudok District – Dunhuang/);
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', /Novogrudok District – Dunhuang/);
  const dates = await page.getByTestId('pairing-agreements').locator('time').evaluateAll((els) => els.map((e) => e.getAttribute('datetime')));
  expect(dates).toEqual(['2018-10', '2021-07', '2023-06-30', '2023-11-07']);
  const sources = page.getByTestId('source-list');
  await expect(sources.getByRole('link', { name: /Dunhuang City of Gansu Province/ })).toHaveAttribute('href', /silkroadtourcn\.com/);
  const cite = page.getByTestId('cite-this');
  await expect(cite.getByTestId('citation-text')).toContainText('Sister Cities Atlas. “Novogrudok District – Dunhuang.”');
  await expect(cite.getByTestId('citation-text')).toContainText(/\/en\/pairings\/novogrudok-district--dunhuang \(accessed \d{4}-\d{2}-\d{2}\)/);
  await cite.getByText('BibTeX').click();
  await expect(cite.getByTestId('citation-bibtex')).toContainText('urldate');
  await expect(page.getByRole('img', { name: /Map showing Novogrudok District – Dunhuang/ })).toBeVisible();
});

test('place, project and trade pages render with their data', async ({ page }) => {
  await page.goto('/en/places/gansu');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Gansu');
  await expect(page.getByTestId('pairing').filter({ hasText: 'Dunhuang' }).filter({ hasText: 'Novogrudok' })).toHaveCount(1);
  await expect(page.getByTestId('spellings')).toContainText('Kansu');

  await page.goto('/en/projects');
  const first = page.getByTestId('project').first().getByRole('link');
  const name = await first.innerText();
  await first.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
  await expect(page.getByTestId('cite-this')).toBeVisible();

  await page.goto('/en/trade');
  await expect(page.getByTestId('trade-chart').locator('svg.recharts-surface').first()).toBeVisible();
  expect(await page.getByTestId('trade-chart').locator('a[href^="http"] circle').count()).toBeGreaterThan(5);
  await expect(page.getByTestId('trade-chart').getByText('China customs (GACC)').first()).toBeVisible();
  expect(await page.getByTestId('trade-row').count()).toBeGreaterThan(40);
});

test('the API answers JSON 404 for unknown routes and 400 for bad parameters', async ({ request }) => {
  const missing = await request.get('/api/v1/nothing');
  expect(missing.status()).toBe(404);
  expect((await missing.json()).error).toBe('not_found');
  const bad = await request.get('/api/v1/agreements?year=twenty');
  expect(bad.status()).toBe(400);
  expect((await bad.json()).errors[0].parameter).toBe('year');
  const sitemap = await request.get('/sitemap.xml');
  expect(await sitemap.text()).toContain('/en/pairings/novogrudok-district--dunhuang');
});
