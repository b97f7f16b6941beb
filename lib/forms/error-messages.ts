import { formatPartialDate } from '@/lib/dates/format-partial-date';

/**
 * The entity schemas word their refusals in English: the API and the CSV import
 * answer in English, and the schemas stay one per entity. The forms show the same
 * refusals in the editor's language by matching each English message to a catalogue
 * key (`adminForms.errors.*`); a message with no key here is shown as written.
 */
type Params = Record<string, string | number>;
type Rule = { pattern: RegExp; key: string; params?: (match: RegExpExecArray, locale: string) => Params };

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export const ERROR_RULES: Rule[] = [
  {
    pattern: /^(January|February|March|April|May|June|July|August|September|October|November|December) (\d{4}) has (\d+) days$/,
    key: 'daysInMonth',
    params: (m, locale) => ({
      monthYear: formatPartialDate(`${m[2]}-${String(MONTHS.indexOf(m[1]!) + 1).padStart(2, '0')}`, locale) ?? `${m[1]} ${m[2]}`,
      days: Number(m[3]),
    }),
  },
  { pattern: /^Choose the month, or set the precision/, key: 'chooseMonth' },
  { pattern: /^Enter the day, or set the precision/, key: 'enterDay' },
  { pattern: /^Enter the year as well$/, key: 'enterYear' },
  { pattern: /^There is no month (\d+)/, key: 'noMonth', params: (m) => ({ month: m[1]! }) },
  { pattern: /^The year has four digits/, key: 'fourDigitYear' },
  { pattern: /^Use a year \(\d{4}\), a month/, key: 'dateFormat' },
  { pattern: / is required$|^A URL is required$/, key: 'required' },
  { pattern: /(?:^|: )[Aa]t most (\d+) characters$/, key: 'tooLong', params: (m) => ({ max: Number(m[1]) }) },
  { pattern: /^Enter a full web address/, key: 'url' },
  { pattern: /^A year such as (\d{4})$/, key: 'year', params: (m) => ({ example: m[1]! }) },
  { pattern: /^Latitude is a number/, key: 'latitude' },
  { pattern: /^Longitude is a number/, key: 'longitude' },
  { pattern: /^Give both latitude and longitude/, key: 'bothCoordinates' },
  { pattern: /^Add at least one source$/, key: 'atLeastOneSource' },
  { pattern: /^The value is a number$/, key: 'number' },
  { pattern: /^Population is a whole positive number$/, key: 'wholePositive' },
  { pattern: /^The end year cannot be before the start year$/, key: 'endBeforeStart' },
  { pattern: /^The last month cannot be before the first$/, key: 'lastMonthBeforeFirst' },
  { pattern: /^Choose the (?:region|partner)|^Choose (?:a|the|what|Belarus|country|total|USD)\b/, key: 'choose' },
  { pattern: /^Some fields need attention; nothing was saved\.$/, key: 'invalid' },
];

/** The catalogue key and values for an English schema message, or null to show it as written. */
export function errorMessageKey(message: string, locale: string): { key: string; params: Params } | null {
  for (const rule of ERROR_RULES) {
    const match = rule.pattern.exec(message);
    if (match) return { key: rule.key, params: rule.params?.(match, locale) ?? {} };
  }
  return null;
}
