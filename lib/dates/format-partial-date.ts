import { parsePartialDate } from './partial-date';

/**
 * "2017", "Mar 2017", "7 Nov 2023" in the given locale: shows only what is known.
 * Approximate (inferred) dates get a trailing "?" as in the research notes.
 */
export function formatPartialDate(iso: string | null, locale: string, approximate = false): string | null {
  if (iso === null) return null;
  const date = parsePartialDate(iso);
  if (!date) return iso;
  const utc = new Date(Date.UTC(date.year, (date.month ?? 1) - 1, date.day ?? 1));
  const options: Intl.DateTimeFormatOptions =
    date.precision === 'year'
      ? { year: 'numeric', timeZone: 'UTC' }
      : date.precision === 'month'
        ? { year: 'numeric', month: 'short', timeZone: 'UTC' }
        : { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' };
  const text = new Intl.DateTimeFormat(locale, options).format(utc);
  return approximate ? `${text}?` : text;
}
