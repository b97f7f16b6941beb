/**
 * The format of the seed files in prisma/seed/data/*.json: the project's own copy of
 * the researched facts (see docs/data-model.md, "Seed data"). References between files
 * use slugs (places, pairings) and source keys.
 */
import { z } from 'zod';
import { partialDateSchema } from '../../lib/dates/partial-date';
import { PROVENANCES, type TranslationLang } from '../../lib/i18n/content';
import {
  AGREEMENT_KINDS,
  COOPERATION_FIELDS,
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
} from '../../lib/domain/vocabulary';

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'lower-case-slug');
/** "<by-slug>--<cn-slug>", e.g. "novogrudok-district--dunhuang". */
const pairingSlug = z.string().regex(/^[a-z0-9]+(?:-{1,2}[a-z0-9]+)*$/, 'lower-case-slug');
const sourceKeys = z.array(z.string().min(1)).min(1, 'every record needs a source');

export const seedSourceSchema = z.object({
  key: z.string().min(1),
  url: z.url().optional(),
  title: z.string().min(1),
  publisher: z.string().optional(),
  language: z.string().optional(),
  published: partialDateSchema.optional(),
  notes: z.string().optional(),
});

export const seedPlaceSchema = z.object({
  slug,
  country: z.enum(COUNTRIES),
  tier: z.enum(PLACE_TIERS),
  level: z.enum(PLACE_LEVELS),
  region: slug.optional(),
  parentCity: slug.optional(),
  names: z.object({
    en: z.string().min(1),
    ru: z.string().optional(),
    be: z.string().optional(),
    zh: z.string().optional(),
  }),
  altNames: z
    .array(z.object({ name: z.string().min(1), lang: z.string().min(2), kind: z.string().optional() }))
    .default([]),
  lat: z.number().min(-90).max(90).optional(),
  lon: z.number().min(-180).max(180).optional(),
  coordNote: z.string().optional(),
  population: z.number().int().positive().optional(),
  populationYear: z.number().int().optional(),
  populationNote: z.string().optional(),
  areaKm2: z.number().positive().optional(),
  summary: z.string().optional(),
  facts: z
    .array(
      z.object({
        key: z.string().min(1),
        label: z.string().min(1),
        value: z.number().optional(),
        unit: z.string().optional(),
        text: z.string().optional(),
        asOf: partialDateSchema.optional(),
        sources: sourceKeys,
      }),
    )
    .default([]),
  sources: sourceKeys,
});

export const seedAgreementSchema = z.object({
  kind: z.enum(AGREEMENT_KINDS),
  date: partialDateSchema.optional(),
  dateApproximate: z.boolean().default(false),
  title: z.string().min(1),
  venue: z.string().optional(),
  signatories: z.string().optional(),
  summary: z.string().optional(),
  notes: z.string().optional(),
  sources: sourceKeys,
  /** The research data does not tell which of `sources` reports this event. */
  sourcesUncertain: z.boolean().default(false),
});

export const seedPairingSchema = z.object({
  slug: pairingSlug,
  by: slug,
  cn: slug,
  type: z.enum(PAIRING_TYPES),
  typeUncertain: z.boolean().default(false),
  stage: z.enum(PAIRING_STAGES),
  stageUncertain: z.boolean().default(false),
  established: partialDateSchema.optional(),
  establishedApproximate: z.boolean().default(false),
  fields: z.array(z.enum(COOPERATION_FIELDS)).default([]),
  summary: z.string().optional(),
  notes: z.string().optional(),
  sources: sourceKeys,
  agreements: z.array(seedAgreementSchema).default([]),
});

export const seedProjectSchema = z.object({
  slug,
  nameEn: z.string().min(1),
  nameRu: z.string().optional(),
  nameZh: z.string().optional(),
  country: z.enum(COUNTRIES),
  place: slug.optional(),
  locationText: z.string().optional(),
  lat: z.number().optional(),
  lon: z.number().optional(),
  coordNote: z.string().optional(),
  partnersText: z.string().optional(),
  sectors: z.array(z.string()).default([]),
  status: z.enum(PROJECT_STATUSES),
  statusUncertain: z.boolean().default(false),
  startYear: z.number().int().optional(),
  endYear: z.number().int().optional(),
  keyFigures: z.string().optional(),
  summary: z.string().optional(),
  notes: z.string().optional(),
  pairings: z.array(pairingSlug).default([]),
  sources: sourceKeys,
});

export const seedTradeFigureSchema = z.object({
  scope: z.enum(TRADE_SCOPES),
  /** Belarusian unit; omitted = Belarus as a whole. */
  by: slug.optional(),
  /** Chinese unit; omitted = China as a whole. */
  cn: slug.optional(),
  year: z.number().int().optional(),
  periodKind: z.enum(TRADE_PERIOD_KINDS),
  monthFrom: z.number().int().min(1).max(12),
  monthTo: z.number().int().min(1).max(12),
  periodApproximate: z.boolean().default(false),
  flow: z.enum(TRADE_FLOWS),
  value: z.number(),
  currency: z.enum(CURRENCIES),
  /** 1e6 for "USD million". */
  scale: z.number().positive().default(1_000_000),
  growthPct: z.number().optional(),
  reporter: z.string().optional(),
  approximate: z.boolean().default(false),
  notes: z.string().optional(),
  sources: sourceKeys,
});

/** revision.json: when the research data in these files was last revised (bump it with them). */
export const seedRevisionSchema = z.object({ revised: z.iso.date() });

export const seedFilesSchema = {
  revision: seedRevisionSchema,
  sources: z.array(seedSourceSchema),
  places: z.array(seedPlaceSchema),
  pairings: z.array(seedPairingSchema),
  projects: z.array(seedProjectSchema),
  trade: z.array(seedTradeFigureSchema),
};

export type SeedSource = z.infer<typeof seedSourceSchema>;
export type SeedPlace = z.infer<typeof seedPlaceSchema>;
export type SeedPairing = z.infer<typeof seedPairingSchema>;
export type SeedAgreement = z.infer<typeof seedAgreementSchema>;
export type SeedProject = z.infer<typeof seedProjectSchema>;
export type SeedTradeFigure = z.infer<typeof seedTradeFigureSchema>;

/**
 * Translations of the seeded texts, one file per language:
 * prisma/seed/data/translations/<ru|be|zh>.json. Keyed by slug (agreements by their
 * pairing's slug and their English title), so a translation whose English text left
 * the seed is reported, not silently kept. Names, dates and figures stay as in English.
 */
const translation = z.string().trim().min(1);
const provenance = z.enum(PROVENANCES);
export const seedTranslationFileSchema = z
  .object({
    /** Who wrote the translations of this file, unless an entry says otherwise. */
    translatedBy: provenance,
    pairings: z.record(pairingSlug, z.object({ summary: translation, translatedBy: provenance.optional() }).strict()).default({}),
    agreements: z
      .record(
        pairingSlug,
        z.record(
          z.string().min(1),
          z.object({ title: translation, summary: translation.optional(), translatedBy: provenance.optional() }).strict(),
        ),
      )
      .default({}),
    projects: z
      .record(slug, z.object({ name: translation.optional(), summary: translation.optional(), translatedBy: provenance.optional() }).strict())
      .default({}),
    places: z
      .record(
        slug,
        z
          .object({
            summary: translation.optional(),
            facts: z.record(z.string().min(1), z.object({ label: translation, text: translation.optional() }).strict()).default({}),
            translatedBy: provenance.optional(),
          })
          .strict(),
      )
      .default({}),
  })
  .strict();

export type SeedTranslationFile = z.infer<typeof seedTranslationFileSchema>;
export type SeedTranslations = Partial<Record<TranslationLang, SeedTranslationFile>>;
