import { expect, test, type Page } from '@playwright/test';
import { arcMidpoint } from '../../lib/map/geometry';

const map = (page: Page) => page.locator('#atlas-map');

async function mapReady(page: Page, key = '') {
  await expect(map(page)).toHaveAttribute('data-state', 'ready');
  await expect(map(page)).toHaveAttribute('data-data-key', key);
}

async function shownCount(page: Page): Promise<number> {
  return Number(await page.getByTestId('pairing-count').getAttribute('data-count'));
}

async function centre(page: Page, selector: string) {
  const box = await page.locator(selector).boundingBox();
  if (!box) throw new Error(`${selector} is not on screen`);
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

test('the map draws one arc per filtered pairing, as many as the list and the counts', async ({ page }) => {
  await page.goto('/en');
  await mapReady(page);
  const total = await shownCount(page);
  expect(total).toBeGreaterThanOrEqual(60);
  await expect(map(page)).toHaveAttribute('data-arc-count', String(total));
  await expect(page.getByTestId('pairing')).toHaveCount(total);

  await page.goto('/en?by=grodno-oblast');
  await mapReady(page, 'by=grodno-oblast');
  const grodno = await shownCount(page);
  expect(grodno).toBeGreaterThan(0);
  expect(grodno).toBeLessThan(total);
  await expect(map(page)).toHaveAttribute('data-arc-count', String(grodno));
  await expect(page.getByTestId('pairing')).toHaveCount(grodno);
  await expect(page.locator('#pairing-grodno-oblast--gansu')).toHaveCount(1);
  await expect(page.locator('#pairing-minsk--changchun')).toHaveCount(0);

  // The public API answers the same count for the same filters.
  for (const [query, shown] of [['', total], ['by=grodno-oblast', grodno]] as const) {
    const response = await page.request.get(`/api/v1/pairings?${query}`);
    expect(response.status()).toBe(200);
    expect((await response.json()).total, query).toBe(shown);
  }
  const geojson = await (await page.request.get('/api/v1/geojson?by=grodno-oblast')).json();
  const arcs = geojson.features.filter((f: { geometry: { type: string } }) => f.geometry.type === 'LineString');
  expect(arcs).toHaveLength(grodno);
});

test('moving the year range changes the count and the URL; reload and back restore the state', async ({ page }) => {
  await page.goto('/en');
  await mapReady(page);
  const total = await shownCount(page);

  await page.getByLabel('To', { exact: true }).selectOption('2010');
  await expect(page).toHaveURL(/\/en\?to=2010$/);
  await mapReady(page, 'to=2010');
  const upTo2010 = await shownCount(page);
  expect(upTo2010).toBeGreaterThan(0);
  expect(upTo2010).toBeLessThan(total);
  await expect(map(page)).toHaveAttribute('data-arc-count', String(upTo2010));
  await expect(page.getByTestId('pairing')).toHaveCount(upTo2010);

  await page.getByLabel('From', { exact: true }).selectOption('2005');
  await expect(page).toHaveURL(/\/en\?from=2005&to=2010$/);
  await mapReady(page, 'from=2005&to=2010');
  const range = await shownCount(page);
  expect(range).toBeLessThan(upTo2010);

  await page.reload();
  await mapReady(page, 'from=2005&to=2010');
  await expect(page.getByLabel('From', { exact: true })).toHaveValue('2005');
  await expect(page.getByLabel('To', { exact: true })).toHaveValue('2010');
  expect(await shownCount(page)).toBe(range);
  await expect(map(page)).toHaveAttribute('data-arc-count', String(range));

  await page.goBack();
  await expect(page).toHaveURL(/\/en\?to=2010$/);
  await mapReady(page, 'to=2010');
  expect(await shownCount(page)).toBe(upTo2010);
});

async function expectDunhuangPanel(page: Page) {
  const panel = page.getByTestId('side-panel');
  await expect(panel).toBeVisible();
  await expect(panel).toContainText('Novogrudok District');
  await expect(panel).toContainText('Dunhuang');
  await expect(panel).toContainText('敦煌');
  await expect(panel).toContainText('Established');
  const dates = panel.getByTestId('milestone').locator('time');
  await expect(dates).toHaveText(['October 2018', 'July 2021', '30 Jun 2023', '7 Nov 2023']);
  await expect(panel.getByTestId('milestone').nth(3)).toContainText('Sister-city agreement signed');
  await expect(panel.getByTestId('panel-sources').locator('a[href="http://www.silkroadtourcn.com/blog/434.html"]')).toBeVisible();
  await expect(panel.getByRole('link', { name: /Full record/ })).toHaveAttribute('href', '/en/pairings/novogrudok-district--dunhuang');
}

test('clicking the Dunhuang–Novogrudok arc opens its panel with four milestones and sources', async ({ page }) => {
  await page.goto('/en?q=Dunhuang');
  await mapReady(page, 'q=Dunhuang');
  await expect(map(page)).toHaveAttribute('data-arc-count', '1');
  const from = await centre(page, '[data-place="novogrudok-district"]');
  const to = await centre(page, '[data-place="dunhuang"]');
  const apex = arcMidpoint(from, to);
  await page.mouse.move(apex.x, apex.y);
  await expect(page.locator('.atlas-tooltip')).toContainText('Novogrudok District – Dunhuang');
  await page.mouse.click(apex.x, apex.y);
  await expect(page).toHaveURL(/[?&]pairing=novogrudok-district--dunhuang/);
  await expectDunhuangPanel(page);
  await expect(page).toHaveURL(/q=Dunhuang/);

  await page.getByRole('link', { name: 'Close the panel' }).click();
  await expect(page.getByTestId('side-panel')).toHaveCount(0);
});

test('the list entry opens the same panel, and a partner marker lists its pairings', async ({ page }) => {
  await page.goto('/en');
  await mapReady(page);
  await page.getByRole('link', { name: 'Details: Novogrudok District – Dunhuang' }).click();
  await expect(page).toHaveURL(/\/en\?pairing=novogrudok-district--dunhuang$/);
  await expectDunhuangPanel(page);
  await expect(page.getByTestId('side-panel')).toBeFocused();

  await page.goto('/en?q=Dunhuang');
  await mapReady(page, 'q=Dunhuang');
  await page.locator('[data-place="dunhuang"]').click();
  await expect(page).toHaveURL(/place=dunhuang/);
  const panel = page.getByTestId('side-panel');
  await expect(panel).toContainText('1 pairing');
  await panel.getByRole('link', { name: /Novogrudok District/ }).click();
  await expectDunhuangPanel(page);
});

test('keyboard-only use reaches every pairing and the markers', async ({ page }) => {
  await page.goto('/en');
  await mapReady(page);
  const total = await shownCount(page);
  const reached = new Set<string>();
  const markers = new Set<string>();
  for (let i = 0; i < 2000 && reached.size < total; i += 1) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el) return null;
      return {
        href: el.getAttribute('href'),
        marker: el.classList.contains('atlas-marker') || el.classList.contains('atlas-cluster') ? (el.textContent ?? '') : null,
      };
    });
    const slug = focused?.href?.match(/[?&]pairing=([a-z0-9-]+)/)?.[1];
    if (slug) reached.add(slug);
    if (focused?.marker) markers.add(focused.marker);
  }
  expect(reached.size).toBe(total);
  expect(markers.size).toBeGreaterThan(3);
  expect([...markers].some((name) => /pairing/.test(name))).toBe(true);

  // Enter on a focused list entry opens the panel and moves focus into it.
  const details = page.getByRole('link', { name: 'Details: Grodno Oblast – Gansu' });
  await details.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/pairing=grodno-oblast--gansu/);
  await expect(page.getByTestId('side-panel')).toBeFocused();
  await expect(page.getByTestId('milestone').first().locator('time')).toHaveText('8 Jul 2007');
});

test('screenshots of the map at desktop and phone width', async ({ page }, testInfo) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/en?pairing=novogrudok-district--dunhuang');
  await mapReady(page);
  await page.screenshot({ path: testInfo.outputPath('map-desktop.png') });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/en');
  await mapReady(page);
  await page.screenshot({ path: testInfo.outputPath('map-phone.png'), fullPage: false });
  // Nothing spills sideways at phone width.
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});
