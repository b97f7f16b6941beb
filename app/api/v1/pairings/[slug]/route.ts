import { badRequest, jsonResponse, notFound, preflight } from '@/lib/api/http';
import { parseSlug } from '@/lib/api/params';
import { getPairingDetail } from '@/lib/pairings/queries';

export const dynamic = 'force-dynamic';

export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const slug = parseSlug((await params).slug, new URL(request.url));
  if (!slug.ok) return badRequest(slug.errors);
  const pairing = await getPairingDetail(slug.data);
  return pairing ? jsonResponse(request, pairing) : notFound(`No pairing "${slug.data}"`);
}

export const OPTIONS = preflight;
