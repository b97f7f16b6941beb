import 'server-only';
import { cachedRead } from '@/lib/cache/read-cache';
import { publicDb } from '@/lib/soft-delete/public-db';
import type { AtlasFilters } from '@/lib/filters/schema';
import { pairingWhere } from '@/lib/filters/where';
import { partnerSelect, toPartner } from '@/lib/places/partner';

type Point = [number, number];

/**
 * A GeoJSON FeatureCollection (RFC 7946, lon/lat) of the partners of the matching
 * pairings as Points and each pairing as a LineString arc from the Belarusian to the
 * Chinese partner. Places without coordinates are left out, and so are their arcs.
 */
async function readPairingsGeoJson(filters: AtlasFilters) {
  const pairings = await publicDb.pairing.findMany({
    where: pairingWhere(filters),
    select: {
      slug: true,
      type: true,
      stage: true,
      establishedDate: true,
      byPlace: { select: { ...partnerSelect, lat: true, lon: true } },
      cnPlace: { select: { ...partnerSelect, lat: true, lon: true } },
    },
    orderBy: { slug: 'asc' },
  });
  const point = (p: { lat: number | null; lon: number | null }): Point | null =>
    p.lat === null || p.lon === null ? null : [p.lon, p.lat];
  const partners = new Map<string, unknown>();
  const arcs: unknown[] = [];
  for (const pairing of pairings) {
    for (const place of [pairing.byPlace, pairing.cnPlace]) {
      const coordinates = point(place);
      if (coordinates && !partners.has(place.slug)) {
        partners.set(place.slug, {
          type: 'Feature',
          id: `place:${place.slug}`,
          geometry: { type: 'Point', coordinates },
          properties: { kind: 'partner', ...toPartner(place) },
        });
      }
    }
    const from = point(pairing.byPlace);
    const to = point(pairing.cnPlace);
    if (from && to) {
      arcs.push({
        type: 'Feature',
        id: `pairing:${pairing.slug}`,
        geometry: { type: 'LineString', coordinates: [from, to] },
        properties: {
          kind: 'pairing',
          slug: pairing.slug,
          type: pairing.type,
          stage: pairing.stage,
          established: pairing.establishedDate,
          by: pairing.byPlace.slug,
          cn: pairing.cnPlace.slug,
        },
      });
    }
  }
  return { type: 'FeatureCollection' as const, features: [...partners.values(), ...arcs] };
}

// Shared across requests until the data changes (lib/cache/read-cache.ts).
export const pairingsGeoJson = cachedRead('geo.pairingsGeoJson', readPairingsGeoJson);
