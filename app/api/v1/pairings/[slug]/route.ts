import { takeLang, withDisplay } from '@/lib/api/display';
import { badRequest, jsonResponse, notFound, preflight } from '@/lib/api/http';
import { parseSlug } from '@/lib/api/params';
import { getPairingDetail } from '@/lib/pairings/queries';

export const dynamic = 'force-dynamic';

export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  // `lang` only adds display names and texts (lib/api/display.ts); the rest of the query is parsed strictly.
  const { url, lang, errors: langErrors } = takeLang(request.url);
  const slug = parseSlug((await params).slug, url);
  if (!slug.ok || langErrors.length > 0) return badRequest([...langErrors, ...(slug.ok ? [] : slug.errors)]);
  const pairing = await getPairingDetail(slug.data);
  return pairing ? jsonResponse(request, withDisplay(pairing, lang)) : notFound(`No pairing "${slug.data}"`);
}

export const OPTIONS = preflight;
