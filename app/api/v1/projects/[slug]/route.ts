import { takeLang, withDisplay } from '@/lib/api/display';
import { badRequest, jsonResponse, notFound, preflight } from '@/lib/api/http';
import { parseSlug } from '@/lib/api/params';
import { getProjectDetail } from '@/lib/projects/queries';

export const dynamic = 'force-dynamic';

export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  // `lang` only adds display names and texts (lib/api/display.ts); the rest of the query is parsed strictly.
  const { url, lang, errors: langErrors } = takeLang(request.url);
  const slug = parseSlug((await params).slug, url);
  if (!slug.ok || langErrors.length > 0) return badRequest([...langErrors, ...(slug.ok ? [] : slug.errors)]);
  const project = await getProjectDetail(slug.data);
  return project ? jsonResponse(request, withDisplay(project, lang)) : notFound(`No project "${slug.data}"`);
}

export const OPTIONS = preflight;
