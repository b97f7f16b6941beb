import { z } from 'zod';
import {
  filterErrorsOf,
  listParam,
  pageParam,
  pageSizeParam,
  parseAtlasFilters,
  searchParamsRecord,
  slugParam,
  yearParam,
  type AtlasFilters,
  type FilterErrors,
} from '@/lib/filters/schema';
import {
  COUNTRIES,
  CURRENCIES,
  PLACE_TIERS,
  PROJECT_STATUSES,
  TRADE_FLOWS,
  TRADE_SCOPES,
} from '@/lib/domain/vocabulary';

/**
 * Query parameters of the public API. The agreement and pairing endpoints take the
 * shared filter state (lib/filters/schema.ts) plus `format`; the other endpoints have
 * their own strict schemas here. The OpenAPI document is generated from these.
 */
export const formatParam = z.enum(['json', 'csv'], { error: 'Expected json or csv' });
export type Format = z.output<typeof formatParam>;

const country = z.enum(COUNTRIES, { error: `Expected one of: ${COUNTRIES.join(', ')}` });

export const placesQuery = z
  .object({
    country: country.optional(),
    tier: z.enum(PLACE_TIERS, { error: `Expected one of: ${PLACE_TIERS.join(', ')}` }).optional(),
    q: z.string().trim().min(1, 'Must not be empty').max(200, 'At most 200 characters').optional(),
    page: pageParam.optional(),
    pageSize: pageSizeParam.optional(),
    format: formatParam.optional(),
  })
  .strict();

export const projectsQuery = z
  .object({
    country: country.optional(),
    status: listParam(PROJECT_STATUSES).optional(),
    place: slugParam.optional(),
    page: pageParam.optional(),
    pageSize: pageSizeParam.optional(),
    format: formatParam.optional(),
  })
  .strict();

export const tradeQuery = z
  .object({
    scope: listParam(TRADE_SCOPES).optional(),
    flow: listParam(TRADE_FLOWS).optional(),
    currency: z.enum(CURRENCIES, { error: `Expected one of: ${CURRENCIES.join(', ')}` }).optional(),
    by: slugParam.optional(),
    cn: slugParam.optional(),
    from: yearParam.optional(),
    to: yearParam.optional(),
    format: formatParam.optional(),
  })
  .strict()
  .refine((q) => q.from === undefined || q.to === undefined || q.from <= q.to, {
    path: ['from'],
    message: '"from" must not be after "to"',
  });

export const sourcesQuery = z
  .object({
    language: z.string().trim().regex(/^[a-z]{2,3}(?:-[A-Za-z]{2,4})?$/, 'Expected a language tag such as "ru" or "zh"').optional(),
    page: pageParam.optional(),
    pageSize: pageSizeParam.optional(),
    format: formatParam.optional(),
  })
  .strict();

export type Parsed<T> = { ok: true; data: T } | { ok: false; errors: FilterErrors };

/**
 * `format` turns a list request into an export: the whole result as a file. Paging
 * does not apply to exports, so asking for both is an error rather than a surprise.
 */
function checkExport(record: Record<string, unknown>, format: Format | undefined): FilterErrors {
  if (!format) return [];
  return (['page', 'pageSize'] as const)
    .filter((key) => record[key] !== undefined)
    .map((key) => ({ parameter: key, message: 'Exports (format=…) hold the whole result; leave out paging' }));
}

export function parseQuery<S extends z.ZodType<{ format?: Format }>>(schema: S, url: URL): Parsed<z.output<S>> {
  const record = searchParamsRecord(url.searchParams);
  const result = schema.safeParse(record);
  if (!result.success) return { ok: false, errors: filterErrorsOf(result.error) };
  const errors = checkExport(record, result.data.format);
  return errors.length > 0 ? { ok: false, errors } : { ok: true, data: result.data };
}

/** The shared filter state plus an optional export `format` (json | csv). */
export function parseFilterQuery(
  url: URL,
  { allowFormat = true } = {},
): Parsed<{ filters: AtlasFilters; format: Format | undefined }> {
  const record = searchParamsRecord(url.searchParams);
  const { format: rawFormat, ...rest } = record;
  const errors: FilterErrors = [];
  let format: Format | undefined;
  if (rawFormat !== undefined) {
    const parsed = formatParam.safeParse(rawFormat);
    if (!allowFormat) errors.push({ parameter: 'format', message: 'Unknown parameter' });
    else if (parsed.success) format = parsed.data;
    else errors.push(...filterErrorsOf(parsed.error).map((e) => ({ ...e, parameter: 'format' })));
  }
  const filters = parseAtlasFilters(rest);
  if (!filters.ok) errors.push(...filters.errors);
  errors.push(...checkExport(rest, format));
  if (errors.length > 0 || !filters.ok) return { ok: false, errors };
  return { ok: true, data: { filters: filters.filters, format } };
}

/** A record slug; pairing slugs join the two partners' slugs with "--". */
export const recordSlug = z
  .string()
  .regex(/^[a-z0-9]+(?:--?[a-z0-9]+)*$/, 'Expected a slug such as "grodno-oblast" or "grodno-oblast--gansu"');

/** A detail route's slug, and no query parameters. */
export function parseSlug(slug: string, url: URL): Parsed<string> {
  const errors: FilterErrors = [...url.searchParams.keys()].map((key) => ({ parameter: key, message: 'Unknown parameter' }));
  const parsed = recordSlug.safeParse(slug);
  if (!parsed.success) errors.unshift({ parameter: 'slug', message: parsed.error.issues[0].message });
  return errors.length > 0 || !parsed.success ? { ok: false, errors } : { ok: true, data: parsed.data };
}
