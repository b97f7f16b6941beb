import { badRequest } from '@/lib/api/http';
import { listResponse } from '@/lib/api/lists';
import { parseFilterQuery } from '@/lib/api/params';
import { presentPairing } from '@/lib/api/present';
import { pairingSchema } from '@/lib/api/responses';
import { readOnlyMethods } from '@/lib/api/route-methods';
import { searchPairings } from '@/lib/pairings/queries';

export const dynamic = 'force-dynamic';

export async function GET(request: Request) {
  const parsed = parseFilterQuery(new URL(request.url), { request });
  if (!parsed.ok) return badRequest(parsed.errors);
  const { filters, ...options } = parsed.data;
  const whole = Boolean(options.format) && filters.page === undefined && filters.pageSize === undefined;
  const result = await searchPairings(filters, { all: whole });
  return listResponse(request, { ...result, items: result.items.map(presentPairing) }, options, 'pairings', pairingSchema, !whole);
}

export const { OPTIONS, POST, PUT, PATCH, DELETE } = readOnlyMethods;
