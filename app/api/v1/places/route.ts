import { badRequest } from '@/lib/api/http';
import { listResponse } from '@/lib/api/lists';
import { parseQuery, placesQuery } from '@/lib/api/params';
import { presentPlace } from '@/lib/api/present';
import { placeSchema } from '@/lib/api/responses';
import { readOnlyMethods } from '@/lib/api/route-methods';
import { listPlaces } from '@/lib/places/queries';

export const dynamic = 'force-dynamic';

export async function GET(request: Request) {
  const parsed = parseQuery(placesQuery, new URL(request.url), request);
  if (!parsed.ok) return badRequest(parsed.errors);
  const { format, bom, ...filters } = parsed.data;
  const whole = Boolean(format) && filters.page === undefined && filters.pageSize === undefined;
  const result = await listPlaces(filters, { all: whole });
  return listResponse(request, { ...result, items: result.items.map(presentPlace) }, { format, bom }, 'places', placeSchema, !whole);
}

export const { OPTIONS, POST, PUT, PATCH, DELETE } = readOnlyMethods;
