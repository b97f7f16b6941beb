import { badRequest, preflight } from '@/lib/api/http';
import { listResponse, projectCsv } from '@/lib/api/lists';
import { parseQuery, projectsQuery } from '@/lib/api/params';
import { listProjects } from '@/lib/projects/queries';

export const dynamic = 'force-dynamic';

export async function GET(request: Request) {
  const parsed = parseQuery(projectsQuery, new URL(request.url));
  if (!parsed.ok) return badRequest(parsed.errors);
  const { format, ...filters } = parsed.data;
  return listResponse(request, await listProjects(filters, { all: Boolean(format) }), format, 'projects', projectCsv);
}

export const OPTIONS = preflight;
