import { expect, test, type APIResponse, type Page } from '@playwright/test';
import { arcMidpoint } from '../../lib/map/geometry';
import { createAdmin, SAVED, signIn } from './fixtures/admin';

/**
 * Security headers (issue 8) on a page, an admin page and an API route, and the
 * pages that need the most of the browser — map, trade chart, timeline, an admin
 * form — working under the Content-Security-Policy with no violation reported.
 */
const ADMIN = { email: 'csp-admin@atlas.test', password: 'csp admin password 1' };

const EXPECTED = [
  'content-security-policy',
  'x-content-type-options',
  'referrer-policy',
  'x-frame-options',
  'permissions-policy',
  'strict-transport-security',
  'cross-origin-opener-policy',
] as const;

test.beforeAll(() => createAdmin(ADMIN.email, ADMIN.password));

function expectSecurityHeaders(response: APIResponse | null, label: string) {
  expect(response, label).not.toBeNull();
  const headers = response!.headers();
  const present = EXPECTED.filter((name) => headers[name]);
  console.log(`headers on ${label}: ${present.length} of ${EXPECTED.length}`);
  expect(present, label).toEqual([...EXPECTED]);
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
  expect(headers['x-frame-options']).toBe('DENY');
  expect(headers['strict-transport-security']).toMatch(/^max-age=\d+/);
  expect(headers['permissions-policy']).toContain('camera=()');
  expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
  expect(headers['content-security-policy']).not.toMatch(/script-src[^;]*'unsafe-(inline|eval)'/);
  return headers;
}

function nonceOf(csp: string): string {
  const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
  expect(nonce, csp).toBeTruthy();
  return nonce!;
}

test('a page, an admin page and an API route carry every security header', async ({ page }) => {
  const first = expectSecurityHeaders(await page.request.get('/en'), '/en');
  const second = expectSecurityHeaders(await page.request.get('/en'), '/en');
  const nonce = nonceOf(first['content-security-policy']);
  expect(nonceOf(second['content-security-policy'])).not.toBe(nonce);
  expect(first['content-security-policy']).toMatch(new RegExp(`script-src 'self' 'nonce-[^']+' 'strict-dynamic'`));

  // Every script Next writes into the page carries this response's nonce.
  const html = await (await page.request.get('/en')).text();
  const scripts = html.match(/<script\b[^>]*>/g) ?? [];
  expect(scripts.length).toBeGreaterThan(3);
  expect(scripts.filter((tag) => !/\snonce="[^"]+"/.test(tag))).toEqual([]);

  expectSecurityHeaders(await page.request.get('/en/admin/sign-in'), '/en/admin/sign-in');
  await signIn(page, ADMIN.email, ADMIN.password);
  const admin = await page.request.get('/en/admin/pairings');
  expect(admin.status()).toBe(200);
  expect(await admin.text()).toContain('data-testid="signed-in-as"');
  expectSecurityHeaders(admin, '/en/admin/pairings (signed in)');

  const api = await page.request.get('/api/v1/agreements');
  expect(api.status()).toBe(200);
  const apiHeaders = expectSecurityHeaders(api, '/api/v1/agreements');
  expect(apiHeaders['content-security-policy']).toMatch(/^default-src 'none'/);
  expectSecurityHeaders(await page.request.get('/api/v1/openapi.json'), '/api/v1/openapi.json');
  expectSecurityHeaders(await page.request.get('/en/no-such-page'), '/en/no-such-page (404)');
});

/** Collects CSP violations from the first script on: the DOM event and console errors. */
async function watchCsp(page: Page): Promise<() => Promise<string[]>> {
  const consoleErrors: string[] = [];
  page.on('console', (message) => {
    if (/Content[- ]Security[- ]Policy/i.test(message.text())) consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(`pageerror: ${error.message}`));
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __csp: string[] }).__csp = seen;
    document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`));
  });
  return async () => {
    const events = await page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []);
    return [...events, ...consoleErrors];
  };
}

test('map, trade chart and timeline work under the policy with no violation', async ({ page }) => {
  const violations = await watchCsp(page);

  await page.goto('/en');
  const map = page.locator('#atlas-map');
  await expect(map).toHaveAttribute('data-state', 'ready');
  expect(Number(await map.getAttribute('data-arc-count'))).toBeGreaterThanOrEqual(60);
  expect(await page.locator('.atlas-marker, .atlas-cluster').count()).toBeGreaterThan(3);
  // The basemap and arcs are drawn on canvases: something is painted.
  const painted = await page.locator('#atlas-map canvas').evaluateAll((canvases) =>
    canvases.some((c) => {
      const canvas = c as HTMLCanvasElement;
      const data = canvas.getContext('2d')?.getImageData(0, 0, canvas.width, canvas.height).data;
      return data ? data.some((value, i) => i % 4 === 3 && value > 0) : false;
    }),
  );
  expect(painted).toBe(true);

  await page.goto('/en?q=Dunhuang');
  await expect(map).toHaveAttribute('data-data-key', 'q=Dunhuang');
  await expect(map).toHaveAttribute('data-state', 'ready');
  const box = async (selector: string) => {
    const b = (await page.locator(selector).boundingBox())!;
    return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
  };
  const apex = arcMidpoint(await box('[data-place="novogrudok-district"]'), await box('[data-place="dunhuang"]'));
  await page.mouse.move(apex.x, apex.y);
  await expect(page.locator('.atlas-tooltip')).toContainText('Novogrudok District – Dunhuang');
  await page.mouse.click(apex.x, apex.y);
  await expect(page.getByTestId('side-panel')).toContainText('Dunhuang');

  await page.goto('/en/trade');
  const chart = page.getByTestId('trade-chart');
  await expect(chart.locator('svg.recharts-surface').first()).toBeVisible();
  expect(await chart.locator('.recharts-line path, .recharts-line-curve').count()).toBeGreaterThan(0);

  await page.goto('/en/timeline');
  await page.getByRole('button', { name: /^2023: \d+ agreements?\b/ }).click();
  await expect(page).toHaveURL(/\/en\/timeline\?from=2023&to=2023$/);
  await expect(page.getByTestId('timeline-year')).toHaveCount(1);

  await page.waitForLoadState('networkidle');
  expect(await violations()).toEqual([]);
});

test('an admin form signs in and saves under the policy with no violation', async ({ page }) => {
  const violations = await watchCsp(page);
  await signIn(page, ADMIN.email, ADMIN.password);
  await page.goto('/en/admin/sources?q=silkroad');
  await page.getByRole('link', { name: /Sister City Agreement/ }).first().click();
  await expect(page.getByTestId('source-form')).toBeVisible();
  await page.waitForLoadState('networkidle');
  const notes = page.getByLabel('Notes');
  await notes.fill(`Checked under the CSP ${Date.now()}`);
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('status').filter({ hasText: SAVED })).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(await violations()).toEqual([]);
});
