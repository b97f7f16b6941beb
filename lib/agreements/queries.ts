import 'server-only';
import { cachedRead } from '@/lib/cache/read-cache';
import { publicDb } from '@/lib/soft-delete/public-db';
import { comparePartialDatesNewestFirst } from '@/lib/dates/partial-date';
import { DEFAULT_PAGE_SIZE, type AtlasFilters } from '@/lib/filters/schema';
import { agreementWhere } from '@/lib/filters/where';
import type { Prisma } from '@/lib/generated/prisma/client';
import { partnerSelect, toPartner } from '@/lib/places/partner';
import { publicSourceSelect } from '@/lib/sources/queries';
import { AGREEMENT_KIND_IMPORTANCE, type AgreementKind } from '@/lib/domain/vocabulary';
import type { SpellingCorrection } from '@/lib/search/agreement-index';
import { matchText } from '@/lib/search/text-match';
import { placeScores } from '@/lib/search/partner-match';
import type { SearchTerm } from '@/lib/search/query';
import { splitQueryYears } from '@/lib/search/query-years';
import { findByIds } from '@/lib/sql/id-batches';
import { localizedSelect, localizedTexts } from '@/lib/i18n/content';

const agreementSelect = {
  id: true,
  date: true,
  datePrecision: true,
  dateApproximate: true,
  kind: true,
  ...localizedSelect('title', 'summary'),
  venue: true,
  signatories: true,
  updatedAt: true,
  pairing: {
    select: { slug: true, type: true, stage: true, byPlace: { select: partnerSelect }, cnPlace: { select: partnerSelect } },
  },
  sources: { select: publicSourceSelect, orderBy: { id: 'asc' } },
} as const satisfies Prisma.AgreementSelect;

type AgreementRow = Prisma.AgreementGetPayload<{ select: typeof agreementSelect }>;

/** The public shape of an agreement (API and search page). */
function toAgreementItem(row: AgreementRow) {
  return {
    id: row.id,
    date: row.date,
    datePrecision: row.datePrecision,
    dateApproximate: row.dateApproximate,
    kind: row.kind,
    title: row.title,
    venue: row.venue,
    signatories: row.signatories,
    summary: row.summary,
    i18n: localizedTexts(row, 'title', 'summary'),
    pairing: {
      slug: row.pairing.slug,
      type: row.pairing.type,
      stage: row.pairing.stage,
      by: toPartner(row.pairing.byPlace),
      cn: toPartner(row.pairing.cnPlace),
    },
    sources: row.sources,
    updatedAt: row.updatedAt.toISOString(),
  };
}

export type AgreementItem = ReturnType<typeof toAgreementItem>;

/**
 * The filter condition, and the text match as a set of ids (with ranks) that callers
 * intersect in memory: an `id IN (…)` list would exceed SQLite's parameter limit for
 * broad queries on a large atlas.
 */
async function resolveText(filters: AtlasFilters) {
  if (!filters.q) return { ranks: null, corrections: [] as SpellingCorrection[], terms: [] as SearchTerm[] };
  return matchText(filters.q);
}

/**
 * The filters with the years typed into `q` ("Minsk 2019", "2015–2017") moved into the
 * year range, intersected with any `from`/`to` already set; `q` keeps only the text.
 * The search page, facets and /api/v1/agreements all go through this, so they agree.
 */
export function withQueryYears(filters: AtlasFilters): AtlasFilters {
  if (!filters.q) return filters;
  const { text, from, to } = splitQueryYears(filters.q);
  if (from === undefined) return filters;
  return {
    ...filters,
    q: text || undefined,
    from: filters.from === undefined ? from : Math.max(filters.from, from),
    to: filters.to === undefined ? to : Math.min(filters.to, to!),
  };
}

type RankKey = { id: number; date: string | null; kind: string; pairing: { byPlaceId: number; cnPlaceId: number } };

/**
 * Relevance order: a partner's own name matching the query first (more terms matched
 * first), then a match through the partner's region, then mere mentions (by the FTS
 * bm25 rank); within each, the weightier milestone, then the newer one.
 */
async function relevanceOrder(q: string, terms: SearchTerm[], ranks: Map<number, number>) {
  const { own, region } = await placeScores(q, terms);
  const best = (scores: Map<number, number>, key: RankKey) =>
    Math.max(scores.get(key.pairing.byPlaceId) ?? 0, scores.get(key.pairing.cnPlaceId) ?? 0);
  const importance = (key: RankKey) => AGREEMENT_KIND_IMPORTANCE[key.kind as AgreementKind] ?? 2;
  return (a: RankKey, b: RankKey) => {
    const ownA = best(own, a);
    const regionA = best(region, a);
    const mentionsOnly = ownA === 0 && regionA === 0;
    return (
      best(own, b) - ownA ||
      best(region, b) - regionA ||
      (mentionsOnly ? ranks.get(a.id)! - ranks.get(b.id)! : 0) ||
      importance(a) - importance(b) ||
      comparePartialDatesNewestFirst(a.date, b.date) ||
      ranks.get(a.id)! - ranks.get(b.id)! ||
      b.id - a.id
    );
  };
}

export type AgreementSearchResult = {
  items: AgreementItem[];
  total: number;
  page: number;
  pageSize: number;
  sort: 'date' | 'relevance';
  corrections: SpellingCorrection[];
};

/**
 * The agreement search: filters from the shared filter state, text through the FTS
 * index; newest first, or by relevance when there is a query (unless `sort=date`).
 * Undated agreements come last.
 */
async function readSearchAgreements(requested: AtlasFilters): Promise<AgreementSearchResult> {
  const filters = withQueryYears(requested);
  const page = filters.page ?? 1;
  const pageSize = filters.pageSize ?? DEFAULT_PAGE_SIZE;
  const sort = filters.sort ?? (filters.q ? 'relevance' : 'date');
  const { ranks, corrections, terms } = await resolveText(filters);
  const all = await publicDb.agreement.findMany({
    where: agreementWhere(filters),
    select: { id: true, date: true, kind: true, pairing: { select: { byPlaceId: true, cnPlaceId: true } } },
  });
  const keys = ranks ? all.filter((key) => ranks.has(key.id)) : all;
  const byDate = (a: { id: number; date: string | null }, b: { id: number; date: string | null }) =>
    comparePartialDatesNewestFirst(a.date, b.date) || b.id - a.id;
  keys.sort(sort === 'relevance' && ranks && filters.q ? await relevanceOrder(filters.q, terms, ranks) : byDate);
  const pageIds = keys.slice((page - 1) * pageSize, page * pageSize).map((key) => key.id);
  const rows = await findByIds(pageIds, (batch) => publicDb.agreement.findMany({ where: { id: { in: batch } }, select: agreementSelect }));
  return {
    items: rows.map(toAgreementItem),
    total: keys.length,
    page,
    pageSize,
    sort,
    corrections,
  };
}

/** One live agreement by id, in its public shape, or null. */
export async function getAgreement(id: number): Promise<AgreementItem | null> {
  const row = await publicDb.agreement.findFirst({ where: { id }, select: agreementSelect });
  return row ? toAgreementItem(row) : null;
}

/** Every agreement matching the filters, in result order: exports are whole results. */
export async function listAllAgreements(filters: AtlasFilters): Promise<AgreementItem[]> {
  return (await readSearchAgreements({ ...filters, page: 1, pageSize: Number.MAX_SAFE_INTEGER })).items;
}

export type FacetValue = { value: string; count: number; label?: { en: string; ru: string | null; be: string | null; zh: string | null } };
export type AgreementFacets = Record<'year' | 'by' | 'cn' | 'kind' | 'stage' | 'field', FacetValue[]>;

const facetSelect = {
  id: true,
  dateYear: true,
  kind: true,
  pairing: {
    select: {
      stage: true,
      fields: { select: { field: true } },
      byPlace: { select: { slug: true, tier: true, nameEn: true, nameRu: true, nameBe: true, nameZh: true, region: { select: { slug: true, nameEn: true, nameRu: true, nameBe: true, nameZh: true } } } },
      cnPlace: { select: { slug: true, tier: true, nameEn: true, nameRu: true, nameBe: true, nameZh: true, region: { select: { slug: true, nameEn: true, nameRu: true, nameBe: true, nameZh: true } } } },
    },
  },
} as const satisfies Prisma.AgreementSelect;

type FacetRow = Prisma.AgreementGetPayload<{ select: typeof facetSelect }>;
type FacetPlace = FacetRow['pairing']['byPlace'];

function regionOf(place: FacetPlace) {
  const region = place.tier === 'region' ? place : place.region;
  return region ? { value: region.slug, label: { en: region.nameEn, ru: region.nameRu, be: region.nameBe, zh: region.nameZh } } : null;
}

const FACETS: {
  name: keyof AgreementFacets;
  /** The filter the facet sets, left out when counting its own values. */
  without: Partial<Record<keyof AtlasFilters, undefined>>;
  values: (row: FacetRow) => { value: string; label?: FacetValue['label'] }[];
}[] = [
  { name: 'year', without: { from: undefined, to: undefined }, values: (r) => (r.dateYear ? [{ value: String(r.dateYear) }] : []) },
  { name: 'by', without: { by: undefined }, values: (r) => [regionOf(r.pairing.byPlace)].filter((v) => v !== null) },
  { name: 'cn', without: { cn: undefined }, values: (r) => [regionOf(r.pairing.cnPlace)].filter((v) => v !== null) },
  { name: 'kind', without: { kind: undefined }, values: (r) => [{ value: r.kind }] },
  { name: 'stage', without: { stage: undefined }, values: (r) => [{ value: r.pairing.stage }] },
  { name: 'field', without: { field: undefined }, values: (r) => r.pairing.fields.map((f) => ({ value: f.field })) },
];

/**
 * Counts per facet value. Each facet is counted with every other filter applied but
 * not its own, so choosing a value shows how many results the alternatives would give.
 */
async function readAgreementFacets(requested: AtlasFilters): Promise<AgreementFacets> {
  const filters = withQueryYears(requested);
  const { ranks } = await resolveText(filters);
  const cache = new Map<string, Promise<FacetRow[]>>();
  const rowsFor = (subset: AtlasFilters) => {
    const key = JSON.stringify(subset);
    if (!cache.has(key)) {
      cache.set(
        key,
        publicDb.agreement.findMany({ where: agreementWhere(subset), select: facetSelect }).then((rows) => (ranks ? rows.filter((row) => ranks.has(row.id)) : rows)),
      );
    }
    return cache.get(key)!;
  };
  const base = { ...filters, page: undefined, pageSize: undefined, sort: undefined };
  const entries = await Promise.all(
    FACETS.map(async (facet) => {
      const rows = await rowsFor({ ...base, ...facet.without });
      const counts = new Map<string, FacetValue>();
      for (const row of rows) {
        for (const { value, label } of facet.values(row)) {
          const entry = counts.get(value) ?? { value, count: 0, ...(label && { label }) };
          entry.count++;
          counts.set(value, entry);
        }
      }
      const sorted = [...counts.values()].sort((a, b) =>
        facet.name === 'year' ? Number(b.value) - Number(a.value) : b.count - a.count || a.value.localeCompare(b.value),
      );
      return [facet.name, sorted] as const;
    }),
  );
  return Object.fromEntries(entries) as AgreementFacets;
}

// Shared across requests until the data changes (lib/cache/read-cache.ts).
export const searchAgreements = cachedRead('agreements.searchAgreements', readSearchAgreements);
export const agreementFacets = cachedRead('agreements.agreementFacets', readAgreementFacets);
