import { expect, test } from '@playwright/test';
import { createAdmin, signIn } from './fixtures/admin';

const EMAIL = 'quality-desk@atlas.test';
const PASSWORD = 'quality desk password';

test.beforeAll(() => createAdmin(EMAIL, PASSWORD));

test('an editor works the data-quality desk: counts equal the JSON, each row opens its edit form', async ({ page, request }) => {
  expect((await request.get('/api/admin/quality')).status()).toBe(401);
  await signIn(page, EMAIL, PASSWORD);
  await page.getByRole('navigation', { name: 'Editing sections' }).getByRole('link', { name: 'Data quality' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Data quality' })).toBeVisible();
  const json = (await (await page.request.get('/api/admin/quality')).json()) as { checks: { id: string; count: number; items: { href: string }[] }[] };
  expect(json.checks.length).toBe(6);
  for (const check of json.checks) await expect(page.getByTestId(`quality-count-${check.id}`)).toHaveText(String(check.count));
  const undated = json.checks.find((c) => c.id === 'undated-pairings')!;
  expect(undated.count).toBeGreaterThan(0);
  await page.getByTestId('quality-list-undated-pairings').getByRole('link').first().click();
  await expect(page).toHaveURL(new RegExp(`/en${undated.items[0].href}$`));
});
