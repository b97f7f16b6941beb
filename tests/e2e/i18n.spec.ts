import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { flattenMessages, type MessageTree } from '../helpers/messages';

const catalogue = (locale: string) => JSON.parse(readFileSync(`lib/i18n/messages/${locale}.json`, 'utf8')) as MessageTree;

const english = flattenMessages(catalogue('en'));
const catalogues: Record<string, Map<string, string>> = { ru: flattenMessages(catalogue('ru')), be: flattenMessages(catalogue('be')), zh: flattenMessages(catalogue('zh')) };

/**
 * English UI strings a page in `locale` must not show: every catalogue value without
 * ICU arguments whose translation differs (so "API", "CSV", "BibTeX" are allowed).
 */
function forbiddenStrings(locale: string): Set<string> {
  const target = catalogues[locale];
  const out = new Set<string>();
  for (const [key, value] of english) {
    if (value.includes('{') || !/[A-Za-z]{3}/.test(value)) continue;
    if (target.get(key) === value) continue;
    out.add(value.trim());
  }
  return out;
}

/** Every text node and every accessible-text attribute, except what is marked English. */
async function visibleTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const texts: string[] = [];
    const isEnglish = (el: Element | null) => !!el?.closest('[lang="en"]:not(html)');
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || parent.closest('script, style, noscript') || isEnglish(parent)) continue;
      const text = node.textContent?.trim();
      if (text) texts.push(text);
    }
    for (const el of document.body.querySelectorAll('[aria-label], [placeholder], [title], [alt]')) {
      if (isEnglish(el)) continue;
      for (const attr of ['aria-label', 'placeholder', 'title', 'alt']) {
        const value = el.getAttribute(attr)?.trim();
        if (value) texts.push(value);
      }
    }
    texts.push(document.title);
    return texts;
  });
}

const PAGES = [
  '',
  '/timeline',
  '/agreements',
  '/pairings/novogrudok-district--dunhuang',
  '/places/gansu',
  '/trade',
  '/admin/sign-in',
];

test('Accept-Language zh-CN on / lands on /zh, ru on /ru', async ({ browser }) => {
  for (const [acceptLocale, expected] of [['zh-CN', 'zh'], ['ru-RU', 'ru'], ['be-BY', 'be'], ['de-DE', 'en']] as const) {
    const context = await browser.newContext({ locale: acceptLocale });
    const page = await context.newPage();
    await page.goto('/');
    await expect(page).toHaveURL(new RegExp(`/${expected}$`));
    await expect(page.locator('html')).toHaveAttribute('lang', expected);
    await context.close();
  }
});

test('the switcher keeps the page, its filters and its hash, and / remembers the choice', async ({ page }) => {
  await page.goto('/en/agreements?stage=established#results');
  const switcher = page.getByRole('navigation', { name: 'Language' });
  const russian = switcher.getByRole('link', { name: 'Русский' });
  await expect(russian).toHaveAttribute('hreflang', 'ru');
  await expect(russian).toHaveAttribute('href', '/ru/agreements?stage=established#results');
  await russian.click();
  await expect(page).toHaveURL(/\/ru\/agreements\?stage=established#results$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Поиск соглашений');
  await expect(page.getByRole('navigation', { name: 'Язык' }).getByRole('link', { name: '中文' })).toHaveAttribute('lang', 'zh-Hans');

  await page.goto('/');
  await expect(page).toHaveURL(/\/ru$/);
});

test('every page names its translations for search engines', async ({ page }) => {
  await page.goto('/be/pairings/novogrudok-district--dunhuang');
  await expect(page.locator('html')).toHaveAttribute('lang', 'be');
  for (const [lang, href] of [['en', '/en/'], ['ru', '/ru/'], ['be', '/be/'], ['zh-Hans', '/zh/'], ['x-default', '/en/']]) {
    await expect(page.locator(`link[rel="alternate"][hreflang="${lang}"]`)).toHaveAttribute('href', new RegExp(`${href}pairings/novogrudok-district--dunhuang$`));
  }
});

for (const locale of ['ru', 'be', 'zh']) {
  test(`no English UI string is left on the main pages in ${locale}`, async ({ page }) => {
    const forbidden = forbiddenStrings(locale);
    expect(forbidden.size).toBeGreaterThan(300);
    const leftovers: string[] = [];
    for (const path of PAGES) {
      const response = await page.goto(`/${locale}${path}`);
      expect(response?.status(), path).toBe(200);
      await expect(page.locator('html')).toHaveAttribute('lang', locale);
      for (const text of await visibleTexts(page)) {
        if (forbidden.has(text)) leftovers.push(`${path || '/'}: ${text}`);
      }
    }
    expect(leftovers).toEqual([]);
  });
}

test('a pairing in Chinese shows Chinese place names and dates', async ({ page }) => {
  await page.goto('/zh/pairings/novogrudok-district--dunhuang');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('敦煌');
  await expect(page.getByText('2023年11月7日').first()).toBeVisible();
});
