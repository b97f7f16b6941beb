import { badRequest, jsonResponse } from '@/lib/api/http';
import { parseFilterQuery } from '@/lib/api/params';
import { readOnlyMethods } from '@/lib/api/route-methods';
import { pairingArcsGeoJson } from '@/lib/geo/pairings-geojson';

export const dynamic = 'force-dynamic';

/** The matching pairings as LineString arcs from the Belarusian to the Chinese partner. */
export async function GET(request: Request) {
  const parsed = parseFilterQuery(new URL(request.url), { allowFormat: false });
  if (!parsed.ok) return badRequest(parsed.errors);
  return jsonResponse(request, await pairingArcsGeoJson(parsed.data.filters), { contentType: 'application/geo+json; charset=utf-8' });
}

export const { OPTIONS, POST, PUT, PATCH, DELETE } = readOnlyMethods;
