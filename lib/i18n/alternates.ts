import type { Metadata } from 'next';
import { LOCALE_TAGS } from './locales';
import { routing } from './routing';

/**
 * Canonical URL of a page in its locale plus hreflang alternates for every locale and
 * x-default (English), so search engines show readers the page in their language.
 * `path` is the page's path without the locale ('' for the home page).
 */
export function localeAlternates(locale: string, path: string): NonNullable<Metadata['alternates']> {
  const languages: Record<string, string> = {};
  for (const l of routing.locales) languages[LOCALE_TAGS[l]] = `/${l}${path}`;
  languages['x-default'] = `/${routing.defaultLocale}${path}`;
  return { canonical: `/${locale}${path}`, languages };
}
