import { badRequest, preflight } from '@/lib/api/http';
import { listResponse, pairingCsv } from '@/lib/api/lists';
import { parseFilterQuery } from '@/lib/api/params';
import { searchPairings } from '@/lib/pairings/queries';

export const dynamic = 'force-dynamic';

export async function GET(request: Request) {
  const parsed = parseFilterQuery(new URL(request.url));
  if (!parsed.ok) return badRequest(parsed.errors);
  const { filters, format } = parsed.data;
  return listResponse(request, await searchPairings(filters, { all: Boolean(format) }), format, 'pairings', pairingCsv);
}

export const OPTIONS = preflight;
