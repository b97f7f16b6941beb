import { expect, test } from '@playwright/test';

// Issue 12: what a reader tripped over (items 5–8, 10, 17–19, 23).

test('citations carry the address the page was read at, and seeded records their data revision', async ({ page, baseURL }) => {
  await page.goto('/en/pairings/minsk--beijing');
  const cite = page.getByTestId('cite-this');
  await expect(cite.getByTestId('citation-text')).toContainText(`${baseURL}/en/pairings/minsk--beijing`);
  await expect(cite.getByTestId('citation-text')).not.toContainText('localhost:3000');
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', `${baseURL}/en/pairings/minsk--beijing`);
  await expect(page.locator('meta[property="og:url"]')).toHaveAttribute('content', `${baseURL}/en/pairings/minsk--beijing`);
  await expect(page.getByText(/^Last updated (Dec 3, 2026|3 Dec 2026)/)).toBeVisible();
  const sitemap = await (await page.request.get('/sitemap.xml')).text();
  expect(sitemap).toContain(`<loc>${baseURL}/en/about</loc>`);
  expect(sitemap).not.toContain('localhost:3000');
});

test('each milestone cites its own sources, numbered as in the source list; no research notes', async ({ page }) => {
  await page.goto('/en/pairings/minsk--beijing');
  const sources = page.getByTestId('source-list').locator('li');
  expect(await sources.count()).toBeGreaterThanOrEqual(4);
  const numberOf = async (text: RegExp) => {
    const titles = await sources.allTextContents();
    return titles.findIndex((title) => text.test(title)) + 1;
  };
  const milestones = page.getByTestId('pairing-agreements').locator('li[id^="agreement-"]');
  const protocol = milestones.filter({ hasText: 'Protocol of intent signed' });
  const portal = await numberOf(/belaruschina/i);
  expect(portal).toBeGreaterThan(0);
  await expect(protocol.getByTestId('agreement-sources').getByRole('link')).toHaveText([new RegExp(`^\\[${portal}\\]`)]);
  await expect(milestones.filter({ hasText: 'Twinning (friendship-city) agreement signed' }).getByTestId('agreement-sources').getByRole('link')).toHaveCount(2);
  await expect(page.getByRole('heading', { name: 'Notes on the sources' })).toHaveCount(0);
  await expect(page.getByText(/belarus\.by \(BelTA, 2016-04-29\) reports the signing/)).toHaveCount(0);

  await page.goto('/en/pairings/minsk--changchun');
  await expect(page.getByTestId('pairing-agreements').getByText(/which of them reports this event is not known/).first()).toBeVisible();

  await page.goto('/en/pairings/novogrudok-district--dunhuang');
  await expect(page.getByText(/S1 spells the district/)).toHaveCount(0);
  await page.goto('/en/projects/great-stone-industrial-park');
  await expect(page.locator('main')).not.toContainText(/\bS3\b/);
});

test("a parent region's trade is labelled as not specific to the pairing", async ({ page }) => {
  await page.goto('/en/pairings/kopyl-district--wanzhou-district');
  const captions = page.getByTestId('pairing-trade').locator('caption');
  await expect(captions.filter({ hasText: /^Trade of Minsk Oblast with China — not specific to this pairing$/ })).toHaveCount(1);
  await expect(captions.filter({ hasText: /^Trade between / })).toHaveCount(0);
  await page.goto('/en/pairings/minsk--beijing');
  await expect(page.getByTestId('pairing-trade').locator('caption').first()).toHaveText('Trade between Minsk and Beijing');
});

test("the timeline's badge is the pairing's current stage; its year header is opaque", async ({ page }) => {
  await page.goto('/en/timeline');
  const item = page.getByTestId('timeline-item').filter({ hasText: 'Protocol of intent on developing friendly ties' }).first();
  await expect(item.getByTestId('pairing-stage-now')).toHaveText(/^Pairing’s current stage:\s*Established\? \(uncertain\)$/);
  const background = await page.getByTestId('timeline-year').first().locator('h2').evaluate((h) => getComputedStyle(h).backgroundColor);
  expect(background).not.toMatch(/\/ 0\.\d+\)|rgba\(.*, 0\.\d+\)/);
});

test('About the data: glossary, methodology, licence, how to cite; linked from every footer', async ({ page }) => {
  for (const path of ['/en', '/en/timeline', '/en/pairings/minsk--beijing', '/en/no-such-page']) {
    await page.goto(path);
    await expect(page.locator('footer').getByRole('link', { name: 'About the data' })).toHaveAttribute('href', '/en/about');
  }
  await page.locator('footer').getByRole('link', { name: 'About the data' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('About the data');
  await expect(page.getByTestId('glossary-types').locator('dt')).toHaveText(['Sister city', 'Friendship city', 'Friendly cooperation', 'Partnership']);
  await expect(page.getByTestId('glossary-stages').locator('dt')).toHaveCount(5);
  for (const heading of ['Methodology', 'Data licence', 'How to cite']) await expect(page.getByRole('heading', { name: heading })).toBeVisible();
  await page.goto('/zh/about');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('关于数据');
});

test('list views export CSV and JSON named after their filters and the day', async ({ page }) => {
  await page.goto('/en?cn=gansu');
  const csv = page.getByTestId('export-links').getByRole('link', { name: 'CSV' });
  await expect(csv).toHaveAttribute('href', '/api/v1/pairings?cn=gansu&format=csv');
  const [download] = await Promise.all([page.waitForEvent('download'), csv.click()]);
  expect(download.suggestedFilename()).toMatch(/^pairings_cn-gansu_\d{4}-\d{2}-\d{2}\.csv$/);
  expect((await (await download.createReadStream()).toArray()).join('')).toMatch(/^\uFEFFslug,type/); // UTF-8 byte-order mark first, for spreadsheet programs

  await page.goto('/en/timeline?from=2017&to=2017');
  await expect(page.getByTestId('export-links').getByRole('link', { name: 'JSON' })).toHaveAttribute('href', '/api/v1/agreements?from=2017&to=2017&format=json');
  await page.goto('/en/projects');
  const json = page.getByTestId('export-links').getByRole('link', { name: 'JSON' });
  const [file] = await Promise.all([page.waitForEvent('download'), json.click()]);
  expect(file.suggestedFilename()).toMatch(/^projects_all_\d{4}-\d{2}-\d{2}\.json$/);
});

test('site basics: icons, robots.txt, a 404 titled so', async ({ page, baseURL }) => {
  await page.goto('/en');
  await expect(page.locator('link[rel="icon"][href^="/icon.svg"]')).toHaveCount(1);
  await expect(page.locator('link[rel="apple-touch-icon"]')).toHaveAttribute('href', /^\/apple-icon\.png/);
  expect((await page.request.get('/apple-icon.png')).headers()['content-type']).toBe('image/png');
  const robots = await (await page.request.get('/robots.txt')).text();
  expect(robots).toMatch(/Disallow: \/\*\/admin/);
  expect(robots).toContain(`Sitemap: ${baseURL}/sitemap.xml`);
  const response = await page.goto('/en/no-such-page');
  expect(response?.status()).toBe(404);
  await expect(page).toHaveTitle(/^Page not found/);
  // Detail pages for a missing record too (their generateMetadata must not fall back to the site title).
  for (const path of ['/en/pairings/no-such-pairing', '/en/places/no-such-place', '/ru/projects/no-such-project']) {
    expect((await page.goto(path))?.status()).toBe(404);
    await expect(page).toHaveTitle(path.startsWith('/ru') ? /^Страница не найдена/ : /^Page not found/);
  }
});

test('small glitches: BibTeX wraps between words, "Fewer filters", the map credits Leaflet as text', async ({ page }) => {
  await page.goto('/en/pairings/minsk--beijing');
  await expect(page.getByTestId('citation-bibtex')).toHaveCSS('word-break', 'normal');
  await page.goto('/en');
  await expect(page.locator('.leaflet-control-attribution')).toContainText('Sister Cities Atlas · Leaflet');
  await expect(page.locator('.leaflet-control-attribution a[href*="leafletjs"]')).toHaveCount(0);
  await page.setViewportSize({ width: 390, height: 844 });
  const toggle = page.getByRole('button', { name: 'More filters' });
  await toggle.click();
  await expect(page.getByRole('button', { name: 'Fewer filters' })).toHaveAttribute('aria-expanded', 'true');
});
