import { badRequest, preflight } from '@/lib/api/http';
import { listResponse, sourceCsv } from '@/lib/api/lists';
import { parseQuery, sourcesQuery } from '@/lib/api/params';
import { listSources } from '@/lib/sources/queries';

export const dynamic = 'force-dynamic';

export async function GET(request: Request) {
  const parsed = parseQuery(sourcesQuery, new URL(request.url));
  if (!parsed.ok) return badRequest(parsed.errors);
  const { format, ...filters } = parsed.data;
  return listResponse(request, await listSources(filters, { all: Boolean(format) }), format, 'sources', sourceCsv);
}

export const OPTIONS = preflight;
