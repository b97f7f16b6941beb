import { expect, test } from '@playwright/test';

/**
 * The built app's reads on whichever driver the server runs (`npm run test:e2e:libsql`
 * serves it through libSQL; home.spec.ts and editors.spec.ts run there too for the
 * home page and an editor's save): a pairing page from the FTS-backed search, and the
 * public API with its ETag.
 */
test('an FTS5 search finds the 2023 Dunhuang signing, and its pairing page renders its agreements', async ({ page }) => {
  await page.goto('/en/agreements?q=Navahrudak');
  const signing = page.getByTestId('agreement').filter({ hasText: 'Sister-city agreement signed' }).filter({ has: page.locator('time[datetime="2023-11-07"]') });
  await expect(signing).toHaveCount(1);
  await expect(signing).toContainText('Dunhuang');
  await page.goto('/en/pairings/novogrudok-district--dunhuang');
  await expect(page).toHaveTitle(/Novogrudok District – Dunhuang/);
  const dates = await page.getByTestId('pairing-agreements').locator('time').evaluateAll((els) => els.map((e) => e.getAttribute('datetime')));
  expect(dates).toEqual(['2018-10', '2021-07', '2023-06-30', '2023-11-07']);
});

test('the public API answers pairings with an ETag, and 304 for a matching If-None-Match', async ({ request }) => {
  const first = await request.get('/api/v1/pairings?pageSize=5');
  expect(first.status()).toBe(200);
  const body = (await first.json()) as { items: { slug: string }[]; total: number };
  expect(body.items.length).toBe(5);
  expect(body.total).toBeGreaterThanOrEqual(60);
  const etag = first.headers()['etag'];
  expect(etag).toBeTruthy();
  const again = await request.get('/api/v1/pairings?pageSize=5', { headers: { 'If-None-Match': etag! } });
  expect(again.status()).toBe(304);
});
