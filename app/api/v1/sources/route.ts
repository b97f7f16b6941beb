import { badRequest } from '@/lib/api/http';
import { listResponse } from '@/lib/api/lists';
import { parseQuery, sourcesQuery } from '@/lib/api/params';
import { presentSource } from '@/lib/api/present';
import { sourceSchema } from '@/lib/api/responses';
import { readOnlyMethods } from '@/lib/api/route-methods';
import { listSources } from '@/lib/sources/queries';

export const dynamic = 'force-dynamic';

export async function GET(request: Request) {
  const parsed = parseQuery(sourcesQuery, new URL(request.url), request);
  if (!parsed.ok) return badRequest(parsed.errors);
  const { format, bom, ...filters } = parsed.data;
  const whole = Boolean(format) && filters.page === undefined && filters.pageSize === undefined;
  const result = await listSources(filters, { all: whole });
  return listResponse(request, { ...result, items: result.items.map(presentSource) }, { format, bom }, 'sources', sourceSchema, !whole);
}

export const { OPTIONS, POST, PUT, PATCH, DELETE } = readOnlyMethods;
