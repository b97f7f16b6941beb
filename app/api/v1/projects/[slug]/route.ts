import { badRequest, jsonResponse, notFound, preflight } from '@/lib/api/http';
import { parseSlug } from '@/lib/api/params';
import { getProjectDetail } from '@/lib/projects/queries';

export const dynamic = 'force-dynamic';

export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const slug = parseSlug((await params).slug, new URL(request.url));
  if (!slug.ok) return badRequest(slug.errors);
  const project = await getProjectDetail(slug.data);
  return project ? jsonResponse(request, project) : notFound(`No project "${slug.data}"`);
}

export const OPTIONS = preflight;
