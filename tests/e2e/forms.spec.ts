import { expect, test, type Browser, type Page } from '@playwright/test';
import Database from 'better-sqlite3';
import { createAdmin, DB_FILE, SAVED, signIn } from './fixtures/admin';

/**
 * The admin forms as an editor uses them (issue 12, items 11, 14, 15, 22; issue 9
 * "forms on a library"): partial dates keep what was typed in any order and refuse an
 * unfilled precision, leaving a form with unsaved changes asks first, a conflict shows
 * the editor's value beside the other editor's and can be re-applied on top of the
 * latest version, the pairing picker finds a pairing by any spelling from the keyboard,
 * the trade form asks no months for a whole year, and a form works without JavaScript.
 */
const EMAIL = 'forms-admin@atlas.test';
const PASSWORD = 'forms admin password 1';

function query<T>(sql: string, ...params: unknown[]): T[] {
  const sqlite = new Database(DB_FILE, { readonly: true });
  try {
    return sqlite.prepare(sql).all(...params) as T[];
  } finally {
    sqlite.close();
  }
}

async function signedIn(browser: Browser, options: { javaScriptEnabled?: boolean } = {}) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, EMAIL, PASSWORD);
  if (options.javaScriptEnabled === false) {
    const state = await context.storageState();
    await context.close();
    const noJs = await browser.newContext({ javaScriptEnabled: false, storageState: state });
    return noJs.newPage();
  }
  return page;
}

/** A new source through the form; returns its id. */
async function newSource(page: Page, title: string) {
  await page.goto('/en/admin/sources/new');
  await page.waitForLoadState('networkidle');
  const form = page.getByTestId('source-form');
  await form.getByLabel('URL').fill(`https://example.org/forms-e2e/${encodeURIComponent(title)}`);
  await form.getByLabel('Title').fill(title);
  return form;
}

test.describe.configure({ mode: 'serial' });
test.beforeAll(() => createAdmin(EMAIL, PASSWORD));

test('a partial date keeps a day typed before the month, and saves the full date', async ({ browser }) => {
  const page = await signedIn(browser);
  const form = await newSource(page, 'Typed day first');
  const date = form.getByRole('group', { name: 'Published' });
  await date.getByRole('radio', { name: 'Day' }).check();
  // Day first, then the year, then the month: nothing typed may be lost.
  await date.getByRole('textbox', { name: 'Day' }).fill('14');
  await date.getByRole('textbox', { name: 'Year' }).fill('2019');
  await date.getByRole('combobox', { name: 'Month' }).selectOption({ label: 'September' });
  await expect(date.getByRole('textbox', { name: 'Day' })).toHaveValue('14');
  await page.getByRole('button', { name: 'Create source' }).click();
  await expect(page).toHaveURL(/\/en\/admin\/sources\/\d+\?created=1$/);
  const [row] = query<{ publishedDate: string; publishedPrecision: string }>("SELECT publishedDate, publishedPrecision FROM Source WHERE title = 'Typed day first'");
  expect(row).toEqual({ publishedDate: '2019-09-14', publishedPrecision: 'day' });
  await page.context().close();
});

test('"Month" without a month, and 30 February, are refused with a clear message; nothing is saved', async ({ browser }) => {
  const page = await signedIn(browser);
  const form = await newSource(page, 'Unfilled month');
  const date = form.getByRole('group', { name: 'Published' });
  await date.getByRole('radio', { name: 'Month' }).check();
  await date.getByRole('textbox', { name: 'Year' }).fill('2019');
  await page.getByRole('button', { name: 'Create source' }).click();
  await expect(date.getByTestId('field-error')).toHaveText(/Choose the month/);
  // The error is the fieldset's description, so a screen reader hears it with the field.
  const errorId = await date.getByTestId('field-error').getAttribute('id');
  await expect(date).toHaveAttribute('aria-describedby', errorId!);
  await expect(page).toHaveURL(/\/sources\/new$/);

  await date.getByRole('radio', { name: 'Day' }).check();
  await date.getByRole('textbox', { name: 'Year' }).fill('2023');
  await date.getByRole('combobox', { name: 'Month' }).selectOption({ label: 'February' });
  await date.getByRole('textbox', { name: 'Day' }).fill('30');
  await page.getByRole('button', { name: 'Create source' }).click();
  await expect(date.getByTestId('field-error')).toHaveText('February 2023 has 28 days');
  expect(query("SELECT id FROM Source WHERE title = 'Unfilled month'")).toEqual([]);
  await page.context().close();
});

test('leaving a form with unsaved changes asks first; an untouched form does not', async ({ browser }) => {
  const page = await signedIn(browser);
  // An untouched edit form (the richest one) lets the editor go without a question.
  const [{ id }] = query<{ id: number }>("SELECT p.id FROM Pairing p WHERE p.slug = 'baranovichi--chibi'");
  await page.goto(`/en/admin/pairings/${id}`);
  await page.waitForLoadState('networkidle');
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.type());
    void dialog.dismiss();
  });
  await page.getByRole('navigation').getByRole('link', { name: 'Sources' }).first().click();
  await expect(page).toHaveURL(/\/en\/admin\/sources$/);
  expect(dialogs).toEqual([]);

  await newSource(page, 'Never saved');
  await page.getByRole('navigation').getByRole('link', { name: 'Places' }).first().click();
  await expect.poll(() => dialogs).toEqual(['confirm']);
  // Dismissed: still here, with what was typed.
  await expect(page).toHaveURL(/\/en\/admin\/sources\/new$/);
  await expect(page.getByTestId('source-form').getByLabel('Title')).toHaveValue('Never saved');

  // Closing or reloading the tab gets the browser's own prompt.
  await page.close({ runBeforeUnload: true });
  await expect.poll(() => dialogs).toEqual(['confirm', 'beforeunload']);
  await page.context().close();
});

test('a saved edit says "Saved" and lets the editor leave without asking', async ({ browser }) => {
  const page = await signedIn(browser);
  await newSource(page, 'Saved then left');
  await page.getByRole('button', { name: 'Create source' }).click();
  await expect(page).toHaveURL(/\/sources\/\d+\?created=1$/);
  const id = Number(/sources\/(\d+)/.exec(page.url())![1]);
  await page.goto(`/en/admin/sources/${id}`);
  await page.waitForLoadState('networkidle');
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.type());
    void dialog.dismiss();
  });

  await page.getByLabel('Publisher').fill('Publisher of a saved edit');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('status').filter({ hasText: SAVED })).toBeVisible();
  await expect(page.getByLabel('Publisher')).toHaveValue('Publisher of a saved edit');
  expect(query('SELECT publisher, version FROM Source WHERE id = ?', id)[0]).toEqual({ publisher: 'Publisher of a saved edit', version: 2 });
  // Everything is saved: leaving asks nothing (React's own hidden form inputs are no edit).
  await page.getByRole('navigation').getByRole('link', { name: 'Places' }).first().click();
  await expect(page).toHaveURL(/\/en\/admin\/places$/);
  expect(dialogs).toEqual([]);
  await page.context().close();
});

test('a conflict shows your value beside theirs, and "reload and re-apply" saves yours on top of theirs', async ({ browser }) => {
  const setup = await signedIn(browser);
  await newSource(setup, 'Conflict source');
  await setup.getByRole('button', { name: 'Create source' }).click();
  await expect(setup).toHaveURL(/\/sources\/\d+\?created=1$/);
  const id = Number(/sources\/(\d+)/.exec(setup.url())![1]);
  await setup.context().close();

  const first = await signedIn(browser);
  const second = await signedIn(browser);
  await first.goto(`/en/admin/sources/${id}`);
  await second.goto(`/en/admin/sources/${id}`);
  await second.waitForLoadState('networkidle');

  await first.getByLabel('Title').fill('Title saved by the first editor');
  await first.getByLabel('Notes').fill('Notes only the first editor wrote');
  await first.getByRole('button', { name: 'Save changes' }).click();
  await expect(first.getByRole('status').filter({ hasText: SAVED })).toBeVisible();

  await second.getByLabel('Title').fill('Title typed by the second editor');
  await second.getByLabel('Publisher').fill('Publisher typed by the second editor');
  await second.getByRole('button', { name: 'Save changes' }).click();
  const conflict = second.getByTestId('conflict');
  await expect(conflict).toBeVisible();
  const titleRow = conflict.getByRole('row').filter({ hasText: 'title' });
  await expect(titleRow.getByTestId('conflict-theirs')).toHaveText('Title saved by the first editor');
  await expect(titleRow.getByTestId('conflict-yours')).toHaveText('Title typed by the second editor');
  // When: a date with the month spelled out and the zone named, plus a machine-readable time.
  await expect(conflict.getByTestId('conflict-by')).toContainText(/\d{4}.*UTC/);
  await expect(conflict.getByTestId('conflict-by').locator('time')).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}T/);
  expect(query<{ title: string }>('SELECT title FROM Source WHERE id = ?', id)[0]!.title).toBe('Title saved by the first editor');

  await conflict.getByRole('button', { name: 'Reload and re-apply my changes' }).click();
  await expect(second.getByTestId('reapplied')).toBeVisible();
  await expect(second.getByLabel('Title')).toHaveValue('Title typed by the second editor');
  await expect(second.getByLabel('Publisher')).toHaveValue('Publisher typed by the second editor');
  // What the first editor changed and the second did not is kept.
  await expect(second.getByLabel('Notes')).toHaveValue('Notes only the first editor wrote');
  await second.getByRole('button', { name: 'Save changes' }).click();
  await expect(second.getByRole('status').filter({ hasText: SAVED })).toBeVisible();
  expect(query('SELECT title, publisher, notes FROM Source WHERE id = ?', id)[0]).toEqual({
    title: 'Title typed by the second editor',
    publisher: 'Publisher typed by the second editor',
    notes: 'Notes only the first editor wrote',
  });
  await first.context().close();
  await second.context().close();
});

test('the pairing picker finds a pairing by any spelling, from the keyboard', async ({ browser }) => {
  const page = await signedIn(browser);
  await page.goto('/en/admin/agreements/new');
  await page.waitForLoadState('networkidle');
  const form = page.getByTestId('agreement-form');
  const picker = form.getByRole('combobox', { name: 'Pairing' });
  // Belarusian spelling of one partner and the Chinese alternate of the other.
  await picker.fill('Баранавічы 赤壁');
  const options = page.getByRole('listbox', { name: 'Pairing' }).getByRole('option');
  await expect(options).toHaveCount(1);
  await expect(options.first()).toHaveText(/Baranovichi – Chibi/);
  await picker.fill('Баранавічы');
  await expect(options).toHaveCount(3);
  await picker.press('ArrowDown');
  await picker.press('Enter');
  await expect(picker).toHaveValue(/^Baranovichi – /);
  const chosen = (await picker.inputValue()).split(' – ')[1]!;

  await form.getByLabel('Kind').selectOption({ label: 'Visit' });
  // The agreement's own title (the source row below has a Title too).
  await form.getByRole('region', { name: 'Agreement' }).getByLabel('Title').fill('Picked with the keyboard');
  await form.getByTestId('source-ref').getByLabel('URL').fill('https://example.org/forms-e2e/picker');
  await form.getByTestId('source-ref').getByLabel('Title').fill('Picker source');
  await page.getByRole('button', { name: 'Create agreement' }).click();
  await expect(page).toHaveURL(/\/en\/admin\/agreements\/\d+\?created=1$/);
  const [row] = query<{ cn: string }>(
    "SELECT c.nameEn cn FROM Agreement a JOIN Pairing p ON p.id = a.pairingId JOIN Place c ON c.id = p.cnPlaceId WHERE a.title = 'Picked with the keyboard'",
  );
  expect(row?.cn).toBe(chosen);
  await page.context().close();
});

test('the trade form asks no months for a whole year', async ({ browser }) => {
  const page = await signedIn(browser);
  await page.goto('/en/admin/trade/new');
  await page.waitForLoadState('networkidle');
  const form = page.getByTestId('trade-form');
  await expect(form.getByRole('combobox', { name: 'Period', exact: true })).toHaveValue('year');
  await expect(form.getByLabel('First month')).toHaveCount(0);
  await expect(form.getByTestId('whole-year-months')).toBeVisible();
  await form.getByRole('combobox', { name: 'Period', exact: true }).selectOption('quarter');
  await expect(form.getByLabel('First month')).toBeVisible();
  await form.getByRole('combobox', { name: 'Period', exact: true }).selectOption('year');
  await expect(form.getByLabel('First month')).toHaveCount(0);
  await expect(form.getByRole('textbox', { name: 'Year', exact: true })).toHaveAttribute('aria-required', 'true');
});

test('a form works without JavaScript: posted to its server action, refused with field errors, then created', async ({ browser }) => {
  const page = await signedIn(browser, { javaScriptEnabled: false });
  await page.goto('/en/admin/sources/new');
  const form = page.getByTestId('source-form');
  await form.getByLabel('URL').fill('not a web address');
  await form.getByLabel('Title').fill('Posted without JavaScript');
  await page.getByRole('button', { name: 'Create source' }).click();
  await expect(page.getByTestId('source-form').getByTestId('field-error').first()).toContainText('http');
  await expect(page.getByTestId('source-form').getByLabel('Title')).toHaveValue('Posted without JavaScript');
  await page.getByTestId('source-form').getByLabel('URL').fill('https://example.org/forms-e2e/no-js');
  await page.getByRole('button', { name: 'Create source' }).click();
  await expect(page).toHaveURL(/\/en\/admin\/sources\/\d+\?created=1$/);
  expect(query("SELECT url FROM Source WHERE title = 'Posted without JavaScript'")).toEqual([{ url: 'https://example.org/forms-e2e/no-js' }]);

  // An edit posted without JavaScript is saved and says so, on the saved version.
  await page.getByTestId('source-form').getByLabel('Publisher').fill('Edited without JavaScript');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('status').filter({ hasText: SAVED })).toBeVisible();
  await expect(page.getByTestId('source-form').getByLabel('Publisher')).toHaveValue('Edited without JavaScript');
  expect(query("SELECT publisher, version FROM Source WHERE title = 'Posted without JavaScript'")).toEqual([{ publisher: 'Edited without JavaScript', version: 2 }]);
  await page.context().close();
});
