import 'server-only';
import { cachedRead, wantsAll } from '@/lib/cache/read-cache';
import { publicDb } from '@/lib/soft-delete/public-db';
import { comparePartialDates, comparePartialDatesNewestFirst } from '@/lib/dates/partial-date';
import { DEFAULT_PAGE_SIZE, type AtlasFilters } from '@/lib/filters/schema';
import { pairingWhere } from '@/lib/filters/where';
import type { Prisma } from '@/lib/generated/prisma/client';
import { partnerSelect, toPartner } from '@/lib/places/partner';
import { projectCardSelect, toProjectCard } from '@/lib/projects/queries';
import { publicSourceSelect, uniqueSources } from '@/lib/sources/queries';
import { findByIds } from '@/lib/sql/id-batches';
import { keepMatching, pairingIdsMatching } from '@/lib/search/text-match';
import { localizedSelect, localizedTexts } from '@/lib/i18n/content';
import { tradeFiguresConcerning } from '@/lib/trade/queries';

/** A partner as the pairing views show it (names in every language, level, region). */
export { partnerSelect };

export const sourceSelect = { id: true, url: true, title: true, publisher: true, publishedDate: true } as const;

/** A pairing's headline: partners, type, stage and date, with the sources. */
export const pairingSummarySelect = {
  slug: true,
  type: true,
  typeUncertain: true,
  stage: true,
  stageUncertain: true,
  establishedDate: true,
  establishedPrecision: true,
  establishedApproximate: true,
  byPlace: { select: partnerSelect },
  cnPlace: { select: partnerSelect },
  sources: { select: sourceSelect, orderBy: { id: 'asc' } },
} as const;

/**
 * Live pairings matching the shared filters, newest first, undated last (the text
 * order of partial dates is their chronological order), a page at a time.
 */
async function readListPairings(filters: AtlasFilters, { skip = 0, take }: { skip?: number; take?: number } = {}) {
  const keys = await publicDb.pairing.findMany({
    where: pairingWhere(filters),
    select: { id: true },
    orderBy: [
      { establishedDate: { sort: 'desc', nulls: 'last' } },
      { byPlace: { nameEn: 'asc' } },
      { cnPlace: { nameEn: 'asc' } },
    ],
  });
  const matching = keepMatching(keys, await textPairings(filters));
  const pageIds = matching.slice(skip, take === undefined ? undefined : skip + take).map((key) => key.id);
  return findByIds(pageIds, (batch) =>
    publicDb.pairing.findMany({
      where: { id: { in: batch } },
      select: { id: true, ...pairingSummarySelect, _count: { select: { agreements: true } } },
    }),
  );
}

/** The pairings `q` matches (lib/search/text-match.ts), or null without a query. */
export async function textPairings(filters: AtlasFilters): Promise<Set<number> | null> {
  return filters.q ? pairingIdsMatching(filters.q) : null;
}

export type PairingListItem = Awaited<ReturnType<typeof listPairings>>[number];

/** Headline counts for the home page. */
async function readGetAtlasTotals() {
  const [pairings, agreements, sources, established] = await Promise.all([
    publicDb.pairing.count(),
    publicDb.agreement.count(),
    publicDb.source.count(),
    publicDb.pairing.count({ where: { stage: 'established' } }),
  ]);
  return { pairings, agreements, sources, established };
}

export const pairingApiSelect = {
  ...pairingSummarySelect,
  id: true,
  ...localizedSelect('summary'),
  _count: { select: { agreements: true } },
  updatedAt: true,
  fields: { select: { field: true }, orderBy: { field: 'asc' } },
  sources: { select: publicSourceSelect, orderBy: { id: 'asc' } },
} as const satisfies Prisma.PairingSelect;

export function toPairingItem(row: Prisma.PairingGetPayload<{ select: typeof pairingApiSelect }>) {
  return {
    slug: row.slug,
    type: row.type,
    typeUncertain: row.typeUncertain,
    stage: row.stage,
    stageUncertain: row.stageUncertain,
    established: row.establishedDate,
    establishedPrecision: row.establishedPrecision,
    establishedApproximate: row.establishedApproximate,
    by: toPartner(row.byPlace),
    cn: toPartner(row.cnPlace),
    fields: row.fields.map((f) => f.field),
    summary: row.summary,
    i18n: localizedTexts(row, 'summary'),
    agreementCount: row._count.agreements,
    sources: row.sources,
    updatedAt: row.updatedAt.toISOString(),
  };
}

export type PairingItem = ReturnType<typeof toPairingItem>;

/** Pairings matching the shared filters, newest first (undated last), one page. */
async function readSearchPairings(filters: AtlasFilters, { all = false } = {}) {
  const page = all ? 1 : (filters.page ?? 1);
  const pageSize = all ? Number.MAX_SAFE_INTEGER : (filters.pageSize ?? DEFAULT_PAGE_SIZE);
  // Sort keys first, relations only for the page (see lib/sql/id-batches.ts).
  const keys = keepMatching(
    await publicDb.pairing.findMany({ where: pairingWhere(filters), select: { id: true, slug: true, establishedDate: true } }),
    await textPairings(filters),
  );
  keys.sort((a, b) => comparePartialDatesNewestFirst(a.establishedDate, b.establishedDate) || a.slug.localeCompare(b.slug));
  const pageIds = keys.slice((page - 1) * pageSize, page * pageSize).map((key) => key.id);
  const rows = await findByIds(pageIds, (batch) => publicDb.pairing.findMany({ where: { id: { in: batch } }, select: pairingApiSelect }));
  return {
    items: rows.map(toPairingItem),
    total: keys.length,
    page,
    pageSize: all ? keys.length : pageSize,
  };
}

/**
 * Everything the pairing page shows: partners, agreements in order, projects, trade, sources.
 * Not the editors' `notes` (research reasoning, not prose for readers; docs/data-model.md).
 * The page and its `generateMetadata` share one read (lib/cache/read-cache.ts).
 */
export const getPairingDetail = cachedRead('pairings.getPairingDetail', async (slug: string) => {
  const row = await publicDb.pairing.findFirst({
    where: { slug },
    select: {
      ...pairingApiSelect,
      byPlace: { select: { ...partnerSelect, id: true, lat: true, lon: true, regionId: true } },
      cnPlace: { select: { ...partnerSelect, id: true, lat: true, lon: true, regionId: true } },
      agreements: {
        select: {
          id: true, kind: true, date: true, datePrecision: true, dateApproximate: true, venue: true,
          signatories: true, ...localizedSelect('title', 'summary'), sourcesUncertain: true, updatedAt: true,
          sources: { select: publicSourceSelect, orderBy: { id: 'asc' } },
        },
      },
      projects: { select: projectCardSelect },
    },
  });
  if (!row) return null;
  const agreements = [...row.agreements]
    .sort((a, b) => comparePartialDates(a.date, b.date) || a.id - b.id)
    .map((a) => ({ id: a.id, kind: a.kind, date: a.date, datePrecision: a.datePrecision, dateApproximate: a.dateApproximate, title: a.title, venue: a.venue, signatories: a.signatories, summary: a.summary, sourcesUncertain: a.sourcesUncertain, i18n: localizedTexts(a, 'title', 'summary'), updatedAt: a.updatedAt, sources: a.sources }));
  const trade = await tradeFiguresConcerning([row.byPlace, row.cnPlace]);
  const updatedAt = [row.updatedAt, ...row.agreements.map((a) => a.updatedAt)].reduce((a, b) => (a > b ? a : b));
  return {
    ...toPairingItem(row),
    byPoint: row.byPlace.lat !== null && row.byPlace.lon !== null ? { lat: row.byPlace.lat, lon: row.byPlace.lon } : null,
    cnPoint: row.cnPlace.lat !== null && row.cnPlace.lon !== null ? { lat: row.cnPlace.lat, lon: row.cnPlace.lon } : null,
    agreements,
    projects: row.projects.map(toProjectCard),
    trade,
    allSources: uniqueSources([row.sources, ...agreements.map((a) => a.sources), ...trade.map((t) => t.sources)]),
    updatedAt: updatedAt.toISOString(),
  };
});

export type PairingDetail = NonNullable<Awaited<ReturnType<typeof getPairingDetail>>>;

async function readListPairingSlugs() {
  return publicDb.pairing.findMany({ select: { slug: true, updatedAt: true } });
}

// Shared across requests until the data changes (lib/cache/read-cache.ts).
export const listPairings = cachedRead('pairings.listPairings', readListPairings);
export const searchPairings = cachedRead('pairings.searchPairings', readSearchPairings, { skip: wantsAll });
export const listPairingSlugs = cachedRead('pairings.listPairingSlugs', readListPairingSlugs);
export const getAtlasTotals = cachedRead('pairings.getAtlasTotals', readGetAtlasTotals);
