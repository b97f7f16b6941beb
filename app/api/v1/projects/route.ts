import { badRequest } from '@/lib/api/http';
import { listResponse } from '@/lib/api/lists';
import { parseQuery, projectsQuery } from '@/lib/api/params';
import { presentProject } from '@/lib/api/present';
import { projectSchema } from '@/lib/api/responses';
import { readOnlyMethods } from '@/lib/api/route-methods';
import { listProjects } from '@/lib/projects/queries';

export const dynamic = 'force-dynamic';

export async function GET(request: Request) {
  const parsed = parseQuery(projectsQuery, new URL(request.url), request);
  if (!parsed.ok) return badRequest(parsed.errors);
  const { format, bom, ...filters } = parsed.data;
  const whole = Boolean(format) && filters.page === undefined && filters.pageSize === undefined;
  const result = await listProjects(filters, { all: whole });
  return listResponse(request, { ...result, items: result.items.map(presentProject) }, { format, bom }, 'projects', projectSchema, !whole);
}

export const { OPTIONS, POST, PUT, PATCH, DELETE } = readOnlyMethods;
