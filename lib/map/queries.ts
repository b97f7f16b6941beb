import 'server-only';
import { cachedRead } from '@/lib/cache/read-cache';
import { publicDb } from '@/lib/soft-delete/public-db';
import { comparePartialDates } from '@/lib/dates/partial-date';
import type { PairingStage } from '@/lib/domain/vocabulary';
import { atlasFiltersToSearchParams, type AtlasFilters } from '@/lib/filters/schema';
import { pairingWhere } from '@/lib/filters/where';
import { localName, originalName } from '@/lib/i18n/place-names';
import { pairingSummarySelect, partnerSelect, sourceSelect, textPairings } from '@/lib/pairings/queries';
import { keepMatching } from '@/lib/search/text-match';
import { localizedSelect, localizedTexts } from '@/lib/i18n/content';
import type { MapData, MapPlace } from './types';

const placeSelect = {
  id: true,
  slug: true,
  country: true,
  tier: true,
  lat: true,
  lon: true,
  nameEn: true,
  nameRu: true,
  nameBe: true,
  nameZh: true,
} as const;

/** The filtered pairings as markers and arcs (see MapData). One query per table. */
async function readGetMapData(filters: AtlasFilters, locale: string): Promise<MapData> {
  const [rows, text, partners] = await Promise.all([
    publicDb.pairing.findMany({
      where: pairingWhere(filters),
      select: { id: true, slug: true, stage: true, byPlaceId: true, cnPlaceId: true },
      orderBy: { id: 'asc' },
    }),
    textPairings(filters),
    publicDb.place.findMany({
      where: { OR: [{ byPairings: { some: {} } }, { cnPairings: { some: {} } }] },
      select: placeSelect,
    }),
  ]);
  const pairings = keepMatching(rows, text);
  const byId = new Map(partners.map((place) => [place.id, place]));
  const index = new Map<number, number>();
  const places: MapPlace[] = [];
  const indexOf = (id: number): number | null => {
    const known = index.get(id);
    if (known !== undefined) return known;
    const place = byId.get(id);
    if (!place || place.lat === null || place.lon === null) return null;
    index.set(id, places.length);
    places.push({
      slug: place.slug,
      country: place.country as MapPlace['country'],
      tier: place.tier as MapPlace['tier'],
      lat: place.lat,
      lon: place.lon,
      name: localName(place, locale),
      original: originalName(place, locale),
    });
    return places.length - 1;
  };
  const arcs: MapData['arcs'] = [];
  let unplaced = 0;
  for (const pairing of pairings) {
    const by = indexOf(pairing.byPlaceId);
    const cn = indexOf(pairing.cnPlaceId);
    if (by === null || cn === null) unplaced += 1;
    else arcs.push({ slug: pairing.slug, by, cn, stage: pairing.stage as PairingStage });
  }
  return { key: atlasFiltersToSearchParams(filters).toString(), places, arcs, unplaced };
}

/** Pairings per year of their date and per stage, for the year histogram (the year range itself left out). */
async function readCountPairingsByYear(filters: AtlasFilters) {
  const rows = await publicDb.pairing.findMany({
    where: pairingWhere({ ...filters, from: undefined, to: undefined }),
    select: { id: true, establishedYear: true, stage: true },
  });
  const counts = new Map<string, { year: number | null; series: string; count: number }>();
  for (const row of keepMatching(rows, await textPairings(filters))) {
    const key = `${row.establishedYear}|${row.stage}`;
    const entry = counts.get(key) ?? { year: row.establishedYear, series: row.stage, count: 0 };
    entry.count++;
    counts.set(key, entry);
  }
  return [...counts.values()];
}


/** Everything the side panel shows about one pairing, agreements in date order. */
async function readGetPairingPanel(slug: string) {
  const pairing = await publicDb.pairing.findFirst({
    where: { slug },
    select: {
      ...pairingSummarySelect,
      ...localizedSelect('summary'),
      fields: { select: { field: true } },
      agreements: {
        select: {
          id: true,
          kind: true,
          date: true,
          dateApproximate: true,
          ...localizedSelect('title'),
          venue: true,
          sources: { select: sourceSelect, orderBy: { id: 'asc' } },
        },
      },
      projects: {
        select: { slug: true, nameEn: true, nameRu: true, nameBe: true, nameZh: true, status: true, statusUncertain: true },
        orderBy: { nameEn: 'asc' },
      },
    },
  });
  if (!pairing) return null;
  const agreements = [...pairing.agreements]
    .sort((a, b) => comparePartialDates(a.date, b.date) || a.id - b.id)
    .map((a) => ({ id: a.id, kind: a.kind, date: a.date, dateApproximate: a.dateApproximate, title: a.title, venue: a.venue, sources: a.sources, i18n: localizedTexts(a, 'title') }));
  return { ...pairing, i18n: localizedTexts(pairing, 'summary'), agreements };
}

export type PairingPanelData = NonNullable<Awaited<ReturnType<typeof getPairingPanel>>>;

/** A partner and its pairings that match the filters, for the side panel. */
async function readGetPlacePanel(slug: string, filters: AtlasFilters) {
  const place = await publicDb.place.findFirst({ where: { slug }, select: partnerSelect });
  if (!place) return null;
  const side = place.country === 'BY' ? { byPlace: { slug } } : { cnPlace: { slug } };
  const rows = await publicDb.pairing.findMany({
    where: { AND: [pairingWhere(filters), side] },
    select: {
      id: true,
      slug: true,
      stage: true,
      stageUncertain: true,
      establishedDate: true,
      establishedApproximate: true,
      byPlace: { select: partnerSelect },
      cnPlace: { select: partnerSelect },
    },
    orderBy: [{ establishedDate: { sort: 'asc', nulls: 'last' } }, { id: 'asc' }],
  });
  return { place, pairings: keepMatching(rows, await textPairings(filters)) };
}

export type PlacePanelData = NonNullable<Awaited<ReturnType<typeof getPlacePanel>>>;

// Shared across requests until the data changes (lib/cache/read-cache.ts).
export const getMapData = cachedRead('map.getMapData', readGetMapData);
export const countPairingsByYear = cachedRead('map.countPairingsByYear', readCountPairingsByYear);
export const getPairingPanel = cachedRead('map.getPairingPanel', readGetPairingPanel);
export const getPlacePanel = cachedRead('map.getPlacePanel', readGetPlacePanel);
