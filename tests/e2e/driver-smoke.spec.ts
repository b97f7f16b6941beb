import { expect, test } from '@playwright/test';

/**
 * The built app's reads on whichever driver the server runs (`npm run test:e2e:libsql`
 * serves it through libSQL; home.spec.ts and editors.spec.ts run there too for the
 * home page and an editor's save): a pairing page from the FTS-backed search, and the
 * public API with its ETag.
 */
test('search finds a pairing by its Chinese name and its page renders its agreements', async ({ page }) => {
  await page.goto('/en/search?q=敦煌');
  await page.getByRole('link', { name: /Novogrudok District – Dunhuang/ }).first().click();
  await expect(page).toHaveURL(/\/en\/pairings\/novogrudok-district--dunhuang$/);
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
