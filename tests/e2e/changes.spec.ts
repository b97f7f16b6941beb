import { readFileSync } from 'node:fs';
import { parseFeed } from '@rowanmanning/feed-parser';
import { expect, test } from '@playwright/test';

type Changes = { changes: { homeLink: string; title: string; feedLink: string; feedTitle: string } };
const catalogue = (locale: string) => JSON.parse(readFileSync(`lib/i18n/messages/${locale}.json`, 'utf8')) as Changes;

for (const locale of ['en', 'ru', 'be', 'zh']) {
  const messages = catalogue(locale);
  test(`the home page links to Recent changes, which offers its Atom feed (${locale})`, async ({ page, request }) => {
    await page.goto(`/${locale}`);
    await page.getByTestId('map-stats').getByRole('link', { name: messages.changes.homeLink }).click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/changes$`));
    await expect(page.getByRole('heading', { level: 1, name: messages.changes.title })).toBeVisible();
    await expect(page.getByTestId('changes').or(page.getByTestId('changes-empty'))).toBeVisible();
    const feedHref = await page.getByRole('link', { name: messages.changes.feedLink }).getAttribute('href');
    expect(feedHref).toBe(`/feeds/changes.atom?lang=${locale}`);
    expect(await page.locator('link[rel="alternate"][type="application/atom+xml"]').getAttribute('href')).toContain(feedHref);
    const response = await request.get(feedHref!);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('application/atom+xml; charset=utf-8');
    const feed = parseFeed(await response.text());
    expect(feed.meta.type).toBe('atom');
    expect(feed.title).toBe(messages.changes.feedTitle);
    expect(feed.language).toBe(locale === 'zh' ? 'zh-Hans' : locale);
  });
}

test("a place page offers the place's own feed; an unknown place's feed is a 404", async ({ page, request }) => {
  await page.goto('/ru/places/gomel-oblast');
  const link = page.getByRole('link', { name: /лента Atom/ });
  await expect(link).toHaveAttribute('href', '/feeds/places/gomel-oblast.atom?lang=ru');
  const response = await request.get('/feeds/places/gomel-oblast.atom?lang=ru');
  expect(response.status()).toBe(200);
  const feed = parseFeed(await response.text());
  expect(feed.title).toContain('Гомельская область');
  expect((await request.get('/feeds/places/no-such-place.atom')).status()).toBe(404);
  expect((await request.get('/feeds/places/gomel-oblast.rss')).status()).toBe(404);
});
