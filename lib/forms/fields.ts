import { z } from 'zod';
import { composePartialDate, parsePartialDate, partialDateProblem } from '@/lib/dates/partial-date';

/**
 * zod building blocks for the entity schemas. Each accepts what a form, a JSON body
 * or a CSV cell sends (strings, "" for empty, "on"/"true" for checkboxes) and
 * yields what the database stores (null for empty). Client-safe: no server imports.
 */
const empty = (value: unknown) => value === undefined || value === null || (typeof value === 'string' && value.trim() === '');

export function requiredText(label: string, max = 300) {
  return z
    .string({ error: `${label} is required` })
    .trim()
    .min(1, `${label} is required`)
    .max(max, `${label}: at most ${max} characters`);
}

export function optionalText(max = 2000) {
  return z.preprocess(
    (value) => (empty(value) ? null : value),
    z.string().trim().max(max, `At most ${max} characters`).nullable(),
  ).optional().transform((value) => value ?? null);
}

export function optionalNumber(min: number, max: number, message: string) {
  return z
    .preprocess(
      (value) => (empty(value) ? null : typeof value === 'string' ? Number(value.trim().replace(',', '.')) : value),
      z.number({ error: message }).min(min, message).max(max, message).nullable(),
    )
    .optional()
    .transform((value) => value ?? null);
}

export function optionalInt(min: number, max: number, message: string) {
  return z
    .preprocess(
      (value) => (empty(value) ? null : typeof value === 'string' ? Number(value.trim()) : value),
      z.number({ error: message }).int(message).min(min, message).max(max, message).nullable(),
    )
    .optional()
    .transform((value) => value ?? null);
}

export function requiredNumber(message: string) {
  return z.preprocess(
    (value) => (empty(value) ? undefined : typeof value === 'string' ? Number(value.trim().replace(',', '.')) : value),
    z.number({ error: message }).refine(Number.isFinite, message),
  );
}

/** A checkbox: true, "true", "on", "yes", "1" → true; absent or anything else → false. */
export const checkbox = z
  .preprocess(
    (value) => (typeof value === 'string' ? ['true', 'on', 'yes', '1', 'y'].includes(value.trim().toLowerCase()) : value ?? false),
    z.boolean(),
  )
  .default(false);

/** A record id chosen in a form (a select or a combobox). */
export function recordId(message: string) {
  return z.preprocess(
    (value) => (empty(value) ? undefined : typeof value === 'string' ? Number(value) : value),
    z.number({ error: message }).int(message).positive(message),
  );
}

export function optionalRecordId(message: string) {
  return z
    .preprocess(
      (value) => (empty(value) ? null : typeof value === 'string' ? Number(value) : value),
      z.number({ error: message }).int(message).positive(message).nullable(),
    )
    .optional()
    .transform((value) => value ?? null);
}

/** The version the editor started from (optimistic concurrency). */
export const version = z.preprocess(
  (value) => (typeof value === 'string' ? Number(value) : value),
  z.number({ error: 'Missing record version; reload the page' }).int().positive(),
);

/**
 * An optional partial date, stored as its three columns. Takes the ISO prefix as text
 * (API, CSV: "2019", "2019-09", "2019-09-14") or the form's parts
 * (`{ precision, year, month, day }`); both are checked by the shared date rules,
 * so an impossible date says which month is too short, in the forms and the import.
 */
export const optionalPartialDate = z
  .preprocess((value) => (empty(value) ? null : value), z.union([z.string().trim(), z.record(z.string(), z.unknown())]).nullable())
  .optional()
  .transform((value, ctx) => {
    if (value === null || value === undefined) return null;
    let iso: string | null;
    if (typeof value === 'string') {
      const problem = partialDateProblem(value);
      if (problem) {
        ctx.addIssue({ code: 'custom', message: problem });
        return z.NEVER;
      }
      iso = value;
    } else {
      const text = (key: string) => (typeof value[key] === 'string' ? (value[key] as string) : undefined);
      const composed = composePartialDate({ precision: text('precision'), year: text('year'), month: text('month'), day: text('day') });
      if (composed.problem) {
        ctx.addIssue({ code: 'custom', message: composed.problem.message });
        return z.NEVER;
      }
      iso = composed.iso;
    }
    const date = iso ? parsePartialDate(iso) : null;
    return date ? { iso: date.iso, precision: date.precision, year: date.year } : null;
  });

/** A list of choices from a closed vocabulary: an array, or "a;b" / "a,b" text (CSV). */
export function choiceList<T extends string>(values: readonly [T, ...T[]], label: string) {
  return z
    .preprocess(
      (value) =>
        empty(value)
          ? []
          : typeof value === 'string'
            ? value.split(/[;,|]/).map((v) => v.trim()).filter(Boolean)
            : value,
      z.array(z.enum(values, { error: `${label}: expected one of ${values.join(', ')}` })),
    )
    .transform((items) => [...new Set(items)]);
}

/** Ids of linked records (sources, pairings): an array of ids, or "1;2" text. */
export function idList(label: string) {
  return z.preprocess(
    (value) =>
      empty(value)
        ? []
        : typeof value === 'string'
          ? value.split(/[;,]/).map((v) => v.trim()).filter(Boolean).map(Number)
          : Array.isArray(value)
            ? value.map((v) => (typeof v === 'string' ? Number(v) : v))
            : value,
    z.array(z.number({ error: `${label}: expected record ids` }).int().positive()),
  ).transform((ids) => [...new Set(ids)]);
}

export const httpUrl = z
  .string({ error: 'A URL is required' })
  .trim()
  .min(1, 'A URL is required')
  .max(2000, 'At most 2000 characters')
  .pipe(z.url({ protocol: /^https?$/, error: 'Enter a full web address starting with http:// or https://' }));

/** Field errors keyed by dotted path ("sources.0.url"), as forms show them. */
export type FieldErrors = Record<string, string[]>;

export function toFieldErrors(error: z.ZodError): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.length ? issue.path.map(String).join('.') : '_form';
    (errors[key] ??= []).push(issue.message);
  }
  return errors;
}
