import { takeLang, withDisplay } from '@/lib/api/display';
import { badRequest, jsonResponse, notFound } from '@/lib/api/http';
import { parseSlug } from '@/lib/api/params';
import { presentPairingDetail } from '@/lib/api/present';
import { readOnlyMethods } from '@/lib/api/route-methods';
import { getPairingDetail } from '@/lib/pairings/queries';

export const dynamic = 'force-dynamic';

export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  // `lang` only adds display names and texts (lib/api/display.ts); the rest of the query is parsed strictly.
  const { url, lang, errors: langErrors } = takeLang(request.url);
  const slug = parseSlug((await params).slug, url, 'pairing');
  if (!slug.ok || langErrors.length > 0) return badRequest([...langErrors, ...(slug.ok ? [] : slug.errors)]);
  const record = await getPairingDetail(slug.data);
  return record ? jsonResponse(request, withDisplay(presentPairingDetail(record), lang)) : notFound(`No pairing "${slug.data}"`);
}

export const { OPTIONS, POST, PUT, PATCH, DELETE } = readOnlyMethods;
