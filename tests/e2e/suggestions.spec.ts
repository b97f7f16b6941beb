import { expect, test } from '@playwright/test';
import { createAdmin, signIn } from './fixtures/admin';

/** lib/suggestions/form-token.ts MIN_FILL_MS (a server-only module, so not imported here). */
const MIN_FILL_MS = 3_000;
const EMAIL = 'suggestions-desk@atlas.test';
const PASSWORD = 'suggestions desk password';

test.beforeAll(() => createAdmin(EMAIL, PASSWORD));

test('a reader suggests a correction; an editor accepts it and gets the form with the proposal in it, nothing saved yet', async ({ page, browser, request }) => {
  const pairings = (await (await request.get('/api/v1/pairings?q=grodno')).json()) as { items: { slug: string; stage: string }[] };
  const pairing = pairings.items.find((p) => p.stage !== 'suspended')!;
  expect(pairing).toBeTruthy();
  const message = `The partnership was suspended in 2025 (e2e ${Date.now()}).`;
  const sourceUrl = `https://example.org/news/${Date.now()}`;

  // The reader, not signed in.
  const reader = await browser.newPage();
  await reader.goto(`/en/pairings/${pairing.slug}`);
  await reader.getByRole('link', { name: 'Suggest a correction' }).first().click();
  await expect(reader).toHaveURL(/\/en\/suggest\?/);
  await reader.getByLabel('What is wrong or new?').fill(message);
  await reader.getByLabel('Source (web address)').fill(sourceUrl);
  await reader.getByLabel('Stage (if you know it)').selectOption('suspended');
  await reader.waitForTimeout(MIN_FILL_MS + 300); // the form refuses what is sent quicker than a person types
  await reader.getByRole('button', { name: 'Send suggestion' }).click();
  const thanks = reader.getByTestId('suggestion-thanks');
  await expect(thanks).toBeVisible();
  const reference = (await thanks.textContent())!.match(/SCA-[A-Z0-9]+/)![0];
  await reader.close();

  // The editor.
  await signIn(page, EMAIL, PASSWORD);
  await page.getByRole('navigation', { name: 'Editing sections' }).getByRole('link', { name: /Suggestions/ }).click();
  await page.getByRole('link', { name: new RegExp(reference) }).click();
  await expect(page.getByTestId('suggestion-message')).toHaveText(message);
  await page.getByRole('button', { name: 'Accept and open the form' }).click();
  await expect(page).toHaveURL(/\/en\/admin\/pairings\/\d+\?suggestion=\d+$/);
  const notice = page.getByTestId('suggestion-notice');
  await expect(notice).toContainText(reference);
  await expect(notice).toContainText(message);
  await expect(page.locator('select[name="stage"]')).toHaveValue('suspended');
  await expect(page.locator(`input[value="${sourceUrl}"]`)).toHaveCount(1);

  // Accepting opened the form; the atlas changes only when the editor saves.
  const now = (await (await request.get(`/api/v1/pairings/${pairing.slug}`)).json()) as { stage: string };
  expect(now.stage).toBe(pairing.stage);
  await page.goto('/en/admin/suggestions?status=accepted');
  await expect(page.getByRole('link', { name: new RegExp(reference) })).toBeVisible();
});
