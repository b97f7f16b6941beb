import { createHash } from 'node:crypto';
import { parsePartialDate } from '../../lib/dates/partial-date';
import type { Prisma, PrismaClient } from '../../lib/generated/prisma/client';
import { textColumn, TRANSLATION_LANGS, type Provenance } from '../../lib/i18n/content';
import type { SeedAgreement, SeedTradeFigure, SeedTranslationFile } from './format';
import { findReferenceProblems, SeedDataError, type SeedData } from './load';

type Tx = Prisma.TransactionClient;
type Scalars = Record<string, string | number | boolean | null>;

/** `kept`: seeded records an editor has changed since, left as the editor made them. */
export type SeedReport = { created: number; updated: number; unchanged: number; removed: number; kept: number };

type EntityType = 'source' | 'place' | 'pairing' | 'agreement' | 'project' | 'trade_figure';

/** Partial ISO date → the three columns that store it. */
function dateColumns(iso: string | undefined) {
  const date = iso === undefined ? null : parsePartialDate(iso);
  return { value: date?.iso ?? null, precision: date?.precision ?? null, year: date?.year ?? null };
}

function orNull<T>(value: T | undefined): T | null {
  return value === undefined ? null : value;
}

function sameScalars(existing: Record<string, unknown>, wanted: Scalars): boolean {
  return Object.entries(wanted).every(([key, value]) => existing[key] === value);
}

function sameIds(a: { id: number }[], b: number[]): boolean {
  const left = a.map((x) => x.id).sort((x, y) => x - y);
  const right = [...b].sort((x, y) => x - y);
  return left.length === right.length && left.every((id, i) => id === right[i]);
}

function hashKey(parts: (string | number | undefined)[]): string {
  return createHash('sha256').update(JSON.stringify(parts)).digest('hex').slice(0, 16);
}

export function agreementSeedKey(pairingSlug: string, agreement: SeedAgreement): string {
  return `agreement:${pairingSlug}:${hashKey([agreement.kind, agreement.date, agreement.title])}`;
}

export function tradeSeedKey(figure: SeedTradeFigure): string {
  return `trade:${hashKey([
    figure.scope, figure.by, figure.cn, figure.year, figure.periodKind, figure.monthFrom,
    figure.monthTo, figure.flow, figure.currency, figure.reporter, figure.value,
  ])}`;
}

type TranslationEntry = Record<string, unknown> & { translatedBy?: Provenance };

/**
 * The translation columns of one record (`summaryRu`, … `translatedBy`) from the
 * translation files: `pick` finds the record's entry in a file. A column an entry
 * leaves out is null, so a translation removed from the files is removed here too.
 */
function translationColumns(
  seed: SeedData,
  fields: string[],
  pick: (file: SeedTranslationFile) => TranslationEntry | undefined,
  given: Record<string, string | undefined> = {},
) {
  const columns: Record<string, string | null> = {};
  const marks: Record<string, Provenance> = {};
  for (const lang of TRANSLATION_LANGS) {
    const file = seed.translations?.[lang];
    const entry = file ? pick(file) : undefined;
    for (const field of fields) {
      const column = textColumn(field, lang);
      // Text already in the record's own seed file (a project's official Russian name) is source data, not a translation.
      if (given[column]) {
        columns[column] = given[column];
        continue;
      }
      const value = entry?.[field];
      columns[column] = typeof value === 'string' ? value : null;
      if (typeof value === 'string') marks[column] = entry?.translatedBy ?? file!.translatedBy;
    }
  }
  const keys = Object.keys(marks).sort();
  columns.translatedBy = keys.length === 0 ? null : JSON.stringify(Object.fromEntries(keys.map((k) => [k, marks[k]])));
  return columns;
}

/**
 * Writes the seed into the database in one transaction. Idempotent: records are
 * matched by their natural key (slug, source key, seed key), updated only when a
 * value differs (so `updatedAt` and `version` stay put on a second run), and seeded
 * agreements/trade figures that left the seed files are removed.
 */
export async function seedDatabase(db: PrismaClient, seed: SeedData): Promise<SeedReport> {
  const problems = findReferenceProblems(seed);
  if (problems.length > 0) throw new SeedDataError(problems.join('\n'));
  const report: SeedReport = { created: 0, updated: 0, unchanged: 0, removed: 0, kept: 0 };
  // A record created from the seed was last changed when the research data was revised,
  // not when this script ran ("Last updated" on its page); an update that changes a
  // record keeps Prisma's own `updatedAt` (now), which is then its real change time.
  const revised = new Date(`${seed.revision.revised}T00:00:00Z`);
  const stamp = { createdAt: revised, updatedAt: revised };
  /** Records with an audit trail were changed by an editor: the seed never overwrites them. */
  let edited = new Set<string>();
  const isEdited = (entity: EntityType, id: number) => edited.has(`${entity}:${id}`);
  const editedIds = (entity: EntityType) =>
    [...edited].filter((key) => key.startsWith(`${entity}:`)).map((key) => Number(key.split(':')[1]));

  /** Create or update one record; scalars and relations compared by `unchanged`. */
  async function sync<T extends { id: number }>(
    entity: EntityType,
    find: () => Promise<T | null>,
    create: () => Promise<T>,
    update: (existing: T) => Promise<T>,
    unchanged: (existing: T) => boolean,
  ): Promise<T> {
    const existing = await find();
    if (!existing) {
      report.created++;
      return create();
    }
    if (isEdited(entity, existing.id)) {
      report.kept++;
      return existing;
    }
    if (unchanged(existing)) {
      report.unchanged++;
      return existing;
    }
    report.updated++;
    return update(existing);
  }

  await db.$transaction(
    async (tx: Tx) => {
      const audited = await tx.auditEvent.findMany({ select: { entityType: true, entityId: true } });
      edited = new Set(audited.map((event) => `${event.entityType}:${event.entityId}`));
      const sourceIds = new Map<string, number>();
      for (const source of seed.sources) {
        const published = dateColumns(source.published);
        const data = {
          url: orNull(source.url),
          title: source.title,
          publisher: orNull(source.publisher),
          language: orNull(source.language),
          publishedDate: published.value,
          publishedPrecision: published.precision,
          notes: orNull(source.notes),
          deletedAt: null,
        };
        const row = await sync(
          'source',
          () => tx.source.findUnique({ where: { key: source.key } }),
          () => tx.source.create({ data: { key: source.key, ...data, ...stamp } }),
          () => tx.source.update({ where: { key: source.key }, data: { ...data, version: { increment: 1 } } }),
          (existing) => sameScalars(existing, data),
        );
        sourceIds.set(source.key, row.id);
      }
      const connectSources = (keys: string[]) => keys.map((key) => ({ id: sourceIds.get(key)! }));
      const sourceIdList = (keys: string[]) => keys.map((key) => sourceIds.get(key)!);

      // Places: regions first so localities can point at them.
      const placeIds = new Map<string, number>();
      const ordered = [...seed.places].sort(
        (a, b) => Number(a.tier === 'locality') - Number(b.tier === 'locality') ||
          Number(Boolean(a.parentCity)) - Number(Boolean(b.parentCity)),
      );
      for (const place of ordered) {
        const data = {
          country: place.country,
          tier: place.tier,
          level: place.level,
          regionId: place.region ? placeIds.get(place.region)! : null,
          parentCityId: place.parentCity ? placeIds.get(place.parentCity)! : null,
          nameEn: place.names.en,
          nameRu: orNull(place.names.ru),
          nameBe: orNull(place.names.be),
          nameZh: orNull(place.names.zh),
          lat: orNull(place.lat),
          lon: orNull(place.lon),
          coordNote: orNull(place.coordNote),
          population: orNull(place.population),
          populationYear: orNull(place.populationYear),
          populationNote: orNull(place.populationNote),
          areaKm2: orNull(place.areaKm2),
          summary: orNull(place.summary),
          ...translationColumns(seed, ['summary'], (file) => file.places[place.slug]),
          deletedAt: null,
        };
        const wantedSources = sourceIdList(place.sources);
        const row = await sync(
          'place',
          () => tx.place.findUnique({ where: { slug: place.slug }, include: { sources: { select: { id: true } } } }),
          () => tx.place.create({
            data: { slug: place.slug, ...data, ...stamp, sources: { connect: connectSources(place.sources) } },
            include: { sources: { select: { id: true } } },
          }),
          () => tx.place.update({
            where: { slug: place.slug },
            data: { ...data, version: { increment: 1 }, sources: { set: connectSources(place.sources) } },
            include: { sources: { select: { id: true } } },
          }),
          (existing) => sameScalars(existing, data) && sameIds(existing.sources, wantedSources),
        );
        placeIds.set(place.slug, row.id);
        if (!isEdited('place', row.id)) {
          await syncPlaceNames(tx, row.id, place);
          await syncPlaceFacts(tx, row.id, place.facts, sourceIds, (field, fact) =>
            translationColumns(seed, field, (file) => {
              const entry = file.places[place.slug];
              return entry?.facts[fact] && { ...entry.facts[fact], translatedBy: entry.translatedBy };
            }),
          );
        }
      }

      const pairingIds = new Map<string, number>();
      const agreementKeys: string[] = [];
      for (const pairing of seed.pairings) {
        const established = dateColumns(pairing.established);
        const data = {
          byPlaceId: placeIds.get(pairing.by)!,
          cnPlaceId: placeIds.get(pairing.cn)!,
          type: pairing.type,
          typeUncertain: pairing.typeUncertain,
          stage: pairing.stage,
          stageUncertain: pairing.stageUncertain,
          establishedDate: established.value,
          establishedPrecision: established.precision,
          establishedYear: established.year,
          establishedApproximate: pairing.establishedApproximate,
          summary: orNull(pairing.summary),
          ...translationColumns(seed, ['summary'], (file) => file.pairings[pairing.slug]),
          notes: orNull(pairing.notes),
          deletedAt: null,
        };
        const wantedSources = sourceIdList(pairing.sources);
        const include = { sources: { select: { id: true } }, fields: true } as const;
        const row = await sync(
          'pairing',
          () => tx.pairing.findUnique({ where: { slug: pairing.slug }, include }),
          () => tx.pairing.create({
            data: { slug: pairing.slug, ...data, ...stamp, sources: { connect: connectSources(pairing.sources) } },
            include,
          }),
          () => tx.pairing.update({
            where: { slug: pairing.slug },
            data: { ...data, version: { increment: 1 }, sources: { set: connectSources(pairing.sources) } },
            include,
          }),
          (existing) => sameScalars(existing, data) && sameIds(existing.sources, wantedSources),
        );
        pairingIds.set(pairing.slug, row.id);
        const haveFields = row.fields.map((f) => f.field).sort().join(',');
        if (!isEdited('pairing', row.id) && haveFields !== [...pairing.fields].sort().join(',')) {
          await tx.pairingField.deleteMany({ where: { pairingId: row.id } });
          await tx.pairingField.createMany({ data: pairing.fields.map((field) => ({ pairingId: row.id, field })) });
        }

        for (const agreement of pairing.agreements) {
          const seedKey = agreementSeedKey(pairing.slug, agreement);
          agreementKeys.push(seedKey);
          const date = dateColumns(agreement.date);
          const agreementData = {
            pairingId: row.id,
            kind: agreement.kind,
            date: date.value,
            datePrecision: date.precision,
            dateYear: date.year,
            dateApproximate: agreement.dateApproximate,
            title: agreement.title,
            venue: orNull(agreement.venue),
            signatories: orNull(agreement.signatories),
            summary: orNull(agreement.summary),
            ...translationColumns(seed, ['title', 'summary'], (file) => file.agreements[pairing.slug]?.[agreement.title]),
            notes: orNull(agreement.notes),
            sourcesUncertain: agreement.sourcesUncertain,
            deletedAt: null,
          };
          const wanted = sourceIdList(agreement.sources);
          const includeSources = { sources: { select: { id: true } } } as const;
          await sync(
            'agreement',
            () => tx.agreement.findUnique({ where: { seedKey }, include: includeSources }),
            () => tx.agreement.create({
              data: { seedKey, ...agreementData, ...stamp, sources: { connect: connectSources(agreement.sources) } },
              include: includeSources,
            }),
            () => tx.agreement.update({
              where: { seedKey },
              data: { ...agreementData, version: { increment: 1 }, sources: { set: connectSources(agreement.sources) } },
              include: includeSources,
            }),
            (existing) => sameScalars(existing, agreementData) && sameIds(existing.sources, wanted),
          );
        }
      }
      const staleAgreements = await tx.agreement.deleteMany({
        where: { seedKey: { startsWith: 'agreement:', notIn: agreementKeys }, id: { notIn: editedIds('agreement') } },
      });
      report.removed += staleAgreements.count;

      for (const project of seed.projects) {
        const data = {
          nameEn: project.nameEn,
          ...translationColumns(seed, ['name', 'summary'], (file) => file.projects[project.slug], {
            nameRu: project.nameRu,
            nameZh: project.nameZh,
          }),
          country: project.country,
          locationText: orNull(project.locationText),
          placeId: project.place ? placeIds.get(project.place)! : null,
          lat: orNull(project.lat),
          lon: orNull(project.lon),
          coordNote: orNull(project.coordNote),
          partnersText: orNull(project.partnersText),
          sectors: JSON.stringify(project.sectors),
          status: project.status,
          statusUncertain: project.statusUncertain,
          startYear: orNull(project.startYear),
          endYear: orNull(project.endYear),
          keyFigures: orNull(project.keyFigures),
          summary: orNull(project.summary),
          notes: orNull(project.notes),
          deletedAt: null,
        };
        const wantedSources = sourceIdList(project.sources);
        const wantedPairings = project.pairings.map((slug) => pairingIds.get(slug)!);
        const include = { sources: { select: { id: true } }, pairings: { select: { id: true } } } as const;
        const relations = {
          sources: { set: connectSources(project.sources) },
          pairings: { set: wantedPairings.map((id) => ({ id })) },
        };
        await sync(
          'project',
          () => tx.project.findUnique({ where: { slug: project.slug }, include }),
          () => tx.project.create({
            data: {
              slug: project.slug,
              ...data,
              ...stamp,
              sources: { connect: connectSources(project.sources) },
              pairings: { connect: wantedPairings.map((id) => ({ id })) },
            },
            include,
          }),
          () => tx.project.update({
            where: { slug: project.slug },
            data: { ...data, version: { increment: 1 }, ...relations },
            include,
          }),
          (existing) =>
            sameScalars(existing, data) &&
            sameIds(existing.sources, wantedSources) &&
            sameIds(existing.pairings, wantedPairings),
        );
      }

      const tradeKeys: string[] = [];
      for (const figure of seed.trade) {
        const seedKey = tradeSeedKey(figure);
        tradeKeys.push(seedKey);
        const data = {
          scope: figure.scope,
          byPlaceId: figure.by ? placeIds.get(figure.by)! : null,
          cnPlaceId: figure.cn ? placeIds.get(figure.cn)! : null,
          year: orNull(figure.year),
          periodKind: figure.periodKind,
          monthFrom: figure.monthFrom,
          monthTo: figure.monthTo,
          periodApproximate: figure.periodApproximate,
          flow: figure.flow,
          value: figure.value,
          currency: figure.currency,
          scale: figure.scale,
          growthPct: orNull(figure.growthPct),
          reporter: orNull(figure.reporter),
          approximate: figure.approximate,
          notes: orNull(figure.notes),
          deletedAt: null,
        };
        const wanted = sourceIdList(figure.sources);
        const include = { sources: { select: { id: true } } } as const;
        await sync(
          'trade_figure',
          () => tx.tradeFigure.findUnique({ where: { seedKey }, include }),
          () => tx.tradeFigure.create({
            data: { seedKey, ...data, ...stamp, sources: { connect: connectSources(figure.sources) } },
            include,
          }),
          () => tx.tradeFigure.update({
            where: { seedKey },
            data: { ...data, version: { increment: 1 }, sources: { set: connectSources(figure.sources) } },
            include,
          }),
          (existing) => sameScalars(existing, data) && sameIds(existing.sources, wanted),
        );
      }
      const staleTrade = await tx.tradeFigure.deleteMany({
        where: { seedKey: { startsWith: 'trade:', notIn: tradeKeys }, id: { notIn: editedIds('trade_figure') } },
      });
      report.removed += staleTrade.count;
    },
    { timeout: 120_000, maxWait: 10_000 },
  );
  return report;
}

async function syncPlaceNames(tx: Tx, placeId: number, place: SeedData['places'][number]) {
  const wanted = new Map<string, { name: string; lang: string; kind: string }>();
  const add = (name: string | undefined, lang: string, kind: string) => {
    if (name && !wanted.has(`${lang}|${name}`)) wanted.set(`${lang}|${name}`, { name, lang, kind });
  };
  add(place.names.en, 'en', 'official');
  add(place.names.ru, 'ru', 'official');
  add(place.names.be, 'be', 'official');
  add(place.names.zh, 'zh', 'official');
  for (const alt of place.altNames) add(alt.name, alt.lang, alt.kind ?? 'alternative');
  const existing = await tx.placeName.findMany({ where: { placeId } });
  const have = new Map(existing.map((n) => [`${n.lang}|${n.name}`, n]));
  const stale = existing.filter((n) => {
    const w = wanted.get(`${n.lang}|${n.name}`);
    return !w || w.kind !== n.kind;
  });
  if (stale.length > 0) await tx.placeName.deleteMany({ where: { id: { in: stale.map((n) => n.id) } } });
  const missing = [...wanted.entries()]
    .filter(([key, w]) => have.get(key)?.kind !== w.kind)
    .map(([, w]) => ({ placeId, ...w }));
  if (missing.length > 0) await tx.placeName.createMany({ data: missing });
}

async function syncPlaceFacts(
  tx: Tx,
  placeId: number,
  facts: SeedData['places'][number]['facts'],
  sourceIds: Map<string, number>,
  translations: (fields: string[], factKey: string) => Record<string, string | null>,
) {
  const keys = facts.map((f) => f.key);
  await tx.placeFact.deleteMany({ where: { placeId, key: { notIn: keys } } });
  for (const fact of facts) {
    const asOf = dateColumns(fact.asOf);
    const data = {
      label: fact.label,
      value: orNull(fact.value),
      unit: orNull(fact.unit),
      text: orNull(fact.text),
      ...translations(['label', 'text'], fact.key),
      asOf: asOf.value,
      asOfPrecision: asOf.precision,
    };
    const sources = fact.sources.map((key) => ({ id: sourceIds.get(key)! }));
    const existing = await tx.placeFact.findUnique({
      where: { placeId_key: { placeId, key: fact.key } },
      include: { sources: { select: { id: true } } },
    });
    if (!existing) {
      await tx.placeFact.create({ data: { placeId, key: fact.key, ...data, sources: { connect: sources } } });
    } else if (!sameScalars(existing, data) || !sameIds(existing.sources, sources.map((s) => s.id))) {
      await tx.placeFact.update({ where: { id: existing.id }, data: { ...data, sources: { set: sources } } });
    }
  }
}
