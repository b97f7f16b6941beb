import { badRequest, preflight } from '@/lib/api/http';
import { listResponse, tradeCsv } from '@/lib/api/lists';
import { parseQuery, tradeQuery } from '@/lib/api/params';
import { listTradeFigures } from '@/lib/trade/queries';

export const dynamic = 'force-dynamic';

/** Trade figures, not paged (a few hundred at most); each keeps currency, scale and reporter. */
export async function GET(request: Request) {
  const parsed = parseQuery(tradeQuery, new URL(request.url));
  if (!parsed.ok) return badRequest(parsed.errors);
  const { format, ...filters } = parsed.data;
  const items = await listTradeFigures(filters);
  return listResponse(request, { items, total: items.length, page: 1, pageSize: items.length }, format, 'trade', tradeCsv);
}

export const OPTIONS = preflight;
