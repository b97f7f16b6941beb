import { takeLang, withDisplay } from '@/lib/api/display';
import { badRequest } from '@/lib/api/http';
import { listResponse } from '@/lib/api/lists';
import { parseQuery, tradeQuery } from '@/lib/api/params';
import { presentTrade } from '@/lib/api/present';
import { tradeFigureSchema } from '@/lib/api/responses';
import { readOnlyMethods } from '@/lib/api/route-methods';
import { listTradeFigures } from '@/lib/trade/queries';

export const dynamic = 'force-dynamic';

/** Trade figures, not paged (a few hundred at most); each keeps currency, scale and reporter. */
export async function GET(request: Request) {
  // `lang` only adds display names and texts (lib/api/display.ts); the rest of the query is parsed strictly.
  const { url, lang, errors: langErrors } = takeLang(request.url);
  const parsed = parseQuery(tradeQuery, url, request);
  if (!parsed.ok || langErrors.length > 0) return badRequest([...langErrors, ...(parsed.ok ? [] : parsed.errors)]);
  const { format, bom, ...filters } = parsed.data;
  const items = (await listTradeFigures(filters)).map(presentTrade);
  return listResponse(request, withDisplay({ items, total: items.length, page: 1, pageSize: items.length }, lang), { format, bom }, 'trade', tradeFigureSchema, false);
}

export const { OPTIONS, POST, PUT, PATCH, DELETE } = readOnlyMethods;
