import { badRequest, preflight } from '@/lib/api/http';
import { listResponse, placeCsv } from '@/lib/api/lists';
import { parseQuery, placesQuery } from '@/lib/api/params';
import { listPlaces } from '@/lib/places/queries';

export const dynamic = 'force-dynamic';

export async function GET(request: Request) {
  const parsed = parseQuery(placesQuery, new URL(request.url));
  if (!parsed.ok) return badRequest(parsed.errors);
  const { format, ...filters } = parsed.data;
  return listResponse(request, await listPlaces(filters, { all: Boolean(format) }), format, 'places', placeCsv);
}

export const OPTIONS = preflight;
