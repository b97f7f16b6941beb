import { takeLang, withDisplay } from '@/lib/api/display';
import { agreementFacets, searchAgreements } from '@/lib/agreements/queries';
import { badRequest } from '@/lib/api/http';
import { listResponse } from '@/lib/api/lists';
import { parseFilterQuery } from '@/lib/api/params';
import { presentAgreement } from '@/lib/api/present';
import { agreementSchema } from '@/lib/api/responses';
import { readOnlyMethods } from '@/lib/api/route-methods';

export const dynamic = 'force-dynamic';

/**
 * Agreement search: the search page's parameters, with its facets and spelling
 * corrections (JSON); `format` (or `Accept: text/csv`) sends a file — the whole result
 * unless `page`/`pageSize` ask for one page.
 */
export async function GET(request: Request) {
  // `lang` only adds display names and texts (lib/api/display.ts); the rest of the query is parsed strictly.
  const { url, lang, errors: langErrors } = takeLang(request.url);
  const parsed = parseFilterQuery(url, { request });
  if (!parsed.ok || langErrors.length > 0) return badRequest([...langErrors, ...(parsed.ok ? [] : parsed.errors)]);
  const { filters, ...options } = parsed.data;
  const whole = Boolean(options.format) && filters.page === undefined && filters.pageSize === undefined;
  const query = whole ? { ...filters, page: 1, pageSize: Number.MAX_SAFE_INTEGER } : filters;
  const [result, facets] = await Promise.all([searchAgreements(query), options.format === 'csv' ? null : agreementFacets(filters)]);
  const items = result.items.map(presentAgreement);
  const page = { ...result, items, pageSize: whole ? items.length : result.pageSize, facets };
  return listResponse(request, withDisplay(page, lang), options, 'agreements', agreementSchema, !whole);
}

export const { OPTIONS, POST, PUT, PATCH, DELETE } = readOnlyMethods;
