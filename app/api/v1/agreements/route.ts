import { listAllAgreements, searchAgreements } from '@/lib/agreements/queries';
import { badRequest, preflight } from '@/lib/api/http';
import { agreementCsv, listResponse } from '@/lib/api/lists';
import { parseFilterQuery } from '@/lib/api/params';

export const dynamic = 'force-dynamic';

/** Agreement search: the search page's parameters; `format=csv|json` exports the whole result. */
export async function GET(request: Request) {
  const parsed = parseFilterQuery(new URL(request.url));
  if (!parsed.ok) return badRequest(parsed.errors);
  const { filters, format } = parsed.data;
  if (format) {
    const items = await listAllAgreements(filters);
    return listResponse(request, { items, total: items.length, page: 1, pageSize: items.length }, format, 'agreements', agreementCsv);
  }
  const { items, total, page, pageSize } = await searchAgreements(filters);
  return listResponse(request, { items, total, page, pageSize }, undefined, 'agreements', agreementCsv);
}

export const OPTIONS = preflight;
