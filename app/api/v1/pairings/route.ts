import { takeLang, withDisplay } from '@/lib/api/display';
import { badRequest, preflight } from '@/lib/api/http';
import { listResponse, pairingCsv } from '@/lib/api/lists';
import { parseFilterQuery } from '@/lib/api/params';
import { searchPairings } from '@/lib/pairings/queries';

export const dynamic = 'force-dynamic';

export async function GET(request: Request) {
  // `lang` only adds display names and texts (lib/api/display.ts); the rest of the query is parsed strictly.
  const { url, lang, errors: langErrors } = takeLang(request.url);
  const parsed = parseFilterQuery(url);
  if (!parsed.ok || langErrors.length > 0) return badRequest([...langErrors, ...(parsed.ok ? [] : parsed.errors)]);
  const { filters, format } = parsed.data;
  return listResponse(request, withDisplay(await searchPairings(filters, { all: Boolean(format) }), lang), format, 'pairings', pairingCsv);
}

export const OPTIONS = preflight;
