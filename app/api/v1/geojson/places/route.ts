import { badRequest, jsonResponse } from '@/lib/api/http';
import { parseFilterQuery } from '@/lib/api/params';
import { readOnlyMethods } from '@/lib/api/route-methods';
import { placesGeoJson } from '@/lib/geo/pairings-geojson';

export const dynamic = 'force-dynamic';

/** The partners of the matching pairings as Points. */
export async function GET(request: Request) {
  const parsed = parseFilterQuery(new URL(request.url), { allowFormat: false });
  if (!parsed.ok) return badRequest(parsed.errors);
  return jsonResponse(request, await placesGeoJson(parsed.data.filters), { contentType: 'application/geo+json; charset=utf-8' });
}

export const { OPTIONS, POST, PUT, PATCH, DELETE } = readOnlyMethods;
