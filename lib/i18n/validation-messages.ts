import { formatPartialDate } from '@/lib/dates/format-partial-date';

/**
 * Editors read validation messages in their own language. The entity schemas (one per
 * entity, shared by forms, actions, the API and the CSV import) keep writing plain
 * English — that is what API clients and import reports get — and this module maps
 * each known English message to a catalogue key (`validation.*`) with its values, so
 * the admin UI can show it in the editor's language. Independent of the form library:
 * call `localizeValidationMessage` wherever a message is displayed. A message with no
 * rule is shown as it is (English), never dropped; tests/unit/validation-messages.test.ts
 * checks that every message the schemas can produce has a rule.
 */

/** What next-intl's `useTranslations('validation')` / `getTranslations('validation')` return. */
export type ValidationTranslator = {
  (key: string, values?: Record<string, string | number>): string;
  has(key: string): boolean;
};

/** `params` names the captures in order; `values` computes them where a value needs the locale. */
type Values = Record<string, string | number>;
type Rule = { pattern: RegExp; key: string; params?: string[]; values?: (match: RegExpExecArray, locale: string) => Values };

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Field labels used inside messages ("Title is required"), translated as `validation.label.<key>`. */
const LABELS: Record<string, string> = {
  'English name': 'englishName',
  Title: 'title',
  Name: 'name',
  'Fields of cooperation': 'fields',
  'First month': 'firstMonth',
  'Last month': 'lastMonth',
};

const COUNTRY: Record<string, string> = { Belarus: 'BY', China: 'CN' };

export const RULES: Rule[] = [
  // The partial-date parts (lib/dates/partial-date.ts), the month named in the editor's language.
  {
    pattern: /^(January|February|March|April|May|June|July|August|September|October|November|December) (\d{4}) has (\d+) days$/,
    key: 'daysInMonth',
    values: (m, locale) => ({
      monthYear: formatPartialDate(`${m[2]}-${String(MONTHS.indexOf(m[1]!) + 1).padStart(2, '0')}`, locale) ?? `${m[1]} ${m[2]}`,
      days: Number(m[3]),
    }),
  },
  { pattern: /^Choose the month, or set the precision/, key: 'chooseMonth' },
  { pattern: /^Enter the day, or set the precision/, key: 'enterDay' },
  { pattern: /^Enter the year as well$/, key: 'enterYear' },
  { pattern: /^There is no month (\d+)/, key: 'noMonth', params: ['month'] },
  { pattern: /^The year has four digits/, key: 'fourDigitYear' },
  { pattern: /^A year such as (\d{4})$/, key: 'yearExample', params: ['example'] },
  { pattern: /^Latitude is a number/, key: 'latitude' },
  { pattern: /^Longitude is a number/, key: 'longitude' },
  { pattern: /^Population is a whole positive number$/, key: 'wholePositive' },
  { pattern: /^Some fields need attention; nothing was saved\.$/, key: 'formHasErrors' },
  { pattern: /^(.+) is required$/, key: 'required', params: ['label'] },
  { pattern: /^(.+): at most (\d+) characters$/, key: 'labelMaxLength', params: ['label', 'max'] },
  { pattern: /^At most (\d+) characters$/, key: 'maxLength', params: ['max'] },
  { pattern: /^(.+): expected one of .+$/, key: 'labelChoice', params: ['label'] },
  { pattern: /^(.+): expected record ids$/, key: 'labelIds', params: ['label'] },
  { pattern: /^(.+): a month from 1 to 12$/, key: 'month', params: ['label'] },
  { pattern: /^Choose the partner in (Belarus|China)$/, key: 'partnerIn', params: ['country'] },
  { pattern: /^This side's partner must be a place in (Belarus|China)$/, key: 'partnerCountry', params: ['country'] },
  { pattern: /^A (.+) does not exist in (Belarus|China)$/, key: 'levelCountry', params: ['level', 'country'] },
  { pattern: /^Use a year \(2019\), a month \(2019-09\) or a full date \(2019-09-14\)$/, key: 'partialDate' },
  { pattern: /^A URL is required$/, key: 'urlRequired' },
  { pattern: /^Enter a full web address starting with http:\/\/ or https:\/\/$/, key: 'url' },
  { pattern: /^Add at least one source$/, key: 'sourceRequired' },
  { pattern: /^Missing record version; reload the page$/, key: 'version' },
  { pattern: /^Missing .+ id$/, key: 'missingId' },
  { pattern: /^Choose Belarus or China$/, key: 'country' },
  { pattern: /^Choose a level$/, key: 'level' },
  { pattern: /^Choose a stage$/, key: 'stage' },
  { pattern: /^Choose a status$/, key: 'status' },
  { pattern: /^Choose a type$/, key: 'type' },
  { pattern: /^Choose what kind of document or event it is$/, key: 'agreementKind' },
  { pattern: /^Choose the region \(oblast or province\) it lies in$/, key: 'regionRequired' },
  { pattern: /^A first-level region lies in no other region$/, key: 'regionOfRegion' },
  { pattern: /^Give both latitude and longitude, or neither$/, key: 'coordinates' },
  { pattern: /^The end year cannot be before the start year$/, key: 'yearOrder' },
  { pattern: /^The last month cannot be before the first$/, key: 'monthOrder' },
  { pattern: /^A whole year runs from month 1 to 12$/, key: 'wholeYear' },
  { pattern: /^A half year is months 1–6 or 7–12$/, key: 'halfYear' },
  { pattern: /^A quarter is months 1–3, 4–6, 7–9 or 10–12$/, key: 'quarter' },
  { pattern: /^Choose the Belarusian or Chinese place the figure is about$/, key: 'tradePlace' },
  { pattern: /^Country-level figures name no place; choose region or city scope$/, key: 'tradeCountryScope' },
  { pattern: /^Choose USD or CNY$/, key: 'currency' },
  { pattern: /^Choose country, region or city$/, key: 'tradeScope' },
  { pattern: /^Choose the kind of period$/, key: 'periodKind' },
  { pattern: /^Choose the unit \(units, thousands, millions, billions\)$/, key: 'scale' },
  { pattern: /^Choose total, Belarusian exports or imports$/, key: 'flow' },
  { pattern: /^Use a language code such as en, ru, be or zh$/, key: 'language' },
  { pattern: /^Enter a valid email address$/, key: 'email' },
  { pattern: /^Choose admin or editor$/, key: 'role' },
  { pattern: /^Choose a password$/, key: 'password' },
  { pattern: /^Expected a year such as 2017$/, key: 'year' },
  { pattern: /^Choose the pairing$/, key: 'pairing' },
  { pattern: /^Choose the country it is in$/, key: 'projectCountry' },
  { pattern: /^The value is a number$/, key: 'number' },
  // zod's own wording, for a field a schema gives no message of its own.
  { pattern: /^Invalid input/, key: 'invalid' },
];

/** The catalogue key and values for an English message, or null when no rule knows it. */
export function validationMessageKey(message: string, locale = 'en'): { key: string; values: Values } | null {
  for (const rule of RULES) {
    const match = rule.pattern.exec(message);
    if (!match) continue;
    const values = rule.values ? rule.values(match, locale) : Object.fromEntries((rule.params ?? []).map((name, i) => [name, match[i + 1]!]));
    return { key: rule.key, values };
  }
  return null;
}

/** An English validation message in the editor's language (unknown messages unchanged). */
export function localizeValidationMessage(message: string, t: ValidationTranslator, locale = 'en'): string {
  const found = validationMessageKey(message, locale);
  if (!found || !t.has(found.key)) return message;
  const values: Values = { ...found.values };
  const label = typeof values.label === 'string' ? LABELS[values.label] : undefined;
  if (label && t.has(`label.${label}`)) values.label = t(`label.${label}`);
  if (typeof values.country === 'string') values.country = COUNTRY[values.country]!;
  return t(found.key, values);
}
