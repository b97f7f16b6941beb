import { z } from 'zod';
import { DATE_PRECISIONS } from '@/lib/dates/partial-date';
import {
  AGREEMENT_KINDS,
  COUNTRIES,
  CURRENCIES,
  PAIRING_STAGES,
  PAIRING_TYPES,
  PLACE_LEVELS,
  PLACE_TIERS,
  PROJECT_STATUSES,
  TRADE_FLOWS,
  TRADE_PERIOD_KINDS,
  TRADE_SCOPES,
} from '@/lib/domain/vocabulary';
import { PROVENANCES } from '@/lib/i18n/content';

/**
 * The shapes the API answers with — the contract (issue 13). Routes send
 * `schema.parse(record)` (lib/api/present.ts), so a reply holds exactly the fields
 * named here; the OpenAPI document is generated from these same schemas (objects are
 * closed: `additionalProperties: false` is true of every reply), and
 * tests/db/api-contract.test.ts validates every real reply against the served document.
 * One schema per entity wherever it appears; a `…Ref` is the short form a record
 * embeds for another one, with `links.self` to the whole record.
 */
const partialDate = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/)
  .meta({ description: 'ISO date, partial as known: "2023-11-07", "2021-07", "2007"' });
const precision = z.enum(DATE_PRECISIONS).meta({ description: 'How much of the date is known: year, month or day' });
const datetime = z.iso.datetime().meta({ description: 'Last change of the record (UTC, ISO 8601)' });
const link = z.string().meta({ format: 'uri-reference', description: 'A path on this site' });

export const namesSchema = z
  .object({
    en: z.string().meta({ description: 'English (also the romanised form)' }),
    ru: z.string().nullable().meta({ description: 'Russian' }),
    be: z.string().nullable().meta({ description: 'Belarusian' }),
    zh: z.string().nullable().meta({ description: 'Simplified Chinese' }),
  })
  .meta({ id: 'Names', description: 'A name in each of the atlas languages; null where none is recorded' });

/** With `lang`: the name a page in that language shows (Belarusian falls back to Russian, then English). */
const displayNameField = z.string().optional().meta({ description: 'Only with lang: the name in that language, with fallback' });

/** A text field in every language (null = not written in it), and who translated each. */
export const localizedTextSchema = z
  .object({
    en: z.string().nullable(),
    ru: z.string().nullable(),
    be: z.string().nullable(),
    zh: z.string().nullable(),
    translatedBy: z
      .object({ ru: z.enum(PROVENANCES).optional(), be: z.enum(PROVENANCES).optional(), zh: z.enum(PROVENANCES).optional() })
      .meta({ description: 'machine-assisted or editor, per translation present' }),
  })
  .meta({ id: 'LocalizedText' });

/** `i18n` (every language) and, with `lang`, `display` (the page's language) for the named text fields. */
function i18nFields<F extends string>(...fields: F[]) {
  const text = z.object(Object.fromEntries(fields.map((f) => [f, localizedTextSchema])) as Record<F, typeof localizedTextSchema>);
  const shown = z.object(Object.fromEntries(fields.map((f) => [f, z.string().nullable()])) as Record<F, z.ZodNullable<z.ZodString>>);
  return {
    i18n: text.meta({ description: 'The text fields in every language; the plain fields hold the English' }),
    display: shown.optional().meta({ description: 'Only with lang: each text in that language, with fallback' }),
  };
}

const linksOf = <S extends z.ZodRawShape>(related: S, id: string) =>
  z
    .object({
      self: link.meta({ description: 'This record in the API' }),
      html: link.meta({ description: 'This record\'s page (English; swap /en/ for /ru/, /be/ or /zh/)' }),
      ...related,
    })
    .meta({ id });

const refLinks = linksOf({}, 'RecordLinks');

export const regionRefSchema = z
  .object({ slug: z.string(), names: namesSchema, displayName: displayNameField, links: refLinks })
  .meta({ id: 'RegionRef', description: 'The first-level region a place lies in' });

const placeRefShape = {
  slug: z.string().meta({ description: 'Stable identifier, e.g. "grodno-oblast"' }),
  country: z.enum(COUNTRIES),
  tier: z.enum(PLACE_TIERS).meta({ description: 'region (first level) or locality' }),
  level: z.enum(PLACE_LEVELS).meta({ description: 'Administrative level' }),
  names: namesSchema,
  displayName: displayNameField,
  region: regionRefSchema.nullable().meta({ description: 'null for a first-level region' }),
  links: refLinks,
};

export const placeRefSchema = z.object(placeRefShape).meta({ id: 'PlaceRef', description: 'A place as other records embed it' });

export const sourceSchema = z
  .object({
    id: z.number().int(),
    key: z.string().meta({ description: 'Stable citation key' }),
    url: z.string().nullable().meta({ description: 'null for printed sources' }),
    title: z.string(),
    publisher: z.string().nullable(),
    language: z.string().nullable().meta({ description: 'Language tag of the source text, e.g. "ru", "zh"' }),
    publishedDate: partialDate.nullable(),
    publishedPrecision: precision.nullable(),
  })
  .meta({ id: 'Source' });

export const pairingRefSchema = z
  .object({
    slug: z.string().meta({ description: 'The two partners\' slugs joined by "--"' }),
    type: z.enum(PAIRING_TYPES),
    stage: z.enum(PAIRING_STAGES),
    by: placeRefSchema.meta({ description: 'The Belarusian partner' }),
    cn: placeRefSchema.meta({ description: 'The Chinese partner' }),
    links: refLinks,
  })
  .meta({ id: 'PairingRef', description: 'A pairing as other records embed it' });

export const agreementSchema = z
  .object({
    id: z.number().int(),
    date: partialDate.nullable(),
    datePrecision: precision.nullable(),
    dateApproximate: z.boolean().meta({ description: 'The date is "about", not exact' }),
    kind: z.enum(AGREEMENT_KINDS),
    title: z.string(),
    venue: z.string().nullable(),
    signatories: z.string().nullable(),
    summary: z.string().nullable(),
    ...i18nFields('title', 'summary'),
    pairing: pairingRefSchema,
    sources: z.array(sourceSchema),
    updatedAt: datetime,
    links: linksOf({ pairing: link.meta({ description: 'The pairing in the API' }) }, 'AgreementLinks'),
  })
  .meta({ id: 'Agreement', description: 'A signed document or milestone of a pairing' });

export const projectRefSchema = z
  .object({
    slug: z.string(),
    names: namesSchema,
    displayName: displayNameField,
    country: z.enum(COUNTRIES),
    status: z.enum(PROJECT_STATUSES),
    statusUncertain: z.boolean(),
    startYear: z.number().int().nullable(),
    endYear: z.number().int().nullable(),
    sectors: z.array(z.string()).meta({ description: 'Sector labels, as a list' }),
    summary: z.string().nullable(),
    ...i18nFields('summary'),
    links: refLinks,
  })
  .meta({ id: 'ProjectRef', description: 'A project as other records embed it' });

export const tradeUnitSchema = z
  .object({ slug: z.string(), names: namesSchema, displayName: displayNameField, links: refLinks })
  .meta({ id: 'TradeUnit', description: 'The region or city a figure is about' });

export const tradeFigureSchema = z
  .object({
    id: z.number().int(),
    scope: z.enum(TRADE_SCOPES),
    by: tradeUnitSchema.nullable().meta({ description: 'Belarusian unit; null = Belarus' }),
    cn: tradeUnitSchema.nullable().meta({ description: 'Chinese unit; null = China' }),
    year: z.number().int().nullable(),
    periodKind: z.enum(TRADE_PERIOD_KINDS),
    monthFrom: z.number().int().min(1).max(12),
    monthTo: z.number().int().min(1).max(12),
    periodApproximate: z.boolean(),
    flow: z.enum(TRADE_FLOWS).meta({ description: 'total, by_export (Belarusian exports to China), by_import' }),
    value: z.number(),
    currency: z.enum(CURRENCIES),
    scale: z.number().meta({ description: 'Multiplier of value: 1000000 = millions' }),
    growthPct: z.number().nullable(),
    reporter: z.string().nullable().meta({ description: 'Who measured it; Belstat and China customs differ' }),
    approximate: z.boolean(),
    notes: z.string().nullable(),
    sources: z.array(sourceSchema),
  })
  .meta({ id: 'TradeFigure' });

export const pairingSchema = z
  .object({
    slug: z.string().meta({ description: 'The two partners\' slugs joined by "--"' }),
    type: z.enum(PAIRING_TYPES),
    typeUncertain: z.boolean(),
    stage: z.enum(PAIRING_STAGES),
    stageUncertain: z.boolean(),
    established: partialDate.nullable(),
    establishedPrecision: precision.nullable(),
    establishedApproximate: z.boolean(),
    by: placeRefSchema.meta({ description: 'The Belarusian partner' }),
    cn: placeRefSchema.meta({ description: 'The Chinese partner' }),
    fields: z.array(z.string()).meta({ description: 'Fields of cooperation' }),
    summary: z.string().nullable(),
    ...i18nFields('summary'),
    agreementCount: z.number().int(),
    sources: z.array(sourceSchema),
    updatedAt: datetime,
    links: linksOf({ agreements: link.meta({ description: 'Its agreements in the API' }) }, 'PairingLinks'),
  })
  .meta({ id: 'Pairing', description: 'One Belarusian and one Chinese partner' });

export const pairingDetailSchema = pairingSchema
  .extend({
    agreements: z.array(agreementSchema).meta({ description: 'Oldest first' }),
    projects: z.array(projectRefSchema),
    trade: z.array(tradeFigureSchema).meta({ description: 'Trade figures of either partner' }),
    allSources: z.array(sourceSchema).meta({ description: 'Every source cited on the pairing\'s page, once' }),
  })
  .meta({ id: 'PairingDetail' });

const placeLinks = linksOf(
  {
    pairings: link.meta({ description: 'Its pairings in the API' }),
    agreements: link.meta({ description: 'Its agreements in the API' }),
  },
  'PlaceLinks',
);

export const placeSchema = z
  .object({
    ...placeRefShape,
    lat: z.number().nullable(),
    lon: z.number().nullable(),
    coordNote: z.string().nullable(),
    population: z.number().int().nullable(),
    populationYear: z.number().int().nullable(),
    areaKm2: z.number().nullable(),
    summary: z.string().nullable(),
    ...i18nFields('summary'),
    spellings: z.array(z.object({ name: z.string(), lang: z.string(), kind: z.string() })).meta({ description: 'Every stored name and spelling; `q` matches these' }),
    sources: z.array(sourceSchema),
    updatedAt: datetime,
    links: placeLinks,
  })
  .meta({ id: 'Place' });

export const factSchema = z
  .object({
    key: z.string(),
    label: z.string(),
    value: z.number().nullable(),
    unit: z.string().nullable(),
    text: z.string().nullable(),
    ...i18nFields('label', 'text'),
    asOf: partialDate.nullable(),
    asOfPrecision: precision.nullable(),
    sources: z.array(sourceSchema),
  })
  .meta({ id: 'Fact' });

export const placeDetailSchema = placeSchema
  .extend({
    localities: z.array(placeRefSchema).meta({ description: 'Places inside it' }),
    facts: z.array(factSchema),
    pairings: z.array(pairingSchema).meta({ description: 'Its pairings and those of places inside it, newest first' }),
    projects: z.array(projectRefSchema),
    trade: z.array(tradeFigureSchema),
    allSources: z.array(sourceSchema),
  })
  .meta({ id: 'PlaceDetail' });

export const projectSchema = projectRefSchema
  .extend({
    locationText: z.string().nullable(),
    place: placeRefSchema.nullable(),
    pairings: z.array(pairingRefSchema),
    lat: z.number().nullable(),
    lon: z.number().nullable(),
    coordNote: z.string().nullable(),
    partnersText: z.string().nullable(),
    keyFigures: z.string().nullable(),
    sources: z.array(sourceSchema),
    updatedAt: datetime,
    links: linksOf({ place: link.nullable().meta({ description: 'Its place in the API' }) }, 'ProjectLinks'),
  })
  .meta({ id: 'Project' });

export const projectDetailSchema = projectSchema.meta({ id: 'ProjectDetail' });

export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    total: z.number().int().meta({ description: 'Results in all pages' }),
    page: z.number().int(),
    pageSize: z.number().int(),
  });
}

const facetValue = z
  .object({ value: z.string(), count: z.number().int(), label: namesSchema.optional().meta({ description: 'For regions and provinces' }) })
  .meta({ id: 'FacetValue' });

export const correctionSchema = z
  .object({ term: z.string(), alternatives: z.array(z.string()) })
  .meta({ id: 'SpellingCorrection', description: 'A term that matched nothing as typed, and the stored spellings searched instead' });

export const agreementPageSchema = pageOf(agreementSchema)
  .extend({
    sort: z.enum(['date', 'relevance']),
    corrections: z.array(correctionSchema),
    facets: z
      .object(Object.fromEntries(['year', 'by', 'cn', 'kind', 'stage', 'field'].map((name) => [name, z.array(facetValue)])) as Record<'year' | 'by' | 'cn' | 'kind' | 'stage' | 'field', z.ZodArray<typeof facetValue>>)
      .meta({ id: 'AgreementFacets', description: 'Counts per value, each with every other filter applied but not its own' }),
  })
  .meta({ id: 'AgreementPage' });

export const errorSchema = z
  .object({
    type: z.string().meta({ description: 'about:blank (RFC 9457)' }),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    error: z.enum(['invalid_parameters', 'not_found', 'method_not_allowed', 'invalid_path']).meta({ description: 'Machine-readable code' }),
    message: z.string().meta({ description: 'The same as detail' }),
    errors: z.array(z.object({ parameter: z.string(), message: z.string() })).optional().meta({ description: 'Each bad parameter and what is wrong' }),
  })
  .meta({ id: 'Problem', description: 'application/problem+json (RFC 9457)' });

const position = z.tuple([z.number(), z.number()]).meta({ description: '[longitude, latitude] (RFC 7946)' });

export const placeFeatureSchema = z
  .object({
    type: z.literal('Feature'),
    id: z.string(),
    geometry: z.object({ type: z.literal('Point'), coordinates: position }),
    properties: z.object({
      slug: z.string(),
      country: z.enum(COUNTRIES),
      tier: z.enum(PLACE_TIERS),
      level: z.enum(PLACE_LEVELS),
      name_en: z.string(),
      name_ru: z.string().nullable(),
      name_be: z.string().nullable(),
      name_zh: z.string().nullable(),
      region: z.string().nullable().meta({ description: 'Slug of its first-level region' }),
      pairing_count: z.number().int(),
      agreement_count: z.number().int(),
      partners_en: z.string().meta({ description: 'English names of its partners in the result, joined by "; "' }),
      page_url: z.string(),
      api_url: z.string(),
    }),
  })
  .meta({ id: 'PlaceFeature' });

export const pairingFeatureSchema = z
  .object({
    type: z.literal('Feature'),
    id: z.string(),
    geometry: z.object({ type: z.literal('LineString'), coordinates: z.array(position).min(2) }),
    properties: z.object({
      slug: z.string(),
      type: z.enum(PAIRING_TYPES),
      stage: z.enum(PAIRING_STAGES),
      established: z.string().nullable(),
      by_slug: z.string(),
      by_name_en: z.string(),
      by_name_ru: z.string().nullable(),
      by_name_be: z.string().nullable(),
      by_name_zh: z.string().nullable(),
      cn_slug: z.string(),
      cn_name_en: z.string(),
      cn_name_ru: z.string().nullable(),
      cn_name_be: z.string().nullable(),
      cn_name_zh: z.string().nullable(),
      agreement_count: z.number().int(),
      page_url: z.string(),
      api_url: z.string(),
    }),
  })
  .meta({ id: 'PairingFeature' });

export const placeCollectionSchema = z
  .object({ type: z.literal('FeatureCollection'), features: z.array(placeFeatureSchema) })
  .meta({ id: 'PlaceFeatureCollection' });
export const pairingCollectionSchema = z
  .object({ type: z.literal('FeatureCollection'), features: z.array(pairingFeatureSchema) })
  .meta({ id: 'PairingFeatureCollection' });
