import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import Database from 'better-sqlite3';

/**
 * Issue 12, items 4, 16 and 22 as an editor does them, in Chromium against the build:
 * deleting a place in use is refused with links to what uses it; a delete asks first;
 * a deleted record's form is read-only with one Restore; the change history opens for
 * editors; an editor changes their own password and their other session ends; the
 * dashboard counts records.
 */
const ROOT = path.resolve(import.meta.dirname, '../..');
const DB_FILE = path.resolve(ROOT, (process.env.E2E_DATABASE_URL ?? 'file:./tests/.tmp/e2e.db').replace(/^file:/, ''));
const PASSWORD = 'e2e records password';

function createEditor(email: string) {
  execFileSync(path.join(ROOT, 'node_modules/.bin/tsx'), ['scripts/user-create.ts', '--email', email, '--role', 'editor', '--name', 'Records editor'], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: `file:${DB_FILE}`, ATLAS_USER_PASSWORD: PASSWORD },
    stdio: 'pipe',
  });
}

function row<T>(sql: string, ...params: unknown[]): T {
  const sqlite = new Database(DB_FILE, { readonly: true });
  try {
    return sqlite.prepare(sql).get(...params) as T;
  } finally {
    sqlite.close();
  }
}

async function signIn(page: Page, email: string, password = PASSWORD) {
  await page.goto('/en/admin/sign-in');
  await page.waitForLoadState('networkidle');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByTestId('signed-in-as')).toBeVisible();
}

test.describe.configure({ mode: 'serial' });

const email = `records-${Date.now()}@atlas.test`;
test.beforeAll(() => createEditor(email));

test('deleting a place in use is refused, naming the pairing with a link; nothing is deleted', async ({ page }) => {
  await signIn(page, email);
  const dunhuang = row<{ id: number }>(`SELECT id FROM Place WHERE slug = 'dunhuang'`);
  const pairing = row<{ id: number }>(`SELECT id FROM Pairing WHERE slug = 'novogrudok-district--dunhuang'`);
  await page.goto(`/en/admin/places/${dunhuang.id}`);
  await page.waitForLoadState('networkidle');
  await expect(page.getByTestId('public-page-link')).toHaveAttribute('href', '/en/places/dunhuang');

  await page.getByRole('button', { name: 'Delete…' }).click();
  const confirm = page.getByTestId('confirm-delete');
  await expect(confirm).toContainText('Delete this place?');
  await confirm.getByRole('button', { name: 'Yes, delete this place' }).click();

  const error = page.getByTestId('record-action-error');
  await expect(error).toContainText('still used by');
  const link = error.getByRole('link', { name: 'Novogrudok District – Dunhuang' });
  await expect(link).toHaveAttribute('href', `/en/admin/pairings/${pairing.id}`);
  expect(row<{ deletedAt: string | null }>('SELECT deletedAt FROM Place WHERE id = ?', dunhuang.id).deletedAt).toBeNull();
  await page.goto('/en/pairings/novogrudok-district--dunhuang');
  await expect(page.getByRole('link', { name: /Dunhuang/ }).first()).toBeVisible();
});

test('a deleted agreement: asked first, then read-only with one Restore and no public link; Restore makes it editable', async ({ page }) => {
  await signIn(page, email);
  const agreement = row<{ id: number; title: string }>(
    `SELECT a.id, a.title FROM Agreement a JOIN Pairing p ON p.id = a.pairingId WHERE p.slug = 'novogrudok-district--dunhuang' AND a.deletedAt IS NULL ORDER BY a.id LIMIT 1`,
  );
  await page.goto(`/en/admin/agreements/${agreement.id}`);
  await page.waitForLoadState('networkidle');
  await expect(page.getByTestId('public-page-link')).toHaveAttribute('href', `/en/pairings/novogrudok-district--dunhuang#agreement-${agreement.id}`);

  // Cancel leaves it alone.
  await page.getByRole('button', { name: 'Delete…' }).click();
  await page.getByTestId('confirm-delete').getByRole('button', { name: 'Cancel' }).click();
  expect(row<{ deletedAt: string | null }>('SELECT deletedAt FROM Agreement WHERE id = ?', agreement.id).deletedAt).toBeNull();

  await page.getByRole('button', { name: 'Delete…' }).click();
  await page.getByRole('button', { name: 'Yes, delete this agreement' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Deleted' })).toBeVisible();
  await expect(page.getByTestId('deleted-notice')).toBeVisible();
  const actions = page.getByTestId('record-actions');
  await expect(actions.getByRole('button')).toHaveCount(1);
  await expect(actions.getByRole('button')).toHaveText('Restore');
  await expect(page.getByRole('button', { name: 'Undo' })).toHaveCount(0);
  await expect(page.getByTestId('no-public-page')).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Title' })).toBeDisabled();

  await actions.getByRole('button', { name: 'Restore' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Restored' })).toBeVisible();
  await expect(page.getByTestId('deleted-notice')).toHaveCount(0);
  await expect(page.getByRole('textbox', { name: 'Title' })).toBeEnabled();
  await expect(page.getByRole('textbox', { name: 'Title' })).toHaveValue(agreement.title);
  expect(row<{ deletedAt: string | null }>('SELECT deletedAt FROM Agreement WHERE id = ?', agreement.id).deletedAt).toBeNull();
});

test('an editor opens the change history of a record (no "Only admins") and sees counts on the dashboard', async ({ page }) => {
  await signIn(page, email);
  await page.goto('/en/admin');
  const pairings = row<{ n: number }>('SELECT count(*) n FROM Pairing WHERE deletedAt IS NULL').n;
  await expect(page.getByTestId('count-pairings')).toContainText(`${pairings} pairings`);
  const agreement = row<{ id: number }>(`SELECT id FROM Agreement WHERE deletedAt IS NULL ORDER BY id LIMIT 1`);
  await page.goto(`/en/admin/agreements/${agreement.id}`);
  await page.getByRole('link', { name: 'Change history' }).click();
  await expect(page).toHaveURL(/\/en\/admin\/audit\?entity=agreement&record=\d+/);
  await expect(page.getByText('Only admins')).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Audit log');
});

test('an editor changes their own password: the current one is required, their other session ends', async ({ page, browser }) => {
  await signIn(page, email);
  const other = await (await browser.newContext()).newPage();
  await signIn(other, email);

  await page.getByTestId('account-link').click();
  await expect(page).toHaveURL(/\/en\/admin\/account$/);
  await page.waitForLoadState('networkidle');
  const form = page.getByTestId('password-form');
  await form.getByLabel('Current password').fill('not the password');
  await form.getByLabel('New password', { exact: true }).fill('a fresh e2e password');
  await form.getByLabel('New password again').fill('a fresh e2e password');
  await form.getByRole('button', { name: 'Change password' }).click();
  await expect(form.getByTestId('field-error')).toHaveText('This is not your current password');

  await form.getByLabel('Current password').fill(PASSWORD);
  await form.getByRole('button', { name: 'Change password' }).click();
  await expect(form.getByRole('status')).toHaveText('Password changed. Your other sessions have ended.');

  await page.goto('/en/admin');
  await expect(page.getByTestId('signed-in-as')).toBeVisible();
  await other.goto('/en/admin');
  await expect(other).toHaveURL(/\/en\/admin\/sign-in/);
  await signIn(other, email, 'a fresh e2e password');
  await other.context().close();
});
