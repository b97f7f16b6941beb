import { expect, test, type Page } from '@playwright/test';
import { arcMidpoint } from '../../lib/map/geometry';
import { createAdmin, DB_FILE, signIn } from './fixtures/admin';
import { INJECTED, PAYLOADS, XSS, payload, removeXssRecords, seedXssRecords, type XssIds } from './fixtures/xss-records';

/**
 * Stored XSS (issue 8): every page that shows a name, title, summary, note or source
 * renders the seeded payloads as text. Checked on each page: no dialog opened, the
 * payloads' global flag unset, none of their elements in the DOM, and the payload
 * visible as text (so a page that silently drops the field cannot pass).
 *
 * The rows are written into the e2e database before the pages are visited; every
 * page here is rendered per request (nonces make HTML dynamic, docs/security.md), so
 * no cache can serve a page from before the rows existed.
 */
let ids: XssIds;
const visited = new Set<string>();
let checks = 0;
let executions = 0;

test.beforeAll(() => {
  createAdmin(XSS.adminEmail, XSS.adminPassword);
  ids = seedXssRecords(DB_FILE);
});

test.afterAll(() => {
  removeXssRecords(DB_FILE);
  console.log(`XSS: ${visited.size} pages visited, ${PAYLOADS.length} payloads in every field, ${checks} field checks, ${executions} executions or injected elements`);
});

type Guarded = { dialogs: string[] };

function guard(page: Page): Guarded {
  const state: Guarded = { dialogs: [] };
  page.on('dialog', (dialog) => {
    state.dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  return state;
}

/** Everything a reader can read on the page: rendered text plus form values. */
async function readableText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const values = [...document.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input, textarea')].map((el) => el.value);
    return [document.body.innerText, ...values].join('\n').replace(/\s+/g, ' ');
  });
}

/**
 * Nothing ran and nothing was injected; each field given is on the page as text.
 * Soft assertions: one run lists every page and field that fails, not just the first.
 * Waits for the network to settle first: `onerror` of `<img src=x>` fires only after
 * the image request fails.
 */
async function expectInert(page: Page, state: Guarded, fields: string[]) {
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(200);
  visited.add(new URL(page.url()).pathname + new URL(page.url()).search);
  const found = await page.evaluate((selector) => {
    const w = window as unknown as { __xss?: unknown };
    return {
      flag: w.__xss,
      injected: [...document.querySelectorAll(selector)].map((el) => el.outerHTML.slice(0, 160)),
      scripts: [...document.scripts].filter((s) => /^\s*(window|parent)\.__xss/.test(s.textContent ?? '')).length,
    };
  }, INJECTED);
  executions += state.dialogs.length + (found.flag === undefined ? 0 : 1) + found.injected.length + found.scripts;
  expect.soft(state.dialogs, `dialogs on ${page.url()}`).toEqual([]);
  state.dialogs.length = 0;
  expect.soft(found.flag, `window.__xss on ${page.url()}`).toBeUndefined();
  expect.soft(found.injected, `injected elements on ${page.url()}`).toEqual([]);
  expect.soft(found.scripts, `injected scripts on ${page.url()}`).toBe(0);
  const text = await readableText(page);
  for (const field of fields) {
    expect.soft(text, `${field} shown as text on ${page.url()}`).toContain(payload(field).replace(/\s+/g, ' '));
    checks += 1;
  }
}

const place = (slug: string, field: string) => `place:${slug}.${field}`;

async function centre(page: Page, selector: string) {
  const box = await page.locator(selector).boundingBox();
  if (!box) throw new Error(`${selector} is not on screen`);
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

test('the home map: markers, arc tooltip, pairing and place panels show payloads as text', async ({ page }) => {
  const state = guard(page);
  const map = page.locator('#atlas-map');
  await page.goto(`/en?by=${XSS.byRegion}`);
  await expect(map).toHaveAttribute('data-state', 'ready');
  await expect(map).toHaveAttribute('data-arc-count', '1');
  await expectInert(page, state, [place(XSS.byRegion, 'nameEn'), place(XSS.cnCity, 'nameEn'), place(XSS.cnCity, 'nameZh'), 'source0.title', 'source0.publisher']);

  // Hover each marker and the arc: Leaflet builds the tooltip only now.
  for (const slug of [XSS.byRegion, XSS.cnCity]) {
    await page.locator(`[data-place="${slug}"]`).hover();
    await expect.soft(page.locator(`[data-place="${slug}"]`)).toContainText(payload(place(slug, 'nameEn')));
  }
  const from = await centre(page, `[data-place="${XSS.byRegion}"]`);
  const to = await centre(page, `[data-place="${XSS.cnCity}"]`);
  const apex = arcMidpoint(from, to);
  await page.mouse.move(apex.x, apex.y);
  await expect.soft(page.locator('.atlas-tooltip')).toContainText(payload(place(XSS.byRegion, 'nameEn')));
  await expect.soft(page.locator('.atlas-tooltip')).toContainText(payload(place(XSS.cnCity, 'nameEn')));
  await expectInert(page, state, []);

  await page.mouse.click(apex.x, apex.y);
  await expect(page).toHaveURL(new RegExp(`pairing=${XSS.pairing}`));
  await expect(page.getByTestId('side-panel')).toBeVisible();
  await expectInert(page, state, ['pairing.summary', 'agreement.title', 'agreement.venue', 'source0.title']);

  await page.goto(`/en?place=${XSS.cnCity}`);
  await expect(page.getByTestId('side-panel')).toBeVisible();
  await expectInert(page, state, [place(XSS.cnCity, 'nameEn')]);

  // Unfiltered: the payload place may sit in a cluster, whose label lists its names.
  await page.goto('/en');
  await expect(map).toHaveAttribute('data-state', 'ready');
  await expectInert(page, state, [place(XSS.byRegion, 'nameEn'), place(XSS.cnCity, 'nameEn')]);
});

test('place, pairing and project pages show payloads as text', async ({ page }) => {
  const state = guard(page);
  for (const slug of [XSS.byRegion, XSS.cnProvince, XSS.cnCity]) {
    await page.goto(`/en/places/${slug}`);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(`[[${place(slug, 'nameEn')}]]`);
    await expectInert(page, state, [
      ...['nameEn', 'summary', 'fact.label', 'fact.unit', 'names.en', 'names.ru', 'names.zh', 'names.de'].map((field) => place(slug, field)),
      'source0.title', 'source0.publisher', 'source2.title',
    ]);
  }
  await page.goto(`/en/pairings/${XSS.pairing}`);
  await expectInert(page, state, [
    'pairing.summary', 'agreement.title', 'agreement.venue', 'agreement.signatories', 'agreement.summary',
    'source1.title', 'source1.publisher', 'project.nameEn', 'project.summary', 'trade.reporter', place(XSS.cnCity, 'nameZh'),
  ]);
  await page.goto(`/en/projects/${XSS.project}`);
  await expectInert(page, state, [
    ...['nameEn', 'nameRu', 'nameZh', 'summary', 'locationText', 'partnersText', 'sectors', 'keyFigures', 'coordNote'].map((f) => `project.${f}`),
    place(XSS.cnCity, 'nameEn'), 'source2.title',
  ]);
  await page.goto('/en/projects');
  await expectInert(page, state, ['project.nameEn', 'project.summary', 'project.sectors']);
});

test('agreement search, timeline and trade show payloads as text', async ({ page }) => {
  const state = guard(page);
  await page.goto(`/en/agreements?by=${XSS.byRegion}`);
  await expectInert(page, state, ['agreement.title', 'agreement.summary', 'agreement.venue', place(XSS.byRegion, 'nameEn'), 'source0.title']);
  await page.goto(`/en/timeline?by=${XSS.byRegion}`);
  await expectInert(page, state, ['agreement.title', 'agreement.venue', place(XSS.cnCity, 'nameEn'), 'source1.title']);
  await page.goto('/en/timeline');
  await expectInert(page, state, ['agreement.title']);
  await page.goto('/en/trade');
  await expectInert(page, state, ['trade.reporter', place(XSS.cnProvince, 'nameEn'), 'source0.title']);
});

test('admin lists and edit forms show payloads as text to a signed-in admin', async ({ page }) => {
  const state = guard(page);
  await signIn(page, XSS.adminEmail, XSS.adminPassword);

  const pages: [string, string[]][] = [
    ['/en/admin', ['audit.label']],
    ['/en/admin/places?q=xss', [place(XSS.byRegion, 'nameEn')]],
    [`/en/admin/places/${ids.cnCity}`, [...['nameEn', 'nameRu', 'nameBe', 'nameZh', 'coordNote', 'summary', 'names.en', 'names.de'].map((f) => place(XSS.cnCity, f)), 'source0.title']],
    ['/en/admin/pairings?q=xss', [place(XSS.byRegion, 'nameEn'), place(XSS.cnCity, 'nameEn')]],
    [`/en/admin/pairings/${ids.pairing}`, ['pairing.summary', 'pairing.notes', 'agreement.title', 'source1.title']],
    ['/en/admin/agreements?q=xss', ['agreement.title', place(XSS.cnCity, 'nameEn')]],
    [`/en/admin/agreements/${ids.agreement}`, ['agreement.title', 'agreement.venue', 'agreement.signatories', 'agreement.summary', 'agreement.notes']],
    ['/en/admin/projects?q=xss', ['project.nameEn', 'project.locationText']],
    [`/en/admin/projects/${ids.project}`, ['nameEn', 'nameRu', 'nameZh', 'locationText', 'coordNote', 'sectors', 'partnersText', 'keyFigures', 'summary', 'notes'].map((f) => `project.${f}`)],
    ['/en/admin/sources?q=xss', ['source0.title', 'source0.publisher', 'source2.title']],
    [`/en/admin/sources/${ids.sources[0]}`, ['source0.title', 'source0.publisher', 'source0.notes']],
    ['/en/admin/trade', ['trade.reporter', place(XSS.cnProvince, 'nameEn')]],
    [`/en/admin/trade/${ids.trade}`, ['trade.reporter', 'trade.notes', 'source0.title']],
    ['/en/admin/audit', ['audit.label']],
    [`/en/admin/audit/${ids.audit}`, ['audit.label', 'audit.before', 'audit.after']],
    ['/en/admin/users', ['user.name']],
  ];
  for (const [url, fields] of pages) {
    const response = await page.goto(url);
    expect(response?.status(), url).toBe(200);
    await expectInert(page, state, fields);
  }
});
