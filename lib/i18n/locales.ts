import type { Locale } from './routing';

/** Each language named in itself, as a reader looks for it in a switcher. */
export const LOCALE_NAMES: Record<Locale, string> = {
  en: 'English',
  ru: 'Русский',
  be: 'Беларуская',
  zh: '中文',
};

/** BCP 47 tags for hreflang and Intl: `zh` on this site is Simplified Chinese of China. */
export const LOCALE_TAGS: Record<Locale, string> = {
  en: 'en',
  ru: 'ru',
  be: 'be',
  zh: 'zh-Hans',
};
