import { takeLang, withDisplay } from '@/lib/api/display';
import { badRequest } from '@/lib/api/http';
import { listResponse } from '@/lib/api/lists';
import { parseFilterQuery } from '@/lib/api/params';
import { presentPairing } from '@/lib/api/present';
import { pairingSchema } from '@/lib/api/responses';
import { readOnlyMethods } from '@/lib/api/route-methods';
import { searchPairings } from '@/lib/pairings/queries';

export const dynamic = 'force-dynamic';

export async function GET(request: Request) {
  // `lang` only adds display names and texts (lib/api/display.ts); the rest of the query is parsed strictly.
  const { url, lang, errors: langErrors } = takeLang(request.url);
  const parsed = parseFilterQuery(url, { request });
  if (!parsed.ok || langErrors.length > 0) return badRequest([...langErrors, ...(parsed.ok ? [] : parsed.errors)]);
  const { filters, ...options } = parsed.data;
  const whole = Boolean(options.format) && filters.page === undefined && filters.pageSize === undefined;
  const result = await searchPairings(filters, { all: whole });
  return listResponse(request, withDisplay({ ...result, items: result.items.map(presentPairing) }, lang), options, 'pairings', pairingSchema, !whole);
}

export const { OPTIONS, POST, PUT, PATCH, DELETE } = readOnlyMethods;
