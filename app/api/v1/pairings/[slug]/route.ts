import { badRequest, jsonResponse, notFound } from '@/lib/api/http';
import { parseSlug } from '@/lib/api/params';
import { presentPairingDetail } from '@/lib/api/present';
import { readOnlyMethods } from '@/lib/api/route-methods';
import { getPairingDetail } from '@/lib/pairings/queries';

export const dynamic = 'force-dynamic';

export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const slug = parseSlug((await params).slug, new URL(request.url), 'pairing');
  if (!slug.ok) return badRequest(slug.errors);
  const record = await getPairingDetail(slug.data);
  return record ? jsonResponse(request, presentPairingDetail(record)) : notFound(`No pairing "${slug.data}"`);
}

export const { OPTIONS, POST, PUT, PATCH, DELETE } = readOnlyMethods;
