import { z } from 'zod';
import {
  filterErrorsOf,
  listParam,
  atlasFilterParams,
  searchParamsRecord,
  slugParam,
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
export const formatParam = z.enum(['json', 'csv'], { error: 'Expected json or csv' }).meta({ description: 'Send the result as a file: json or csv (columns = the JSON fields flattened). Without page/pageSize the file holds the whole result. Accept: text/csv does the same as csv.' });
export type Format = z.output<typeof formatParam>;

const country = z.enum(COUNTRIES, { error: `Expected one of: ${COUNTRIES.join(', ')}` }).meta({ description: 'BY (Belarus) or CN (China)' });

export const placesQuery = z
  .object({
    country: country.optional(),
    tier: z.enum(PLACE_TIERS, { error: `Expected one of: ${PLACE_TIERS.join(', ')}` }).optional().meta({ description: 'region (first level) or locality' }),
    q: atlasFilterParams.shape.q,
    page: atlasFilterParams.shape.page,
    pageSize: atlasFilterParams.shape.pageSize,
  })
  .strict();

export const projectsQuery = z
  .object({
    country: country.optional(),
    status: listParam(PROJECT_STATUSES).optional(),
    place: slugParam.optional().meta({ description: 'A place slug: projects in it (a region includes its places)' }),
    page: atlasFilterParams.shape.page,
    pageSize: atlasFilterParams.shape.pageSize,
  })
  .strict();

export const tradeParams = z
  .object({
    scope: listParam(TRADE_SCOPES).optional(),
    flow: listParam(TRADE_FLOWS).optional(),
    currency: z.enum(CURRENCIES, { error: `Expected one of: ${CURRENCIES.join(', ')}` }).optional().meta({ description: 'Only figures in this currency' }),
    by: slugParam.optional().meta({ description: 'A Belarusian region or city slug' }),
    cn: slugParam.optional().meta({ description: 'A Chinese province or city slug' }),
    from: atlasFilterParams.shape.from,
    to: atlasFilterParams.shape.to,
  })
  .strict();

export const tradeQuery = tradeParams
  // `from` after `to` is the range between them, as on the filter endpoints.
  .transform((q) => (q.from !== undefined && q.to !== undefined && q.from > q.to ? { ...q, from: q.to, to: q.from } : q));

export const sourcesQuery = z
  .object({
    language: z.string().trim().regex(/^[a-z]{2,3}(?:-[A-Za-z]{2,4})?$/, 'Expected a language tag such as "ru" or "zh"').optional().meta({ description: 'Language tag of the source text', example: 'zh' }),
    page: atlasFilterParams.shape.page,
    pageSize: atlasFilterParams.shape.pageSize,
  })
  .strict();

export type Parsed<T> = { ok: true; data: T } | { ok: false; errors: FilterErrors };

/** `?bom=0` leaves the byte-order mark out of CSV (for programs; Excel needs it). */
export const bomParam = z
  .enum(['0', '1'], { error: 'Expected 0 or 1' })
  .transform((v) => v === '1')
  .meta({ type: 'string', enum: ['0', '1'], description: 'CSV only: 1 (default) starts the file with a UTF-8 byte-order mark so Excel reads Cyrillic and Chinese; 0 leaves it out for programs.' });

export type ExportOptions = { format: Format | undefined; bom: boolean };

/**
 * `format` (or `Accept: text/csv`) turns a list request into a file. Without `page` or
 * `pageSize` the file holds the whole result; with them, that page (issue 13: the
 * earlier "exports refuse paging" rule refused documented input).
 */
function exportOptions(record: Record<string, string | string[]>, request: Request | undefined, errors: FilterErrors): ExportOptions {
  const { format: rawFormat, bom: rawBom } = record;
  delete record.format;
  delete record.bom;
  let format: Format | undefined;
  if (rawFormat !== undefined) {
    const parsed = formatParam.safeParse(rawFormat);
    if (parsed.success) format = parsed.data;
    else errors.push(...filterErrorsOf(parsed.error).map((e) => ({ ...e, parameter: 'format' })));
  } else if (request && prefersCsv(request.headers.get('accept'))) {
    format = 'csv';
  }
  let bom = true;
  if (rawBom !== undefined) {
    const parsed = bomParam.safeParse(rawBom);
    if (parsed.success) bom = parsed.data;
    else errors.push(...filterErrorsOf(parsed.error).map((e) => ({ ...e, parameter: 'bom' })));
  }
  return { format, bom };
}

/** `Accept: text/csv` ranked above JSON (q-values honoured; `*\/*` alone stays JSON). */
export function prefersCsv(accept: string | null): boolean {
  if (!accept) return false;
  const weight = (type: string) => {
    let best = -1;
    for (const part of accept.split(',')) {
      const [media, ...params] = part.trim().toLowerCase().split(';').map((p) => p.trim());
      if (media !== type) continue;
      const q = params.find((p) => p.startsWith('q='));
      best = Math.max(best, q ? Number(q.slice(2)) || 0 : 1);
    }
    return best;
  };
  const csv = weight('text/csv');
  return csv > 0 && csv >= Math.max(weight('application/json'), weight('application/geo+json'));
}

export function parseQuery<S extends z.ZodType>(schema: S, url: URL, request?: Request): Parsed<z.output<S> & ExportOptions> {
  const record = searchParamsRecord(url.searchParams);
  const errors: FilterErrors = [];
  const options = exportOptions(record, request, errors);
  const result = schema.safeParse(record);
  if (!result.success) errors.push(...filterErrorsOf(result.error));
  if (errors.length > 0 || !result.success) return { ok: false, errors };
  return { ok: true, data: { ...(result.data as object), ...options } as z.output<S> & ExportOptions };
}

/**
 * The shared filter parameters with the API's relaxed cross-parameter rules: `year`
 * with `from`/`to` is their intersection (empty when they do not overlap), and `from`
 * after `to` is read as the range between them — documented input is never refused.
 */
export const apiFiltersSchema = atlasFilterParams.transform(({ year, ...rest }): AtlasFilters => {
  let from = rest.from;
  let to = rest.to;
  if (year === undefined && from !== undefined && to !== undefined && from > to) [from, to] = [to, from];
  if (year !== undefined) {
    from = Math.max(year, from ?? year);
    to = Math.min(year, to ?? year);
  }
  return { ...rest, q: rest.q === '' ? undefined : rest.q, from, to };
});

/** The shared filter state plus export options (format, bom). */
export function parseFilterQuery(
  url: URL,
  { allowFormat = true, request }: { allowFormat?: boolean; request?: Request } = {},
): Parsed<{ filters: AtlasFilters } & ExportOptions> {
  const record = searchParamsRecord(url.searchParams);
  const errors: FilterErrors = [];
  if (!allowFormat) {
    for (const key of ['format', 'bom', 'page', 'pageSize'] as const) if (record[key] !== undefined) errors.push({ parameter: key, message: 'Unknown parameter (GeoJSON is never paged)' });
    for (const key of ['format', 'bom', 'page', 'pageSize']) delete record[key];
  }
  const options = allowFormat ? exportOptions(record, request, errors) : { format: undefined, bom: true };
  const filters = apiFiltersSchema.safeParse(record);
  if (!filters.success) errors.push(...filterErrorsOf(filters.error));
  if (errors.length > 0 || !filters.success) return { ok: false, errors };
  return { ok: true, data: { filters: filters.data, ...options } };
}

/** A record slug; pairing slugs join the two partners' slugs with "--". */
export const recordSlug = z
  .string()
  .regex(/^[a-z0-9]+(?:--?[a-z0-9]+)*$/, 'Expected a slug such as "grodno-oblast" or "grodno-oblast--gansu"')
  .meta({ description: 'Lowercase ASCII words joined by "-"; a pairing joins its two partners\' slugs with "--"' });

const SLUG_HINTS = {
  place: 'slugs are lowercase ASCII words joined by "-", e.g. "grodno-oblast"; look one up with /api/v1/places?q=',
  pairing: 'a pairing slug joins its partners\' slugs with "--", e.g. "grodno-oblast--gansu"; look one up with /api/v1/pairings?q=',
  project: 'slugs are lowercase ASCII words joined by "-"; see /api/v1/projects',
} as const;

/** An agreement id in a path. */
export const agreementId = z.coerce
  .number({ error: 'Expected an agreement id such as 75' })
  .int('Expected a whole number such as 75')
  .min(1, 'Ids start at 1')
  .max(2 ** 31 - 1, 'No agreement has so large an id')
  .meta({ description: 'The agreement id', example: 75 });

const wellFormed = (text: string) => text.replace(/[\uD800-\uDFFF]/gu, '\uFFFD');

/** A detail route's slug, and no query parameters; a bad slug says what a slug looks like and where to find one. */
export function parseSlug(slug: string, url: URL, kind: keyof typeof SLUG_HINTS): Parsed<string> {
  const errors: FilterErrors = [...url.searchParams.keys()].map((key) => ({ parameter: key, message: 'Unknown parameter' }));
  const parsed = recordSlug.safeParse(slug);
  if (!parsed.success) {
    // toWellFormed: encodeURIComponent throws on a lone surrogate, which a hostile path can carry.
    const hint = SLUG_HINTS[kind].endsWith('=') ? `${SLUG_HINTS[kind]}${encodeURIComponent(wellFormed(slug.slice(0, 100)))}` : SLUG_HINTS[kind];
    errors.unshift({ parameter: 'slug', message: `"${slug}" is not a ${kind} slug: ${hint}` });
  }
  return errors.length > 0 || !parsed.success ? { ok: false, errors } : { ok: true, data: parsed.data };
}
