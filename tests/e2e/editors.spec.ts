import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Browser, type Page } from '@playwright/test';
import Database from 'better-sqlite3';
import { SAVED } from './fixtures/admin';

/**
 * The editors' journey (issue 5): sign in, add Slutsk District – Wuwei (Gansu) with
 * both places created inline, see it on the public side; a second editor's stale save
 * is refused; anonymous writes are refused and change nothing. Slutsk and Wuwei are
 * test data here (not in the seed).
 */
const ROOT = path.resolve(import.meta.dirname, '../..');
const DB_FILE = path.resolve(ROOT, (process.env.E2E_DATABASE_URL ?? 'file:./tests/.tmp/e2e.db').replace(/^file:/, ''));
const PASSWORD = 'e2e editor password';
const EDITORS = ['editor-one@atlas.test', 'editor-two@atlas.test'];

function createUser(email: string) {
  try {
    execFileSync(path.join(ROOT, 'node_modules/.bin/tsx'), ['scripts/user-create.ts', '--email', email, '--role', 'editor', '--name', email.split('@')[0]!], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: `file:${DB_FILE}`, ATLAS_USER_PASSWORD: PASSWORD },
      stdio: 'pipe',
    });
  } catch (error) {
    if (!String((error as { stderr?: Buffer }).stderr).includes('already has an account')) throw error;
  }
}

function query<T>(sql: string, ...params: unknown[]): T[] {
  const sqlite = new Database(DB_FILE, { readonly: true });
  try {
    return sqlite.prepare(sql).all(...params) as T[];
  } finally {
    sqlite.close();
  }
}

function counts() {
  return query<Record<string, number>>(
    'SELECT (SELECT count(*) FROM Pairing) p, (SELECT count(*) FROM Place) pl, (SELECT count(*) FROM Agreement) a, (SELECT count(*) FROM Source) s, (SELECT count(*) FROM AuditEvent) e, (SELECT max(updatedAt) FROM Pairing) u',
  )[0];
}

async function signIn(page: Page, email: string) {
  await page.goto('/en/admin/pairings/new');
  await expect(page).toHaveURL(/\/en\/admin\/sign-in\?next=/);
  await page.waitForLoadState('networkidle');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/en\/admin\/pairings\/new$/);
  await expect(page.getByTestId('signed-in-as')).toContainText('editor');
}

async function editorPage(browser: Browser, email: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, email);
  return page;
}

test.describe.configure({ mode: 'serial' });

test.beforeAll(() => EDITORS.forEach(createUser));

test('an editor adds Slutsk District – Wuwei (Gansu) with both places created inline, and readers see it', async ({ page }) => {
  await signIn(page, EDITORS[0]!);
  await page.waitForLoadState('networkidle');

  const partners = page.getByRole('region', { name: 'Partners' });
  await partners.getByLabel('Belarusian partner').fill('Slutsk District');
  await page.getByRole('option', { name: /Create “Slutsk District” as a new place/ }).click();
  const slutsk = page.getByTestId('by-new-place');
  await expect(slutsk.getByLabel('Name in English')).toHaveValue('Slutsk District');
  await slutsk.getByLabel('Name in Russian').fill('Слуцкий район');
  await slutsk.getByLabel('Level').selectOption({ label: 'District' });
  await slutsk.getByLabel('Region it lies in').selectOption({ label: 'Minsk Oblast' });
  await slutsk.getByLabel('Latitude').fill('53.02');
  await slutsk.getByLabel('Longitude').fill('27.56');

  await partners.getByLabel('Chinese partner').fill('Wuwei');
  await page.getByRole('option', { name: /Create “Wuwei” as a new place/ }).click();
  const wuwei = page.getByTestId('cn-new-place');
  await wuwei.getByLabel('Name in Chinese').fill('武威市');
  await wuwei.getByLabel('Level').selectOption({ label: 'Prefecture-level city' });
  await wuwei.getByLabel('Region it lies in').selectOption({ label: 'Gansu' });
  // Coordinates by clicking the small map: any click inside China sets both fields.
  await wuwei.locator('.leaflet-container').click({ position: { x: 150, y: 100 } });
  await expect(wuwei.getByLabel('Latitude')).not.toHaveValue('');
  await wuwei.getByLabel('Latitude').fill('37.93');
  await wuwei.getByLabel('Longitude').fill('102.64');

  const relationship = page.getByRole('region', { name: 'Relationship' });
  await relationship.getByRole('combobox', { name: 'Type', exact: true }).selectOption({ label: 'Friendship city' });
  await relationship.getByRole('combobox', { name: 'Stage', exact: true }).selectOption({ label: 'In contact' });
  await relationship.getByText('Culture', { exact: true }).click();

  const agreement = page.getByRole('region', { name: 'First agreement or event' });
  await agreement.getByLabel('Kind').selectOption({ label: 'Visit' });
  await agreement.getByLabel('Title').fill('Delegation of Slutsk District visits Wuwei');
  await agreement.getByRole('radio', { name: 'Month' }).click();
  await agreement.getByRole('textbox', { name: 'Year' }).fill('2019');
  await agreement.getByRole('combobox', { name: 'Month' }).selectOption({ label: 'September' });

  // A bad source URL is refused in the browser, next to the field, keeping what was typed.
  const sources = page.getByRole('region', { name: 'Sources' });
  await sources.getByLabel('URL').fill('not a web address');
  await sources.getByLabel('Title').fill('Slutsk–Wuwei contacts (test data)');
  await page.getByRole('button', { name: 'Create pairing' }).click();
  await expect(sources.getByTestId('field-error')).toContainText('http');
  await expect(agreement.getByLabel('Title')).toHaveValue('Delegation of Slutsk District visits Wuwei');

  await sources.getByLabel('URL').fill('https://example.org/test-data/slutsk-wuwei');
  await sources.getByLabel('Publisher').fill('Test data');
  await page.getByRole('button', { name: 'Create pairing' }).click();

  await expect(page).toHaveURL(/\/en\/admin\/pairings\/\d+\?created=1$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Slutsk District – Wuwei');
  await expect(page.getByTestId('created-notice')).toBeVisible();

  // The database holds exactly what was entered.
  const [row] = query<{ stage: string; type: string; date: string; precision: string; kind: string; region: string }>(
    `SELECT p.stage, p.type, a.date, a.datePrecision precision, a.kind, r.nameEn region
       FROM Pairing p JOIN Place b ON b.id = p.byPlaceId JOIN Place c ON c.id = p.cnPlaceId
       JOIN Agreement a ON a.pairingId = p.id JOIN Place r ON r.id = c.regionId
      WHERE b.nameEn = 'Slutsk District' AND c.nameEn = 'Wuwei'`,
  );
  expect(row).toEqual({ stage: 'in_contact', type: 'friendship_city', date: '2019-09', precision: 'month', kind: 'visit', region: 'Gansu' });

  // Readers see it at once: the home page list …
  await page.goto('/en');
  const listed = page.getByTestId('pairing').filter({ hasText: 'Slutsk District' }).filter({ hasText: 'Wuwei' });
  await expect(listed).toHaveCount(1);
  await expect(listed).toContainText('In contact');
  await expect(listed).toContainText('武威市');

  // … the map's side panel, with the visit dated to the month …
  await page.goto('/en?pairing=slutsk-district--wuwei');
  const panel = page.getByTestId('side-panel');
  await expect(panel).toContainText('Slutsk District');
  await expect(panel.getByTestId('milestone').locator('time')).toHaveAttribute('datetime', '2019-09');
  await expect(panel.getByTestId('milestone')).toContainText('September 2019');

  // … agreement search, by any spelling of a partner …
  await page.goto('/en/agreements?q=Слуцкий');
  await expect(page.getByRole('main')).toContainText('Delegation of Slutsk District visits Wuwei');

  // … and the public API.
  const api = await page.request.get('/api/v1/pairings?q=Slutsk');
  expect(api.status()).toBe(200);
  expect(await api.text()).toContain('slutsk-district--wuwei');
});

test('a second editor saving a stale copy gets the conflict message and overwrites nothing', async ({ browser }) => {
  const [{ id }] = query<{ id: number }>("SELECT p.id FROM Pairing p JOIN Place b ON b.id = p.byPlaceId WHERE b.nameEn = 'Slutsk District'");
  const first = await editorPage(browser, EDITORS[0]!);
  const second = await editorPage(browser, EDITORS[1]!);
  await first.goto(`/en/admin/pairings/${id}`);
  await second.goto(`/en/admin/pairings/${id}`);
  await second.waitForLoadState('networkidle');

  await first.getByRole('combobox', { name: 'Stage', exact: true }).selectOption({ label: 'Letter of intent' });
  await first.getByRole('button', { name: 'Save changes' }).click();
  await expect(first.getByRole('status').filter({ hasText: SAVED })).toBeVisible();

  await second.getByLabel('Summary').fill('Summary typed by the second editor');
  await second.getByRole('button', { name: 'Save changes' }).click();
  const conflict = second.getByTestId('conflict');
  await expect(conflict).toContainText('was changed by editor-one');
  await expect(conflict).toContainText('stage');
  await expect(conflict).toContainText('letter_of_intent');
  await expect(second.getByLabel('Summary')).toHaveValue('Summary typed by the second editor');

  const [row] = query<{ stage: string; summary: string | null }>('SELECT stage, summary FROM Pairing WHERE id = ?', id);
  expect(row).toEqual({ stage: 'letter_of_intent', summary: null });
  await first.context().close();
  await second.context().close();
});

test('anonymous POSTs to every write endpoint are refused and change nothing', async ({ request }) => {
  const before = counts();

  // Route handlers that write.
  const csv = 'by_place,cn_place,type,stage,source_url,source_title\nMinsk,Beijing,sister_city,established,https://example.org/x,X\n';
  for (const url of ['/api/admin/import?mode=commit', '/api/admin/import?mode=preview']) {
    const response = await request.post(url, { data: csv, headers: { 'content-type': 'text/csv' } });
    expect(response.status(), url).toBe(401);
  }

  // Every server action of the build, posted the way React posts them. Without a
  // session cookie the proxy already turns them away; with a forged cookie they
  // reach the action, whose own check refuses them.
  const manifest = JSON.parse(readFileSync(path.join(ROOT, '.next/server/server-reference-manifest.json'), 'utf8')) as {
    node: Record<string, { workers: Record<string, unknown>; exportedName: string; filename: string }>;
  };
  const actions = Object.entries(manifest.node);
  expect(actions.length).toBeGreaterThanOrEqual(15);
  for (const [actionId, action] of actions) {
    // The one action anyone may call: a reader's suggestion writes a Suggestion row and
    // nothing of the atlas (tests/e2e/suggestions.spec.ts; counts() below stay the same).
    if (action.exportedName === 'submitSuggestionAction') continue;
    const worker = Object.keys(action.workers)[0]!;
    const pagePath = worker
      .replace(/^app\/\[locale\]/, '/en')
      .replace(/\/\([^)]+\)/g, '')
      .replace(/\/page$/, '')
      .replace(/\[id\]/g, '1');
    const body = JSON.stringify([{ id: 1, version: 1, entityType: 'pairing', eventId: 1, email: 'x@atlas.test', name: 'X', role: 'admin', password: 'long enough password', disabled: false }]);
    const headers = { 'next-action': actionId, 'content-type': 'text/plain;charset=UTF-8', accept: 'text/x-component' };
    const anonymous = await request.post(pagePath, { data: body, headers, maxRedirects: 0 });
    expect([303, 307, 401, 403], `${action.exportedName} without cookie`).toContain(anonymous.status());
    const forged = await request.post(pagePath, { data: body, headers: { ...headers, cookie: 'atlas_session=forged' }, maxRedirects: 0 });
    const text = await forged.text();
    expect(text, `${action.filename}#${action.exportedName} with a forged cookie`).toMatch(/"status":40[13]/);
  }

  expect(counts()).toEqual(before);
});
