import 'server-only';
import { cachedRead, wantsAll } from '@/lib/cache/read-cache';
import { publicDb } from '@/lib/soft-delete/public-db';
import { findByIds } from '@/lib/sql/id-batches';
import { keepMatching, placeIdsMatching } from '@/lib/search/text-match';
import { comparePartialDatesNewestFirst } from '@/lib/dates/partial-date';
import { DEFAULT_PAGE_SIZE } from '@/lib/filters/schema';
import type { Prisma } from '@/lib/generated/prisma/client';
import { pairingApiSelect } from '@/lib/pairings/queries';
import { projectCardSelect, toProjectCard } from '@/lib/projects/queries';
import { publicSourceSelect, uniqueSources } from '@/lib/sources/queries';
import { tradeFiguresConcerning } from '@/lib/trade/queries';
import { partnerSelect, placeNamesOf, toPartner } from './partner';
import { localName } from '@/lib/i18n/place-names';
import { localizedSelect, localizedTexts } from '@/lib/i18n/content';

export type FacetOption = { value: string; label: string };

const hasPairings = {
  OR: [{ byPairings: { some: {} } }, { cnPairings: { some: {} } }],
};

/**
 * First-level regions of each country that take part in a pairing themselves or
 * through a place inside them: the options of the region/province filters.
 */
async function readListRegionFacets(locale: string): Promise<{ by: FacetOption[]; cn: FacetOption[] }> {
  const regions = await publicDb.place.findMany({
    where: {
      tier: 'region',
      OR: [hasPairings, { localities: { some: hasPairings } }],
    },
    select: { slug: true, country: true, nameEn: true, nameRu: true, nameBe: true, nameZh: true },
  });
  const options = (country: string) =>
    regions
      .filter((region) => region.country === country)
      .map((region) => ({ value: region.slug, label: localName(region, locale) }))
      .sort((a, b) => a.label.localeCompare(b.label, locale));
  return { by: options('BY'), cn: options('CN') };
}

const placeApiSelect = {
  ...partnerSelect,
  id: true,
  lat: true,
  lon: true,
  coordNote: true,
  population: true,
  populationYear: true,
  areaKm2: true,
  ...localizedSelect('summary'),
  updatedAt: true,
  names: { select: { name: true, lang: true, kind: true }, orderBy: [{ lang: 'asc' }, { name: 'asc' }] },
  sources: { select: publicSourceSelect, orderBy: { id: 'asc' } },
} as const satisfies Prisma.PlaceSelect;

function toPlaceItem(row: Prisma.PlaceGetPayload<{ select: typeof placeApiSelect }>) {
  return {
    ...toPartner(row),
    tier: row.tier,
    lat: row.lat,
    lon: row.lon,
    coordNote: row.coordNote,
    population: row.population,
    populationYear: row.populationYear,
    areaKm2: row.areaKm2,
    summary: row.summary,
    i18n: localizedTexts(row, 'summary'),
    spellings: row.names,
    sources: row.sources,
    updatedAt: row.updatedAt.toISOString(),
  };
}

export type PlaceItem = ReturnType<typeof toPlaceItem>;

export type PlaceFilters = { country?: string; tier?: string; q?: string; page?: number; pageSize?: number };

async function readListPlaces(filters: PlaceFilters = {}, { all = false } = {}) {
  const where: Prisma.PlaceWhereInput = {
    ...(filters.country && { country: filters.country }),
    ...(filters.tier && { tier: filters.tier }),
  };
  const page = all ? 1 : (filters.page ?? 1);
  const pageSize = filters.pageSize ?? DEFAULT_PAGE_SIZE;
  // Ids in order first, `q` through the one search, relations in batches (lib/sql/id-batches.ts).
  const keys = keepMatching(
    await publicDb.place.findMany({ where, select: { id: true }, orderBy: [{ country: 'asc' }, { nameEn: 'asc' }, { id: 'asc' }] }),
    filters.q ? await placeIdsMatching(filters.q) : null,
  );
  const total = keys.length;
  const pageKeys = all ? keys : keys.slice((page - 1) * pageSize, page * pageSize);
  const rows = await findByIds(pageKeys.map((k) => k.id), (batch) => publicDb.place.findMany({ where: { id: { in: batch } }, select: placeApiSelect }));
  return { items: rows.map(toPlaceItem), total, page, pageSize: all ? total : pageSize };
}

const pairingOfPlaceSelect = pairingApiSelect;

/**
 * A place with its pairings (its own and those of places in it), projects, trade and sources.
 * The page and its `generateMetadata` share one read (lib/cache/read-cache.ts).
 */
export const getPlaceDetail = cachedRead('places.getPlaceDetail', async (slug: string) => {
  const row = await publicDb.place.findFirst({
    where: { slug },
    select: {
      ...placeApiSelect,
      regionId: true,
      localities: { select: partnerSelect },
      facts: { select: { key: true, ...localizedSelect('label', 'text'), value: true, unit: true, asOf: true, asOfPrecision: true, sources: { select: publicSourceSelect } } },
    },
  });
  if (!row) return null;
  const inPlace = { OR: [{ slug }, { region: { slug } }, { parentCity: { slug } }] };
  const [pairings, projects, trade] = await Promise.all([
    publicDb.pairing
      .findMany({ where: { OR: [{ byPlace: inPlace }, { cnPlace: inPlace }] }, select: { id: true } })
      .then((keys) => findByIds(keys.map((k) => k.id), (batch) => publicDb.pairing.findMany({ where: { id: { in: batch } }, select: pairingOfPlaceSelect }))),
    publicDb.project.findMany({ where: { place: inPlace }, select: projectCardSelect, orderBy: { nameEn: 'asc' } }),
    tradeFiguresConcerning([{ id: row.id }]),
  ]);
  pairings.sort((a, b) => comparePartialDatesNewestFirst(a.establishedDate, b.establishedDate) || a.slug.localeCompare(b.slug));
  return {
    ...toPlaceItem(row),
    localities: row.localities.map((l) => ({ ...l, names: placeNamesOf(l) })),
    facts: row.facts.map((f) => ({ key: f.key, label: f.label, text: f.text, i18n: localizedTexts(f, 'label', 'text'), value: f.value, unit: f.unit, asOf: f.asOf, asOfPrecision: f.asOfPrecision, sources: f.sources })),
    pairings,
    projects: projects.map(toProjectCard),
    trade,
    allSources: uniqueSources([row.sources, ...row.facts.map((f) => f.sources), ...trade.map((t) => t.sources)]),
  };
});

export type PlaceDetail = NonNullable<Awaited<ReturnType<typeof getPlaceDetail>>>;

async function readListPlaceSlugs() {
  return publicDb.place.findMany({ select: { slug: true, updatedAt: true } });
}

// Shared across requests until the data changes (lib/cache/read-cache.ts).
export const listRegionFacets = cachedRead('places.listRegionFacets', readListRegionFacets);
export const listPlaces = cachedRead('places.listPlaces', readListPlaces, { skip: wantsAll });
export const listPlaceSlugs = cachedRead('places.listPlaceSlugs', readListPlaceSlugs);
