import { badRequest, jsonResponse, notFound } from '@/lib/api/http';
import { parseSlug } from '@/lib/api/params';
import { presentProjectDetail } from '@/lib/api/present';
import { readOnlyMethods } from '@/lib/api/route-methods';
import { getProjectDetail } from '@/lib/projects/queries';

export const dynamic = 'force-dynamic';

export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const slug = parseSlug((await params).slug, new URL(request.url), 'project');
  if (!slug.ok) return badRequest(slug.errors);
  const record = await getProjectDetail(slug.data);
  return record ? jsonResponse(request, presentProjectDetail(record)) : notFound(`No project "${slug.data}"`);
}

export const { OPTIONS, POST, PUT, PATCH, DELETE } = readOnlyMethods;
