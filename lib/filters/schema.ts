import { z } from 'zod';
import {
  AGREEMENT_KINDS,
  COOPERATION_FIELDS,
  PAIRING_STAGES,
  PAIRING_TYPES,
} from '@/lib/domain/vocabulary';

/**
 * The filter state shared by the map, the timeline, the agreement search and the
 * public API. It lives in the URL: every view parses it with `parseAtlasFilters` and
 * writes it back with `atlasFiltersToSearchParams`, so links are shareable and the
 * same parameters mean the same thing everywhere (docs/map.md, "Data flow").
 */
export const MIN_YEAR = 1990;
export const MAX_YEAR = 2100;
export const MAX_QUERY_LENGTH = 200;
export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

export const slugParam = z.string().trim().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Expected a slug such as "grodno-oblast"');
export const yearParam = z.coerce
  .number({ error: 'Expected a year such as 2017' })
  .int('Expected a whole year such as 2017')
  .min(MIN_YEAR, `Years start at ${MIN_YEAR}`)
  .max(MAX_YEAR, `Years end at ${MAX_YEAR}`);

export const pageParam = z.coerce.number({ error: 'Expected a page number' }).int().min(1, 'Pages start at 1');
export const pageSizeParam = z.coerce
  .number({ error: 'Expected a page size' })
  .int()
  .min(1, 'At least 1')
  .max(MAX_PAGE_SIZE, `At most ${MAX_PAGE_SIZE}`);

/** A list given as `?stage=a&stage=b` or `?stage=a,b`. */
export function listParam<T extends string>(values: readonly [T, ...T[]]) {
  return z
    .union([z.string(), z.array(z.string())])
    .transform((raw) => (Array.isArray(raw) ? raw : [raw]).flatMap((v) => v.split(',')).map((v) => v.trim()).filter(Boolean))
    .pipe(z.array(z.enum(values, { error: `Expected one of: ${values.join(', ')}` })))
    .transform((items) => [...new Set(items)])
    // Describes the list for the API's OpenAPI document (the transforms have no JSON Schema).
    .meta({
      type: 'array',
      items: { type: 'string', enum: [...values] },
      description: `One or more of: ${values.join(', ')} (comma-separated or repeated)`,
    });
}

/** The parameters themselves, before the cross-field rules (the API's OpenAPI document lists these). */
export const atlasFilterParams = z
  .object({
    /** Free text: a place name in any language or spelling, or words of an agreement. */
    q: z.string().trim().max(MAX_QUERY_LENGTH, `At most ${MAX_QUERY_LENGTH} characters`).optional().meta({ description: 'Free text, the same on every endpoint: place names in any language or spelling (case and accents ignored, typos corrected), words of agreements; every word must match; a year (2017) or range (2015–2017) is a date filter', example: 'Minsk' }),
    /** A place slug on either side (a city, district or region). */
    city: slugParam.optional().meta({ description: 'A place slug on either side (a city, district or region): its own pairings', example: 'dunhuang' }),
    /** A first-level region slug on either side: pairings of it and of places in it. */
    region: slugParam.optional().meta({ description: 'A first-level region slug on either side: its pairings and those of places in it', example: 'grodno-oblast' }),
    /** A Belarusian region slug. */
    by: slugParam.optional().meta({ description: 'A Belarusian region slug: pairings of it and of places in it', example: 'minsk-oblast' }),
    /** A Chinese province/municipality/autonomous region slug. */
    cn: slugParam.optional().meta({ description: 'A Chinese province, municipality or autonomous region slug', example: 'gansu' }),
    /** One pairing, by its slug (the two partners' slugs joined by "--"). */
    pairing: z.string().trim().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*--[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Expected a pairing slug such as "grodno-oblast--gansu"').optional().meta({ description: 'One pairing by its slug', example: 'novogrudok-district--dunhuang' }),
    year: yearParam.optional().meta({ description: 'One year; with from/to, their overlap', example: 2017 }),
    from: yearParam.optional().meta({ description: 'First year (inclusive); records without a date drop out. from after to reads as the range between them', example: 2015 }),
    to: yearParam.optional().meta({ description: 'Last year (inclusive)', example: 2020 }),
    stage: listParam(PAIRING_STAGES).optional(),
    type: listParam(PAIRING_TYPES).optional(),
    field: listParam(COOPERATION_FIELDS).optional(),
    kind: listParam(AGREEMENT_KINDS).optional(),
    page: pageParam.optional().meta({ description: 'Page number, from 1', example: 1 }),
    pageSize: pageSizeParam.optional().meta({ description: `Results per page (default ${DEFAULT_PAGE_SIZE}, at most ${MAX_PAGE_SIZE})`, example: 20 }),
    sort: z.enum(['date', 'relevance'], { error: 'Expected date or relevance' }).optional().meta({ description: 'date: newest first; relevance (the default with q): best match first' }),
  })
  .strict();

export const atlasFiltersSchema = atlasFilterParams
  .superRefine((filters, ctx) => {
    if (filters.year !== undefined && (filters.from !== undefined || filters.to !== undefined)) {
      ctx.addIssue({ code: 'custom', path: ['year'], message: 'Use either year or from/to, not both' });
    }
    if (filters.from !== undefined && filters.to !== undefined && filters.from > filters.to) {
      ctx.addIssue({ code: 'custom', path: ['from'], message: '"from" must not be after "to"' });
    }
  })
  .transform(({ year: single, ...rest }) => ({
    ...rest,
    q: rest.q === '' ? undefined : rest.q,
    // `year=2017` is shorthand for from=2017&to=2017.
    from: single ?? rest.from,
    to: single ?? rest.to,
  }));

export type AtlasFilters = z.output<typeof atlasFiltersSchema>;

export type FilterErrors = { parameter: string; message: string }[];

export type SearchParamsLike = URLSearchParams | Record<string, string | string[] | undefined>;

/** URL parameters as a record; a repeated parameter becomes a list, empty values are dropped. */
export function searchParamsRecord(params: SearchParamsLike): Record<string, string | string[]> {
  const record: Record<string, string | string[]> = {};
  const entries = params instanceof URLSearchParams ? [...params.entries()] : Object.entries(params);
  for (const [key, value] of entries) {
    if (value === undefined || value === '') continue;
    const existing = record[key];
    if (existing === undefined) record[key] = value;
    else record[key] = [...(Array.isArray(existing) ? existing : [existing]), ...(Array.isArray(value) ? value : [value])];
  }
  return record;
}

/** Parses URL parameters; on failure names each bad parameter and what is wrong. */
export function parseAtlasFilters(
  params: SearchParamsLike,
): { ok: true; filters: AtlasFilters } | { ok: false; errors: FilterErrors } {
  const result = atlasFiltersSchema.safeParse(searchParamsRecord(params));
  if (result.success) return { ok: true, filters: result.data };
  return { ok: false, errors: filterErrorsOf(result.error) };
}

/** zod issues on URL parameters → `{ parameter, message }` per problem. */
export function filterErrorsOf(error: z.ZodError): FilterErrors {
  return error.issues.map((issue) => ({
    parameter: issue.code === 'unrecognized_keys' ? issue.keys.join(', ') : String(issue.path[0] ?? 'query'),
    message: issue.code === 'unrecognized_keys' ? 'Unknown parameter' : issue.message,
  }));
}

/**
 * For pages: bad or unknown parameters are dropped rather than failing the page, so
 * an old or hand-edited link still shows something sensible.
 */
export function parseAtlasFiltersLenient(params: SearchParamsLike): AtlasFilters {
  const record = searchParamsRecord(params);
  const first = parseAtlasFilters(record);
  if (first.ok) return first.filters;
  for (const error of first.errors) for (const key of error.parameter.split(', ')) delete record[key];
  const second = parseAtlasFilters(record);
  if (second.ok) return second.filters;
  // What is left is a contradictory year range: drop the range.
  delete record.year;
  delete record.from;
  delete record.to;
  const third = parseAtlasFilters(record);
  return third.ok ? third.filters : atlasFiltersSchema.parse({});
}

// Kept in its own module so the browser gets it without zod (docs/performance.md).
export { atlasFiltersToSearchParams } from './search-params';
