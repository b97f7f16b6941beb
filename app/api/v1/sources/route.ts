import { takeLang, withDisplay } from '@/lib/api/display';
import { badRequest } from '@/lib/api/http';
import { listResponse } from '@/lib/api/lists';
import { parseQuery, sourcesQuery } from '@/lib/api/params';
import { presentSource } from '@/lib/api/present';
import { sourceSchema } from '@/lib/api/responses';
import { readOnlyMethods } from '@/lib/api/route-methods';
import { listSources } from '@/lib/sources/queries';

export const dynamic = 'force-dynamic';

export async function GET(request: Request) {
  // `lang` is accepted on every list (lib/api/display.ts); sources carry no names to display.
  const { url, lang, errors: langErrors } = takeLang(request.url);
  const parsed = parseQuery(sourcesQuery, url, request);
  if (!parsed.ok || langErrors.length > 0) return badRequest([...langErrors, ...(parsed.ok ? [] : parsed.errors)]);
  const { format, bom, ...filters } = parsed.data;
  const whole = Boolean(format) && filters.page === undefined && filters.pageSize === undefined;
  const result = await listSources(filters, { all: whole });
  return listResponse(request, withDisplay({ ...result, items: result.items.map(presentSource) }, lang), { format, bom }, 'sources', sourceSchema, !whole);
}

export const { OPTIONS, POST, PUT, PATCH, DELETE } = readOnlyMethods;
