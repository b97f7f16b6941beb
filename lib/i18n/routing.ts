import { defineRouting } from 'next-intl/routing';

/**
 * The locale is the first URL segment (/en/...). Adding a language means adding it
 * here and a catalogue in lib/i18n/messages/<locale>.json.
 */
export const routing = defineRouting({
  locales: ['en'],
  defaultLocale: 'en',
  localePrefix: 'always',
});

export type Locale = (typeof routing.locales)[number];

export function isLocale(value: string): value is Locale {
  return (routing.locales as readonly string[]).includes(value);
}
