import { takeLang, withDisplay } from '@/lib/api/display';
import { badRequest, preflight } from '@/lib/api/http';
import { listResponse, placeCsv } from '@/lib/api/lists';
import { parseQuery, placesQuery } from '@/lib/api/params';
import { listPlaces } from '@/lib/places/queries';

export const dynamic = 'force-dynamic';

export async function GET(request: Request) {
  // `lang` only adds display names and texts (lib/api/display.ts); the rest of the query is parsed strictly.
  const { url, lang, errors: langErrors } = takeLang(request.url);
  const parsed = parseQuery(placesQuery, url);
  if (!parsed.ok || langErrors.length > 0) return badRequest([...langErrors, ...(parsed.ok ? [] : parsed.errors)]);
  const { format, ...filters } = parsed.data;
  return listResponse(request, withDisplay(await listPlaces(filters, { all: Boolean(format) }), lang), format, 'places', placeCsv);
}

export const OPTIONS = preflight;
