import { takeLang, withDisplay } from '@/lib/api/display';
import { badRequest, jsonResponse, notFound } from '@/lib/api/http';
import { parseSlug } from '@/lib/api/params';
import { presentProjectDetail } from '@/lib/api/present';
import { readOnlyMethods } from '@/lib/api/route-methods';
import { getProjectDetail } from '@/lib/projects/queries';

export const dynamic = 'force-dynamic';

export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  // `lang` only adds display names and texts (lib/api/display.ts); the rest of the query is parsed strictly.
  const { url, lang, errors: langErrors } = takeLang(request.url);
  const slug = parseSlug((await params).slug, url, 'project');
  if (!slug.ok || langErrors.length > 0) return badRequest([...langErrors, ...(slug.ok ? [] : slug.errors)]);
  const record = await getProjectDetail(slug.data);
  return record ? jsonResponse(request, withDisplay(presentProjectDetail(record), lang)) : notFound(`No project "${slug.data}"`);
}

export const { OPTIONS, POST, PUT, PATCH, DELETE } = readOnlyMethods;
