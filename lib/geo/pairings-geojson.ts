import 'server-only';
import { cachedRead } from '@/lib/cache/read-cache';
import { publicDb } from '@/lib/soft-delete/public-db';
import type { AtlasFilters } from '@/lib/filters/schema';
import { pairingWhere } from '@/lib/filters/where';
import { textPairings } from '@/lib/pairings/queries';
import { partnerSelect } from '@/lib/places/partner';
import { keepMatching } from '@/lib/search/text-match';
import { paths } from '@/lib/api/present';

type Point = [number, number];

/**
 * GeoJSON (RFC 7946, lon/lat) of the pairings matching the filters, one geometry kind
 * per collection so GIS tools (OGR, QGIS, Shapefile export) get a typed layer (issue 13):
 * partners as Points, pairings as LineString arcs from the Belarusian to the Chinese
 * partner. Properties are flat scalars — names per language, partner names, counts,
 * page URL — because nested objects arrive in OGR as JSON strings. Places without
 * coordinates are left out, and so are their arcs.
 */
async function matchingPairings(filters: AtlasFilters) {
  const rows = await publicDb.pairing.findMany({
    where: pairingWhere(filters),
    select: {
      id: true,
      slug: true,
      type: true,
      stage: true,
      establishedDate: true,
      _count: { select: { agreements: true } },
      byPlace: { select: { ...partnerSelect, lat: true, lon: true } },
      cnPlace: { select: { ...partnerSelect, lat: true, lon: true } },
    },
    orderBy: { slug: 'asc' },
  });
  return keepMatching(rows, await textPairings(filters));
}

type Pairing = Awaited<ReturnType<typeof matchingPairings>>[number];
type Place = Pairing['byPlace'];

const point = (p: { lat: number | null; lon: number | null }): Point | null => (p.lat === null || p.lon === null ? null : [p.lon, p.lat]);

const names = (prefix: string, p: Place) => ({
  [`${prefix}name_en`]: p.nameEn,
  [`${prefix}name_ru`]: p.nameRu,
  [`${prefix}name_be`]: p.nameBe,
  [`${prefix}name_zh`]: p.nameZh,
});

function placeFeatures(pairings: Pairing[]) {
  const places = new Map<string, { place: Place; coordinates: Point; pairings: number; agreements: number; partners: string[] }>();
  for (const pairing of pairings) {
    for (const [place, partner] of [[pairing.byPlace, pairing.cnPlace], [pairing.cnPlace, pairing.byPlace]] as const) {
      const coordinates = point(place);
      if (!coordinates) continue;
      const entry = places.get(place.slug) ?? { place, coordinates, pairings: 0, agreements: 0, partners: [] };
      entry.pairings++;
      entry.agreements += pairing._count.agreements;
      entry.partners.push(partner.nameEn);
      places.set(place.slug, entry);
    }
  }
  return [...places.values()].map(({ place, coordinates, pairings: count, agreements, partners }) => ({
    type: 'Feature' as const,
    id: `place:${place.slug}`,
    geometry: { type: 'Point' as const, coordinates },
    properties: {
      slug: place.slug,
      country: place.country,
      tier: place.tier,
      level: place.level,
      ...names('', place),
      region: place.region?.slug ?? null,
      pairing_count: count,
      agreement_count: agreements,
      partners_en: partners.join('; '),
      page_url: paths.place(place.slug).html,
      api_url: paths.place(place.slug).self,
    },
  }));
}

function pairingFeatures(pairings: Pairing[]) {
  return pairings.flatMap((pairing) => {
    const from = point(pairing.byPlace);
    const to = point(pairing.cnPlace);
    if (!from || !to) return [];
    return [{
      type: 'Feature' as const,
      id: `pairing:${pairing.slug}`,
      geometry: { type: 'LineString' as const, coordinates: [from, to] },
      properties: {
        slug: pairing.slug,
        type: pairing.type,
        stage: pairing.stage,
        established: pairing.establishedDate,
        by_slug: pairing.byPlace.slug,
        ...names('by_', pairing.byPlace),
        cn_slug: pairing.cnPlace.slug,
        ...names('cn_', pairing.cnPlace),
        agreement_count: pairing._count.agreements,
        page_url: paths.pairing(pairing.slug).html,
        api_url: paths.pairing(pairing.slug).self,
      },
    }];
  });
}

async function readPlacesGeoJson(filters: AtlasFilters) {
  return { type: 'FeatureCollection' as const, features: placeFeatures(await matchingPairings(filters)) };
}

async function readPairingArcsGeoJson(filters: AtlasFilters) {
  return { type: 'FeatureCollection' as const, features: pairingFeatures(await matchingPairings(filters)) };
}

/** Both kinds in one collection (the older /geojson; GIS tools want the split ones). */
async function readPairingsGeoJson(filters: AtlasFilters) {
  const pairings = await matchingPairings(filters);
  return { type: 'FeatureCollection' as const, features: [...placeFeatures(pairings), ...pairingFeatures(pairings)] };
}

// Shared across requests until the data changes (lib/cache/read-cache.ts).
export const pairingsGeoJson = cachedRead('geo.pairingsGeoJson', readPairingsGeoJson);
export const placesGeoJson = cachedRead('geo.placesGeoJson', readPlacesGeoJson);
export const pairingArcsGeoJson = cachedRead('geo.pairingArcsGeoJson', readPairingArcsGeoJson);
