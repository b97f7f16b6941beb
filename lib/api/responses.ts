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
 * The shapes the API answers with. The OpenAPI document is generated from these, and
 * tests/db/api.test.ts parses real responses with them, so the document cannot drift
 * from what the routes send.
 */
const partialDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/).meta({ description: 'ISO date, partial as known: "2023-11-07", "2021-07", "2007"' });

export const placeNamesSchema = z
  .object({ en: z.string(), ru: z.string().nullable(), zh: z.string().nullable(), be: z.string().nullable().optional() })
  .meta({ id: 'PlaceNames' });

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

function i18nFields<F extends string>(...fields: F[]) {
  const text = z.object(Object.fromEntries(fields.map((f) => [f, localizedTextSchema])) as Record<F, typeof localizedTextSchema>);
  const shown = z.object(Object.fromEntries(fields.map((f) => [f, z.string().nullable()])) as Record<F, z.ZodNullable<z.ZodString>>);
  return {
    i18n: text.meta({ description: 'The text fields in every language; the plain fields hold the English' }),
    display: shown.optional().meta({ description: 'Only with lang: each text in that language, with fallback' }),
  };
}

export const partnerSchema = z
  .object({
    slug: z.string(),
    country: z.enum(COUNTRIES),
    level: z.enum(PLACE_LEVELS),
    names: placeNamesSchema,
    displayName: displayNameField,
    region: z.object({ slug: z.string(), names: placeNamesSchema, displayName: displayNameField }).nullable(),
  })
  .meta({ id: 'Partner' });

export const sourceSchema = z
  .object({
    id: z.number().int(),
    key: z.string(),
    url: z.string().nullable().meta({ description: 'null for printed sources' }),
    title: z.string(),
    publisher: z.string().nullable(),
    language: z.string().nullable(),
    publishedDate: partialDate.nullable(),
    publishedPrecision: z.enum(DATE_PRECISIONS).nullable(),
  })
  .meta({ id: 'Source' });

export const agreementSchema = z
  .object({
    id: z.number().int(),
    date: partialDate.nullable(),
    datePrecision: z.enum(DATE_PRECISIONS).nullable(),
    dateApproximate: z.boolean(),
    kind: z.enum(AGREEMENT_KINDS),
    title: z.string(),
    venue: z.string().nullable(),
    signatories: z.string().nullable(),
    summary: z.string().nullable(),
    ...i18nFields('title', 'summary'),
    pairing: z.object({
      slug: z.string(),
      type: z.enum(PAIRING_TYPES),
      stage: z.enum(PAIRING_STAGES),
      by: partnerSchema,
      cn: partnerSchema,
    }),
    sources: z.array(sourceSchema),
    updatedAt: z.iso.datetime(),
  })
  .meta({ id: 'Agreement' });

export const pairingSchema = z
  .object({
    slug: z.string(),
    type: z.enum(PAIRING_TYPES),
    typeUncertain: z.boolean(),
    stage: z.enum(PAIRING_STAGES),
    stageUncertain: z.boolean(),
    established: partialDate.nullable(),
    establishedPrecision: z.enum(DATE_PRECISIONS).nullable(),
    establishedApproximate: z.boolean(),
    by: partnerSchema,
    cn: partnerSchema,
    fields: z.array(z.string()),
    summary: z.string().nullable(),
    ...i18nFields('summary'),
    sources: z.array(sourceSchema),
    updatedAt: z.iso.datetime(),
  })
  .meta({ id: 'Pairing' });

export const placeSchema = partnerSchema
  .extend({
    tier: z.enum(PLACE_TIERS),
    lat: z.number().nullable(),
    lon: z.number().nullable(),
    population: z.number().int().nullable(),
    summary: z.string().nullable(),
    ...i18nFields('summary'),
    spellings: z.array(z.object({ name: z.string(), lang: z.string(), kind: z.string() })),
    sources: z.array(sourceSchema),
    updatedAt: z.iso.datetime(),
  })
  .meta({ id: 'Place' });

export const projectSchema = z
  .object({
    slug: z.string(),
    names: z.object({ en: z.string(), ru: z.string().nullable(), be: z.string().nullable(), zh: z.string().nullable() }),
    displayName: displayNameField,
    summary: z.string().nullable(),
    ...i18nFields('summary'),
    country: z.enum(COUNTRIES),
    status: z.enum(PROJECT_STATUSES),
    statusUncertain: z.boolean(),
    startYear: z.number().int().nullable(),
    endYear: z.number().int().nullable(),
    sectors: z.array(z.string()),
    place: partnerSchema.nullable(),
    pairings: z.array(z.object({ slug: z.string(), by: partnerSchema, cn: partnerSchema })),
    lat: z.number().nullable(),
    lon: z.number().nullable(),
    sources: z.array(sourceSchema),
    updatedAt: z.iso.datetime(),
  })
  .meta({ id: 'Project' });

const tradeUnit = z.object({ slug: z.string(), names: placeNamesSchema, displayName: displayNameField }).nullable();

export const tradeFigureSchema = z
  .object({
    id: z.number().int(),
    scope: z.enum(TRADE_SCOPES),
    by: tradeUnit.meta({ description: 'Belarusian unit; null = Belarus' }),
    cn: tradeUnit.meta({ description: 'Chinese unit; null = China' }),
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
    sources: z.array(sourceSchema),
  })
  .meta({ id: 'TradeFigure' });

export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    total: z.number().int().meta({ description: 'Results in all pages' }),
    page: z.number().int(),
    pageSize: z.number().int(),
  });
}

export const errorSchema = z
  .object({
    error: z.enum(['invalid_parameters', 'not_found']),
    message: z.string(),
    errors: z.array(z.object({ parameter: z.string(), message: z.string() })).optional(),
  })
  .meta({ id: 'Error' });

export const geoJsonSchema = z
  .object({
    type: z.literal('FeatureCollection'),
    features: z.array(
      z.object({
        type: z.literal('Feature'),
        id: z.string(),
        geometry: z.union([
          z.object({ type: z.literal('Point'), coordinates: z.tuple([z.number(), z.number()]) }),
          z.object({ type: z.literal('LineString'), coordinates: z.array(z.tuple([z.number(), z.number()])) }),
        ]),
        properties: z.record(z.string(), z.unknown()),
      }),
    ),
  })
  .meta({ id: 'FeatureCollection' });
