import { badRequest, jsonResponse, notFound } from '@/lib/api/http';
import { parseSlug } from '@/lib/api/params';
import { presentPlaceDetail } from '@/lib/api/present';
import { readOnlyMethods } from '@/lib/api/route-methods';
import { getPlaceDetail } from '@/lib/places/queries';

export const dynamic = 'force-dynamic';

export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const slug = parseSlug((await params).slug, new URL(request.url), 'place');
  if (!slug.ok) return badRequest(slug.errors);
  const record = await getPlaceDetail(slug.data);
  return record ? jsonResponse(request, presentPlaceDetail(record)) : notFound(`No place "${slug.data}"`);
}

export const { OPTIONS, POST, PUT, PATCH, DELETE } = readOnlyMethods;
