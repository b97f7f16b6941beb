import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { createAdmin } from './fixtures/admin';

/**
 * axe-core (WCAG 2.1 A/AA) on every public and admin page state — a form with its
 * errors shown and the open map panel included — in all four locales, at 1280 px and
 * at 320 px. One context per locale, one page reused for every state, and both widths
 * checked on the same load, so the suite stays within CI time. Fails on any critical
 * or serious violation (and on horizontal scrolling at 320 px), listing the rule, the URL,
 * the width and the elements.
 */
const LOCALES = ['en', 'ru', 'be', 'zh'] as const;
const WIDTHS = [1280, 320] as const;
const EMAIL = 'axe-admin@atlas.test';
const PASSWORD = 'axe admin password 42';

const PUBLIC_STATES = [
  '',
  '?pairing=novogrudok-district--dunhuang',
  '?place=gansu',
  '/timeline',
  '/agreements',
  '/agreements?q=Minsk',
  '/pairings/novogrudok-district--dunhuang',
  '/places/gansu',
  '/places/minsk',
  '/projects',
  '/projects/belgee-car-plant',
  '/trade',
  '/api-docs',
  '/no-such-page',
];

const ADMIN_SECTIONS = ['pairings', 'places', 'agreements', 'projects', 'sources', 'trade'] as const;
const ADMIN_STATES = ['/admin', '/admin/audit', '/admin/import', '/admin/users', ...ADMIN_SECTIONS.flatMap((s) => [`/admin/${s}`, `/admin/${s}/new`])];

type Finding = { url: string; width: number; rule: string; impact: string; targets: string[] };

async function settle(page: Page) {
  await page.waitForLoadState('networkidle');
  // The map draws after hydration; scan the drawn markers, not the placeholder.
  const map = page.locator('#atlas-map');
  if (await map.count()) await expect(map).toHaveAttribute('data-state', 'ready');
}

async function scan(page: Page, label: string, findings: Finding[]) {
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 900 });
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    // Reflow (WCAG 1.4.10) on the same load: axe does not check horizontal scrolling.
    const scrollWidth = await page.evaluate(() => document.scrollingElement!.scrollWidth);
    if (scrollWidth > width) findings.push({ url: label, width, rule: 'reflow', impact: 'serious', targets: [`scrollWidth ${scrollWidth} px`] });
    for (const violation of result.violations) {
      if (violation.impact !== 'critical' && violation.impact !== 'serious') continue;
      findings.push({ url: label, width, rule: violation.id, impact: violation.impact, targets: violation.nodes.slice(0, 5).map((n) => n.target.join(' ')) });
    }
  }
}

async function visit(page: Page, url: string, findings: Finding[]) {
  const response = await page.goto(url);
  expect(response?.status(), url).toBeLessThan(url.includes('no-such-page') ? 500 : 400);
  await settle(page);
  await scan(page, url, findings);
}

/** The edit page of the first record in an admin list (ids are the same in every locale). */
async function firstEditPath(page: Page, section: string): Promise<string> {
  await page.goto(`/en/admin/${section}`);
  const href = await page.locator(`main a[href^="/en/admin/${section}/"]:not([href$="/new"])`).first().getAttribute('href');
  expect(href, section).toBeTruthy();
  return href!.replace(/^\/en/, '');
}

let storageState: Awaited<ReturnType<BrowserContext['storageState']>>;
let editPaths: string[] = [];

test.beforeAll(async ({ browser }: { browser: Browser }) => {
  test.setTimeout(120_000);
  createAdmin(EMAIL, PASSWORD);
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto('/en/admin/sign-in');
  await page.waitForLoadState('networkidle');
  await page.getByLabel('Email').fill(EMAIL);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByTestId('signed-in-as')).toBeVisible();
  editPaths = [];
  for (const section of ADMIN_SECTIONS) editPaths.push(await firstEditPath(page, section));
  // The seed writes no audit events; a fresh database has no event page to visit.
  await page.goto('/en/admin/audit');
  const events = page.locator('main a[href^="/en/admin/audit/"]');
  if (await events.count()) editPaths.push((await events.first().getAttribute('href'))!.replace(/^\/en/, ''));
  storageState = await context.storageState();
  await context.close();
});

for (const locale of LOCALES) {
  test(`axe: no serious or critical violation on any page in ${locale} at 1280 and 320 px`, async ({ browser }) => {
    test.setTimeout(600_000);
    const findings: Finding[] = [];

    const anonymous = await browser.newContext();
    const signInPage = await anonymous.newPage();
    await visit(signInPage, `/${locale}/admin/sign-in`, findings);
    await anonymous.close();

    const context = await browser.newContext({ storageState });
    const page = await context.newPage();
    for (const state of [...PUBLIC_STATES, ...ADMIN_STATES, ...editPaths]) await visit(page, `/${locale}${state}`, findings);

    // A form with its errors shown: an empty new pairing, submitted.
    await visit(page, `/${locale}/admin/pairings/new`, []);
    await page.locator('form button[type="submit"]').click();
    await expect(page.locator('form [aria-invalid="true"]').first()).toBeVisible();
    await scan(page, `/${locale}/admin/pairings/new (errors shown)`, findings);

    await context.close();
    expect(findings, JSON.stringify(findings, null, 1)).toEqual([]);
  });
}
