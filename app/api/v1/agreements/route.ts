import { takeLang, withDisplay } from '@/lib/api/display';
import { listAllAgreements, searchAgreements } from '@/lib/agreements/queries';
import { badRequest, preflight } from '@/lib/api/http';
import { agreementCsv, listResponse } from '@/lib/api/lists';
import { parseFilterQuery } from '@/lib/api/params';

export const dynamic = 'force-dynamic';

/** Agreement search: the search page's parameters; `format=csv|json` exports the whole result. */
export async function GET(request: Request) {
  // `lang` only adds display names and texts (lib/api/display.ts); the rest of the query is parsed strictly.
  const { url, lang, errors: langErrors } = takeLang(request.url);
  const parsed = parseFilterQuery(url);
  if (!parsed.ok || langErrors.length > 0) return badRequest([...langErrors, ...(parsed.ok ? [] : parsed.errors)]);
  const { filters, format } = parsed.data;
  if (format) {
    const items = await listAllAgreements(filters);
    return listResponse(request, withDisplay({ items, total: items.length, page: 1, pageSize: items.length }, lang), format, 'agreements', agreementCsv);
  }
  const { items, total, page, pageSize } = await searchAgreements(filters);
  return listResponse(request, withDisplay({ items, total, page, pageSize }, lang), undefined, 'agreements', agreementCsv);
}

export const OPTIONS = preflight;
