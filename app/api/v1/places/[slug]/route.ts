import { badRequest, jsonResponse, notFound, preflight } from '@/lib/api/http';
import { parseSlug } from '@/lib/api/params';
import { getPlaceDetail } from '@/lib/places/queries';

export const dynamic = 'force-dynamic';

export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const slug = parseSlug((await params).slug, new URL(request.url));
  if (!slug.ok) return badRequest(slug.errors);
  const place = await getPlaceDetail(slug.data);
  return place ? jsonResponse(request, place) : notFound(`No place "${slug.data}"`);
}

export const OPTIONS = preflight;
