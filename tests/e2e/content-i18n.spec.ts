import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import Database from 'better-sqlite3';

/**
 * Content in the reader's language (issue 11): seeded translations on the pairing page,
 * the visible English fallback where a text is not translated, the meta description in
 * the page's language, and validation errors in the editor's language.
 */
const ROOT = path.resolve(import.meta.dirname, '../..');
const DB_FILE = path.resolve(ROOT, (process.env.E2E_DATABASE_URL ?? 'file:./tests/.tmp/e2e.db').replace(/^file:/, ''));
const EDITOR = 'content-editor@atlas.test';
const PASSWORD = 'e2e content editor password';
const PAIRING = 'novogrudok-district--dunhuang';

function write(sql: string, ...params: unknown[]) {
  const sqlite = new Database(DB_FILE);
  try {
    return sqlite.prepare(sql).run(...params);
  } finally {
    sqlite.close();
  }
}

test('a /zh pairing page reads its summary and agreement titles in Chinese, with the summary as meta description', async ({ page }) => {
  await page.goto(`/zh/pairings/${PAIRING}`);
  const summary = page.locator('header p').filter({ hasText: '敦煌' }).first();
  await expect(summary).toContainText('2023年11月7日');
  await expect(summary).not.toHaveAttribute('data-fallback-lang');
  await expect(page.getByTestId('pairing-agreements')).toContainText('签署友好城市协议');
  await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /^新格鲁多克区（格罗德诺州）与甘肃省敦煌市正式结为友好城市/);
  await expect(page.locator('meta[property="og:description"]')).toHaveAttribute('content', /敦煌/);
});

test('a record without a translation shows the English text, marked "in English", with lang="en"', async ({ page }) => {
  const slug = 'minsk--beijing';
  const before = write('UPDATE Pairing SET summaryRu = NULL WHERE slug = ?', slug);
  expect(before.changes).toBe(1);
  try {
    await page.goto(`/ru/pairings/${slug}`);
    const fallback = page.locator('header [data-fallback-lang="en"]');
    await expect(fallback).toHaveAttribute('lang', 'en');
    await expect(fallback).toContainText('Formal twinning (sister-city) relation between Minsk and Beijing');
    await expect(fallback.locator('[lang="ru"]')).toHaveText('на английском');
    // A translated text on the same page carries no marker.
    await expect(page.getByTestId('pairing-agreements')).toContainText('Подписан протокол о намерениях');
  } finally {
    const ru = JSON.parse(execFileSync('node', ['-e', `process.stdout.write(JSON.stringify(require('./prisma/seed/data/translations/ru.json').pairings['${slug}'].summary))`], { cwd: ROOT }).toString());
    write('UPDATE Pairing SET summaryRu = ? WHERE slug = ?', ru, slug);
  }
});

test('an editor sees validation errors in Russian', async ({ page }) => {
  try {
    execFileSync(path.join(ROOT, 'node_modules/.bin/tsx'), ['scripts/user-create.ts', '--email', EDITOR, '--role', 'editor', '--name', 'content'], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: `file:${DB_FILE}`, ATLAS_USER_PASSWORD: PASSWORD },
      stdio: 'pipe',
    });
  } catch (error) {
    if (!String((error as { stderr?: Buffer }).stderr).includes('already has an account')) throw error;
  }
  await page.goto('/en/admin/agreements/new');
  await page.waitForLoadState('networkidle');
  await page.getByLabel('Email').fill(EDITOR);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/en\/admin\/agreements\/new$/);

  await page.goto('/ru/admin/agreements/new');
  await page.waitForLoadState('networkidle');
  const form = page.getByTestId('agreement-form');
  await form.locator('button[type="submit"]').click();
  // The form checks in the browser with the same schema (Conform): each field says what is wrong.
  const errors = form.getByTestId('field-error');
  // The agreement's title and the new source's title are both required.
  await expect(errors.filter({ hasText: 'Заголовок: обязательное поле' })).toHaveCount(2);
  await expect(errors.filter({ hasText: 'Выберите пару побратимов' })).toHaveCount(1);
  await expect(form).not.toContainText('is required');
});
