import { takeLang, withDisplay } from '@/lib/api/display';
import { badRequest } from '@/lib/api/http';
import { listResponse } from '@/lib/api/lists';
import { parseQuery, projectsQuery } from '@/lib/api/params';
import { presentProject } from '@/lib/api/present';
import { projectSchema } from '@/lib/api/responses';
import { readOnlyMethods } from '@/lib/api/route-methods';
import { listProjects } from '@/lib/projects/queries';

export const dynamic = 'force-dynamic';

export async function GET(request: Request) {
  // `lang` only adds display names and texts (lib/api/display.ts); the rest of the query is parsed strictly.
  const { url, lang, errors: langErrors } = takeLang(request.url);
  const parsed = parseQuery(projectsQuery, url, request);
  if (!parsed.ok || langErrors.length > 0) return badRequest([...langErrors, ...(parsed.ok ? [] : parsed.errors)]);
  const { format, bom, ...filters } = parsed.data;
  const whole = Boolean(format) && filters.page === undefined && filters.pageSize === undefined;
  const result = await listProjects(filters, { all: whole });
  return listResponse(request, withDisplay({ ...result, items: result.items.map(presentProject) }, lang), { format, bom }, 'projects', projectSchema, !whole);
}

export const { OPTIONS, POST, PUT, PATCH, DELETE } = readOnlyMethods;
