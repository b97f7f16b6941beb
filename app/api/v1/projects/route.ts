import { takeLang, withDisplay } from '@/lib/api/display';
import { badRequest, preflight } from '@/lib/api/http';
import { listResponse, projectCsv } from '@/lib/api/lists';
import { parseQuery, projectsQuery } from '@/lib/api/params';
import { listProjects } from '@/lib/projects/queries';

export const dynamic = 'force-dynamic';

export async function GET(request: Request) {
  // `lang` only adds display names and texts (lib/api/display.ts); the rest of the query is parsed strictly.
  const { url, lang, errors: langErrors } = takeLang(request.url);
  const parsed = parseQuery(projectsQuery, url);
  if (!parsed.ok || langErrors.length > 0) return badRequest([...langErrors, ...(parsed.ok ? [] : parsed.errors)]);
  const { format, ...filters } = parsed.data;
  return listResponse(request, withDisplay(await listProjects(filters, { all: Boolean(format) }), lang), format, 'projects', projectCsv);
}

export const OPTIONS = preflight;
