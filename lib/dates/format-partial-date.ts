import { parsePartialDate, type DatePrecision } from './partial-date';

/**
 * Intl tag per page language: English dates read day-month-year ("7 Nov 2023"), as the
 * research notes write them.
 */
const INTL_TAG: Record<string, string> = { en: 'en-GB', ru: 'ru', be: 'be', zh: 'zh-Hans' };

const OPTIONS: Record<DatePrecision, Intl.DateTimeFormatOptions> = {
  year: { year: 'numeric', timeZone: 'UTC' },
  month: { year: 'numeric', month: 'long', timeZone: 'UTC' },
  day: { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' },
};

/**
 * Node's and Chromium's ICU give Belarusian only bare month stems ("7 ліс 2023"); the
 * forms Belarusian editors write are CLDR's full data: "7 ліст. 2023 г.", "сакавік 2017 г.".
 */
const BE_MONTH_SHORT = ['студз.', 'лют.', 'сак.', 'крас.', 'мая', 'чэрв.', 'ліп.', 'жн.', 'вер.', 'кастр.', 'ліст.', 'снеж.'];
const BE_MONTH_LONG = ['студзень', 'люты', 'сакавік', 'красавік', 'май', 'чэрвень', 'ліпень', 'жнівень', 'верасень', 'кастрычнік', 'лістапад', 'снежань'];

// One formatter per locale and precision: building Intl formatters is the slow part.
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(locale: string, precision: DatePrecision): Intl.DateTimeFormat {
  const key = `${locale}|${precision}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(INTL_TAG[locale] ?? locale, OPTIONS[precision]);
    formatters.set(key, f);
  }
  return f;
}

/**
 * "2017", "March 2017", "7 Nov 2023" in the given locale: shows only what is known.
 * Approximate (inferred) dates get a trailing "?" as in the research notes.
 */
export function formatPartialDate(iso: string | null, locale: string, approximate = false): string | null {
  if (iso === null) return null;
  const date = parsePartialDate(iso);
  if (!date) return iso;
  let text: string;
  if (locale === 'be' && date.month) {
    text =
      date.precision === 'day'
        ? `${date.day} ${BE_MONTH_SHORT[date.month - 1]} ${date.year} г.`
        : `${BE_MONTH_LONG[date.month - 1]} ${date.year} г.`;
  } else {
    const utc = new Date(Date.UTC(date.year, (date.month ?? 1) - 1, date.day ?? 1));
    text = formatter(locale, date.precision).format(utc);
  }
  return approximate ? `${text}?` : text;
}
