import { defineRouting } from 'next-intl/routing';

/**
 * The locale is the first URL segment (/en/...). Adding a language means adding it
 * here and a catalogue in lib/i18n/messages/<locale>.json.
 */
export const routing = defineRouting({
  locales: ['en', 'ru', 'be', 'zh'],
  defaultLocale: 'en',
  localePrefix: 'always',
  // `/` negotiates from Accept-Language (zh-CN, zh-Hans → zh) unless the reader chose
  // a language before: next-intl keeps that choice in the NEXT_LOCALE cookie.
  localeDetection: true,
  localeCookie: { name: 'NEXT_LOCALE', maxAge: 60 * 60 * 24 * 365, sameSite: 'lax' },
  // No `Link` response header: it repeats the path once per locale (a long hostile path
  // overflowed clients' header limits), and every page already carries its hreflang
  // alternates in <head> (lib/i18n/alternates.ts).
  alternateLinks: false,
});

export type Locale = (typeof routing.locales)[number];

export function isLocale(value: string): value is Locale {
  return (routing.locales as readonly string[]).includes(value);
}
