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
  const parsed = parseQuery(tradeQuery, new URL(request.url), request);
  if (!parsed.ok) return badRequest(parsed.errors);
  const { format, bom, ...filters } = parsed.data;
  const items = (await listTradeFigures(filters)).map(presentTrade);
  return listResponse(request, { items, total: items.length, page: 1, pageSize: items.length }, { format, bom }, 'trade', tradeFigureSchema, false);
}

export const { OPTIONS, POST, PUT, PATCH, DELETE } = readOnlyMethods;
