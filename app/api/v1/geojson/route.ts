import { badRequest, jsonResponse } from '@/lib/api/http';
import { parseFilterQuery } from '@/lib/api/params';
import { readOnlyMethods } from '@/lib/api/route-methods';
import { pairingsGeoJson } from '@/lib/geo/pairings-geojson';

export const dynamic = 'force-dynamic';

/** Partners (Points) and pairing arcs (LineStrings) in one collection; GIS tools want /geojson/places and /geojson/pairings. */
export async function GET(request: Request) {
  const parsed = parseFilterQuery(new URL(request.url), { allowFormat: false });
  if (!parsed.ok) return badRequest(parsed.errors);
  return jsonResponse(request, await pairingsGeoJson(parsed.data.filters), { contentType: 'application/geo+json; charset=utf-8' });
}

export const { OPTIONS, POST, PUT, PATCH, DELETE } = readOnlyMethods;
