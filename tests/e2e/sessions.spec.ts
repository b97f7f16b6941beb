import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Browser, type Page } from '@playwright/test';
import Database from 'better-sqlite3';

/**
 * Issue 8, sessions and "authorise where data is read", in Chromium against the build:
 * a cookie copied before sign-out is refused after it; a disabled editor's cookie gets
 * the sign-in page on every admin page (enumerated from the file system), including by
 * client-side navigation from a tab that was already open.
 */
const ROOT = path.resolve(import.meta.dirname, '../..');
const DB_FILE = path.resolve(ROOT, (process.env.E2E_DATABASE_URL ?? 'file:./tests/.tmp/e2e.db').replace(/^file:/, ''));
const PASSWORD = 'e2e session password';
const PAGES_DIR = path.join(ROOT, 'app/[locale]/admin/(editor)');
const TABLE_OF: Record<string, string> = {
  agreements: 'Agreement',
  audit: 'AuditEvent',
  pairings: 'Pairing',
  places: 'Place',
  projects: 'Project',
  sources: 'Source',
  suggestions: 'Suggestion',
  trade: 'TradeFigure',
};

function createEditor(email: string) {
  execFileSync(path.join(ROOT, 'node_modules/.bin/tsx'), ['scripts/user-create.ts', '--email', email, '--role', 'editor', '--name', 'Session test'], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: `file:${DB_FILE}`, ATLAS_USER_PASSWORD: PASSWORD },
    stdio: 'pipe',
  });
}

function withDb<T>(work: (sqlite: Database.Database) => T): T {
  const sqlite = new Database(DB_FILE);
  try {
    return work(sqlite);
  } finally {
    sqlite.close();
  }
}

/** Every admin route, from app/[locale]/admin/(editor)/**\/page.tsx, with [id] taken from the seeded rows. */
function adminRoutes(): string[] {
  const pages = readdirSync(PAGES_DIR, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('page.tsx'));
  return pages.map((file) => {
    const dir = path.dirname(file) === '.' ? '' : `/${path.dirname(file)}`;
    const section = dir.split('/')[1] ?? '';
    const id = dir.includes('[id]')
      ? (withDb((sqlite) => sqlite.prepare(`SELECT min(id) AS id FROM "${TABLE_OF[section]}"`).get() as { id: number | null }).id ?? 1)
      : null;
    return `/en/admin${dir.replace('[id]', String(id))}`;
  });
}

async function signIn(page: Page, email: string) {
  await page.goto('/en/admin/sign-in');
  await page.waitForLoadState('networkidle');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByTestId('signed-in-as')).toBeVisible();
}

async function contextWithCookies(browser: Browser, cookies: Awaited<ReturnType<import('@playwright/test').BrowserContext['cookies']>>) {
  const context = await browser.newContext();
  await context.addCookies(cookies);
  return context;
}

test.describe.configure({ mode: 'serial' });

test('a session cookie copied before sign-out is refused after it (pages and API)', async ({ page, browser }) => {
  const email = `replay-${Date.now()}@atlas.test`;
  createEditor(email);
  await signIn(page, email);
  const copied = await page.context().cookies();
  expect(copied.find((cookie) => cookie.name === 'atlas_session')).toBeDefined();
  // The copy works while the session is live …
  const before = await contextWithCookies(browser, copied);
  const live = await before.newPage();
  await live.goto('/en/admin/places');
  await expect(live.getByTestId('signed-in-as')).toBeVisible();
  await before.close();

  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/en\/admin\/sign-in/);

  // … and not once the owner has signed out.
  const replay = await contextWithCookies(browser, copied);
  const replayed = await replay.newPage();
  await replayed.goto('/en/admin/places');
  await expect(replayed).toHaveURL(/\/en\/admin\/sign-in\?next=/);
  const api = await replay.request.get('/api/admin/places?q=Minsk');
  expect(api.status()).toBe(401);
  await replay.close();
});

test('a disabled editor is sent to sign-in from every admin page, also from an open tab', async ({ page }) => {
  const email = `disabled-${Date.now()}@atlas.test`;
  createEditor(email);
  await signIn(page, email);
  await page.goto('/en/admin');
  await expect(page.getByTestId('signed-in-as')).toBeVisible();

  withDb((sqlite) => sqlite.prepare('UPDATE "User" SET "disabledAt" = ? WHERE "email" = ?').run(new Date().toISOString(), email));

  // The tab that was already open navigates client-side (the layout does not re-run).
  await page.getByRole('navigation').getByRole('link', { name: 'Places' }).click();
  await expect(page).toHaveURL(/\/en\/admin\/sign-in\?next=/);

  const routes = adminRoutes();
  expect(routes.length).toBeGreaterThanOrEqual(20);
  for (const route of routes) {
    await page.goto(route);
    await expect(page, route).toHaveURL(/\/en\/admin\/sign-in\?next=/);
  }
});
