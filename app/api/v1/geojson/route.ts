import { badRequest, jsonResponse, preflight } from '@/lib/api/http';
import { parseFilterQuery } from '@/lib/api/params';
import { pairingsGeoJson } from '@/lib/geo/pairings-geojson';

export const dynamic = 'force-dynamic';

/** Partners (Points) and pairing arcs (LineStrings) of the pairings matching the filters. */
export async function GET(request: Request) {
  const parsed = parseFilterQuery(new URL(request.url), { allowFormat: false });
  if (!parsed.ok) return badRequest(parsed.errors);
  return jsonResponse(request, await pairingsGeoJson(parsed.data.filters), { contentType: 'application/geo+json; charset=utf-8' });
}

export const OPTIONS = preflight;
