import { expect, test } from '@playwright/test';

test('the root redirects to the English home page', async ({ page }) => {
  const response = await page.goto('/');
  expect(response?.status()).toBe(200);
  await expect(page).toHaveURL(/\/en$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Belarus–China partnerships');
});

test('the home page lists the real pairings, Dunhuang–Novogrudok with its date and sources', async ({ page }) => {
  await page.goto('/en');
  const pairings = page.getByTestId('pairing');
  expect(await pairings.count()).toBeGreaterThanOrEqual(60);

  const dunhuang = pairings.filter({ hasText: 'Dunhuang' }).filter({ hasText: 'Novogrudok' });
  await expect(dunhuang).toHaveCount(1);
  await expect(dunhuang.locator('time')).toHaveAttribute('datetime', '2023-11-07');
  await expect(dunhuang.locator('time')).toHaveText('7 Nov 2023');
  await expect(dunhuang).toContainText('Established');
  await expect(dunhuang).toContainText('敦煌');
  const s1 = dunhuang.locator('a[href="http://www.silkroadtourcn.com/blog/434.html"]');
  await expect(s1).toHaveAccessibleName(/Sister City Agreement/);

  await expect(page.locator('#pairing-grodno-oblast--gansu time')).toHaveText('8 Jul 2007');
  await expect(page.locator('#pairing-minsk-oblast--chongqing time')).toHaveText('27 Mar 2017');
});

test('pairings are listed newest first with undated ones last', async ({ page }) => {
  await page.goto('/en');
  const dates = await page.getByTestId('pairing').evaluateAll((items) =>
    items.map((item) => item.querySelector('time')?.getAttribute('datetime') ?? null),
  );
  const dated = dates.filter((d): d is string => d !== null);
  expect(dated.length).toBeGreaterThanOrEqual(40);
  expect(dated).toEqual([...dated].sort().reverse());
  const firstUndated = dates.indexOf(null);
  // Undated pairings (if any) all come after the dated ones.
  expect(dates.slice(firstUndated >= 0 ? firstUndated : dates.length).every((d) => d === null)).toBe(true);
  expect(firstUndated === -1 ? dates.length : firstUndated).toBe(dated.length);
});

test('an unknown page answers 404 with a way back', async ({ page }) => {
  const response = await page.goto('/en/no-such-page');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('link', { name: 'Back to all pairings' })).toBeVisible();
});

test('the header marks the current section with aria-current, sub-pages included', async ({ page }) => {
  const nav = page.getByRole('navigation', { name: 'Main' });
  await page.goto('/en/timeline');
  await expect(nav.locator('[aria-current="page"]')).toHaveText(['Timeline']);
  await page.goto('/en');
  await expect(nav.locator('[aria-current="page"]')).toHaveText(['Pairings']);
  await nav.getByRole('link', { name: 'Projects' }).click();
  await expect(page).toHaveURL(/\/en\/projects$/);
  await expect(nav.locator('[aria-current="page"]')).toHaveText(['Projects']);
  await page.goto('/en/places/minsk');
  await expect(nav.locator('[aria-current="page"]')).toHaveCount(0);
});
