import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { TRANSLATION_LANGS } from '../../lib/i18n/content';
import { seedFilesSchema, seedTranslationFileSchema, type SeedTranslations } from './format';

export const SEED_DATA_DIR = path.join(path.dirname(new URL(import.meta.url).pathname), 'data');

export type SeedData = { [K in keyof typeof seedFilesSchema]: z.infer<(typeof seedFilesSchema)[K]> } & {
  /** data/translations/<lang>.json; a language without a file has no translations. */
  translations?: SeedTranslations;
};

export class SeedDataError extends Error {}

/** Reads and validates prisma/seed/data/*.json, then checks every cross-reference. */
export function loadSeedData(dir = SEED_DATA_DIR): SeedData {
  const data = {} as Record<string, unknown>;
  for (const [name, schema] of Object.entries(seedFilesSchema)) {
    const file = path.join(dir, `${name}.json`);
    const parsed = schema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
    if (!parsed.success) {
      throw new SeedDataError(`${name}.json: ${z.prettifyError(parsed.error)}`);
    }
    data[name] = parsed.data;
  }
  const translations: SeedTranslations = {};
  for (const lang of TRANSLATION_LANGS) {
    const file = path.join(dir, 'translations', `${lang}.json`);
    if (!existsSync(file)) continue;
    const parsed = seedTranslationFileSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
    if (!parsed.success) throw new SeedDataError(`translations/${lang}.json: ${z.prettifyError(parsed.error)}`);
    translations[lang] = parsed.data;
  }
  const seed = { ...data, translations } as SeedData;
  // Stale translations are a problem of the files (reported here), not of the data: seeding skips them.
  const problems = [...findReferenceProblems(seed), ...findTranslationProblems(seed)];
  if (problems.length > 0) throw new SeedDataError(problems.join('\n'));
  return seed;
}

function duplicates(values: string[]): string[] {
  const seen = new Set<string>();
  return values.filter((value) => (seen.has(value) ? true : (seen.add(value), false)));
}

export function findReferenceProblems(seed: SeedData): string[] {
  const problems: string[] = [];
  const sourceKeys = new Set(seed.sources.map((s) => s.key));
  const places = new Map(seed.places.map((p) => [p.slug, p]));
  const pairingSlugs = new Set(seed.pairings.map((p) => p.slug));
  for (const key of duplicates(seed.sources.map((s) => s.key))) problems.push(`duplicate source key ${key}`);
  for (const url of duplicates(seed.sources.flatMap((s) => (s.url ? [s.url] : []))))
    problems.push(`duplicate source url ${url}`);
  for (const slug of duplicates(seed.places.map((p) => p.slug))) problems.push(`duplicate place ${slug}`);
  for (const slug of duplicates(seed.pairings.map((p) => p.slug))) problems.push(`duplicate pairing ${slug}`);
  for (const slug of duplicates(seed.projects.map((p) => p.slug))) problems.push(`duplicate project ${slug}`);

  const checkSources = (where: string, keys: string[]) => {
    for (const key of keys) if (!sourceKeys.has(key)) problems.push(`${where}: unknown source ${key}`);
  };
  const checkPlace = (where: string, slug: string | undefined, country?: 'BY' | 'CN') => {
    if (slug === undefined) return;
    const place = places.get(slug);
    if (!place) problems.push(`${where}: unknown place ${slug}`);
    else if (country && place.country !== country) problems.push(`${where}: ${slug} is not in ${country}`);
  };

  for (const place of seed.places) {
    const where = `place ${place.slug}`;
    checkSources(where, place.sources);
    for (const fact of place.facts) checkSources(`${where} fact ${fact.key}`, fact.sources);
    checkPlace(where, place.region, place.country);
    checkPlace(where, place.parentCity, place.country);
    if (place.tier === 'locality' && !place.region) problems.push(`${where}: a locality needs a region`);
    if (place.region && places.get(place.region)?.tier !== 'region')
      problems.push(`${where}: region ${place.region} is not a region`);
  }
  for (const pairing of seed.pairings) {
    const where = `pairing ${pairing.slug}`;
    checkSources(where, pairing.sources);
    checkPlace(where, pairing.by, 'BY');
    checkPlace(where, pairing.cn, 'CN');
    pairing.agreements.forEach((a, i) => checkSources(`${where} agreement ${i + 1}`, a.sources));
  }
  const pairKeys = seed.pairings.map((p) => `${p.by}|${p.cn}`);
  for (const pair of duplicates(pairKeys)) problems.push(`two pairings of ${pair}`);
  for (const project of seed.projects) {
    const where = `project ${project.slug}`;
    checkSources(where, project.sources);
    checkPlace(where, project.place);
    for (const slug of project.pairings)
      if (!pairingSlugs.has(slug)) problems.push(`${where}: unknown pairing ${slug}`);
  }
  seed.trade.forEach((figure, i) => {
    const where = `trade row ${i + 1}`;
    checkSources(where, figure.sources);
    checkPlace(where, figure.by, 'BY');
    checkPlace(where, figure.cn, 'CN');
  });
  return problems;
}

/** Translations must point at records (and English titles, fact keys) that are in the seed. */
export function findTranslationProblems(seed: SeedData): string[] {
  const problems: string[] = [];
  const pairings = new Map(seed.pairings.map((p) => [p.slug, p]));
  const places = new Map(seed.places.map((p) => [p.slug, p]));
  const projects = new Set(seed.projects.map((p) => p.slug));
  for (const [lang, file] of Object.entries(seed.translations ?? {})) {
    const where = `translations/${lang}.json`;
    for (const slug of Object.keys(file.pairings)) if (!pairings.has(slug)) problems.push(`${where}: unknown pairing ${slug}`);
    for (const [slug, byTitle] of Object.entries(file.agreements)) {
      const titles = new Set(pairings.get(slug)?.agreements.map((a) => a.title) ?? []);
      if (!pairings.has(slug)) problems.push(`${where}: unknown pairing ${slug}`);
      for (const title of Object.keys(byTitle))
        if (!titles.has(title)) problems.push(`${where}: pairing ${slug} has no agreement titled "${title}"`);
    }
    for (const slug of Object.keys(file.projects)) if (!projects.has(slug)) problems.push(`${where}: unknown project ${slug}`);
    for (const [slug, entry] of Object.entries(file.places)) {
      const place = places.get(slug);
      if (!place) problems.push(`${where}: unknown place ${slug}`);
      const keys = new Set(place?.facts.map((f) => f.key) ?? []);
      for (const key of Object.keys(entry.facts)) if (!keys.has(key)) problems.push(`${where}: place ${slug} has no fact ${key}`);
    }
  }
  return problems;
}
