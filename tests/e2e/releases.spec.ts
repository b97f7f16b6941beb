import { expect, test } from '@playwright/test';

test('a reader finds the data release from the footer, cites it and downloads a table that holds every pairing', async ({ page, request, baseURL }) => {
  await page.goto('/en');
  await page.getByRole('contentinfo').getByRole('link', { name: 'Data releases' }).click();
  await expect(page).toHaveURL(/\/en\/data$/);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const citation = page.getByTestId('release-citation').first();
  await expect(citation).toHaveText(`Sister Cities Atlas, data release 2026-12 (v1). ${baseURL}/en/data`);

  const listing = (await (await request.get('/api/v1/releases')).json()) as { items: { id: string; rowCounts: Record<string, number>; files: { name: string; url: string }[] }[] };
  const release = listing.items.find((r) => r.id === '2026-12-v1')!;
  expect(release.rowCounts.pairings).toBeGreaterThan(50);
  const csv = release.files.find((f) => f.name === 'pairings.csv')!;
  expect(csv.url).toBe(`${baseURL}/data/releases/2026-12-v1/pairings.csv`);

  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: /^pairings\.csv/ }).first().click();
  expect((await download).suggestedFilename()).toBe('sister-cities-atlas-2026-12-v1-pairings.csv');
  const file = await request.get('/data/releases/2026-12-v1/pairings.csv');
  expect(file.headers()['content-type']).toMatch(/^text\/csv/);
  const lines = (await file.text()).trim().split('\r\n');
  expect(lines[0]).toMatch(/^slug,by_place_slug,cn_place_slug,/);
  expect(lines).toHaveLength(release.rowCounts.pairings + 1);
});

test('the data page speaks the reader\'s language, and an unknown release file is a 404', async ({ page, request }) => {
  await page.goto('/ru/data');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  await expect(page.getByTestId('release-citation').first()).toContainText('/ru/data');
  expect((await request.get('/data/releases/2026-12-v1/secrets.txt')).status()).toBe(404);
  expect((await request.get('/data/releases/../../.env/atlas.json')).status()).toBe(404);
});
