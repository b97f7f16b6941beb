import { expect, test } from '@playwright/test';
import Database from 'better-sqlite3';
import { createAdmin, DB_FILE, signIn } from './fixtures/admin';

/**
 * The public readers are cached across requests (lib/cache/read-cache.ts). A change
 * must still show on the very next request: an editor's save through the admin form,
 * and a write from outside the app (a CLI, a restore) straight into the database.
 * Each page is read twice first, so a stale cache entry exists when the change lands.
 */
const EMAIL = 'cache-admin@atlas.test';
const PASSWORD = 'cache freshness admin password';
const SLUG = 'minsk--qingdao';

function pairingId(): number {
  const sqlite = new Database(DB_FILE, { readonly: true });
  try {
    return (sqlite.prepare('SELECT id FROM Pairing WHERE slug = ?').get(SLUG) as { id: number }).id;
  } finally {
    sqlite.close();
  }
}

test.describe.configure({ mode: 'serial' });
test.beforeAll(() => createAdmin(EMAIL, PASSWORD));

test("an editor's save shows on the next request to the public page, the map panel and the API", async ({ page, browser, request }) => {
  const summary = `Summary saved at ${Date.now()} by the cache test.`;
  for (let i = 0; i < 2; i++) {
    expect((await request.get(`/en/pairings/${SLUG}`)).ok()).toBe(true);
    expect((await request.get(`/api/v1/pairings/${SLUG}`)).ok()).toBe(true);
    expect((await request.get(`/en?pairing=${SLUG}`)).ok()).toBe(true);
  }
  expect(await (await request.get(`/en/pairings/${SLUG}`)).text()).not.toContain(summary);

  const context = await browser.newContext();
  const editor = await context.newPage();
  await signIn(editor, EMAIL, PASSWORD);
  await editor.goto(`/en/admin/pairings/${pairingId()}`);
  await editor.getByLabel('Summary').fill(summary);
  await editor.getByRole('button', { name: 'Save changes' }).click();
  await expect(editor.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();
  await context.close();

  await page.goto(`/en/pairings/${SLUG}`);
  await expect(page.getByText(summary)).toBeVisible();
  await page.goto(`/en?pairing=${SLUG}`);
  await expect(page.getByText(summary)).toBeVisible();
  const api = (await (await request.get(`/api/v1/pairings/${SLUG}`)).json()) as { summary: string | null };
  expect(api.summary).toBe(summary);
});

test('a write from outside the app shows on the next request', async ({ page, request }) => {
  const summary = `Summary written by another process at ${Date.now()}.`;
  for (let i = 0; i < 2; i++) expect((await request.get(`/en/pairings/${SLUG}`)).ok()).toBe(true);
  const sqlite = new Database(DB_FILE);
  try {
    sqlite.prepare('UPDATE Pairing SET summary = ? WHERE slug = ?').run(summary, SLUG);
  } finally {
    sqlite.close();
  }
  await page.goto(`/en/pairings/${SLUG}`);
  await expect(page.getByText(summary)).toBeVisible();
});
