import { z } from 'zod';

/**
 * A date known to the year, the month or the day, written as a prefix of ISO 8601:
 * "2007", "2017-03", "2023-11-07". Stored as that text plus its precision.
 *
 * Ordering rule (docs/data-model.md): plain text order. A date sorts by the start
 * of the period it names, and a coarser date sorts before a finer one that starts
 * on the same day: "2017" < "2017-03" < "2017-03-01" < "2017-03-27" < "2017-04".
 * Filtering by year uses the year alone, so "2017" is in year 2017.
 */
export const DATE_PRECISIONS = ['year', 'month', 'day'] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

export type PartialDate = {
  iso: string;
  precision: DatePrecision;
  year: number;
  month?: number;
  day?: number;
};

const PARTIAL_ISO = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Parses "2023", "2023-11" or "2023-11-07"; returns null for anything else. */
export function parsePartialDate(input: string): PartialDate | null {
  const match = PARTIAL_ISO.exec(input.trim());
  if (!match) return null;
  const year = Number(match[1]);
  if (year < 1000) return null;
  if (match[2] === undefined) return { iso: match[0], precision: 'year', year };
  const month = Number(match[2]);
  if (month < 1 || month > 12) return null;
  if (match[3] === undefined) return { iso: match[0], precision: 'month', year, month };
  const day = Number(match[3]);
  if (day < 1 || day > daysInMonth(year, month)) return null;
  return { iso: match[0], precision: 'day', year, month, day };
}

export function comparePartialDates(a: string | null, b: string | null): number {
  // Undated records go last.
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}

/** The first and last calendar day the partial date may stand for (ISO dates). */
export function partialDateRange(date: PartialDate): { start: string; end: string } {
  const mm = (n: number) => String(n).padStart(2, '0');
  if (date.precision === 'day') return { start: date.iso, end: date.iso };
  if (date.precision === 'month') {
    const last = daysInMonth(date.year, date.month!);
    return { start: `${date.iso}-01`, end: `${date.iso}-${mm(last)}` };
  }
  return { start: `${date.year}-01-01`, end: `${date.year}-12-31` };
}

export const PARTIAL_DATE_HINT = 'Use a year (2023), a month (2023-11) or a full date (2023-11-07)';

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * Why `input` is not a partial date, in the words an editor needs: a month out of
 * range or a day the month does not have ("February 2023 has 28 days") rather than
 * the generic format hint. Null when it is a valid partial date.
 */
export function partialDateProblem(input: string): string | null {
  const match = PARTIAL_ISO.exec(input.trim());
  if (!match) return PARTIAL_DATE_HINT;
  const year = Number(match[1]);
  if (year < 1000) return 'The year has four digits, such as 2019';
  if (match[2] === undefined) return null;
  const month = Number(match[2]);
  if (month < 1 || month > 12) return `There is no month ${match[2]}: use 01 to 12`;
  if (match[3] === undefined) return null;
  const day = Number(match[3]);
  const last = daysInMonth(year, month);
  if (day < 1 || day > last) return `${MONTH_NAMES[month - 1]} ${year} has ${last} days`;
  return null;
}

/**
 * A partial date as a form sends it: the precision the editor chose and the parts
 * typed so far. Every part is kept as typed (so a day typed before the month stays);
 * an unfilled part of the chosen precision is refused, never silently dropped.
 */
export type PartialDateParts = { precision?: string; year?: string; month?: string; day?: string };

export function composePartialDate(parts: PartialDateParts): { iso: string | null; problem: { part: 'year' | 'month' | 'day'; message: string } | null } {
  const year = (parts.year ?? '').trim();
  const month = (parts.month ?? '').trim();
  const day = (parts.day ?? '').trim();
  const precision = DATE_PRECISIONS.includes(parts.precision as DatePrecision) ? (parts.precision as DatePrecision) : 'year';
  const wantsMonth = precision !== 'year';
  const wantsDay = precision === 'day';
  if (!year) {
    if ((wantsMonth && month) || (wantsDay && day)) return { iso: null, problem: { part: 'year', message: 'Enter the year as well' } };
    return { iso: null, problem: null };
  }
  if (wantsMonth && !month) {
    return { iso: null, problem: { part: 'month', message: `Choose the month, or set the precision to “Year”` } };
  }
  if (wantsDay && !day) {
    return { iso: null, problem: { part: 'day', message: `Enter the day, or set the precision to “Month”` } };
  }
  const iso = [year, wantsMonth ? month.padStart(2, '0') : null, wantsDay ? day.padStart(2, '0') : null].filter(Boolean).join('-');
  const problem = partialDateProblem(iso);
  return { iso, problem: problem ? { part: wantsDay && /days$/.test(problem) ? 'day' : 'year', message: problem } : null };
}

export const partialDateSchema = z
  .string()
  .trim()
  .superRefine((value, ctx) => {
    const problem = partialDateProblem(value);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });

/** Newest first, undated records still last (the reverse of `comparePartialDates` for dated ones). */
export function comparePartialDatesNewestFirst(a: string | null, b: string | null): number {
  if (a === null || b === null) return comparePartialDates(a, b);
  return comparePartialDates(b, a);
}

/** A stored partial date as the form's parts (the inverse of `composePartialDate`). */
export function partialDateParts(iso: string | null | undefined): Required<PartialDateParts> {
  const [year = '', month = '', day = ''] = (iso ?? '').split('-');
  return { precision: day ? 'day' : month ? 'month' : 'year', year, month, day };
}
