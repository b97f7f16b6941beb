import { takeLang, withDisplay } from '@/lib/api/display';
import { getAgreement } from '@/lib/agreements/queries';
import { badRequest, jsonResponse, notFound } from '@/lib/api/http';
import { agreementId } from '@/lib/api/params';
import { presentAgreement } from '@/lib/api/present';
import { readOnlyMethods } from '@/lib/api/route-methods';

export const dynamic = 'force-dynamic';

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  // `lang` only adds display names and texts (lib/api/display.ts); the rest of the query is parsed strictly.
  const { url, lang, errors: langErrors } = takeLang(request.url);
  const raw = (await params).id;
  const id = /^\d+$/.test(raw) ? agreementId.safeParse(raw) : null;
  const unknown = [...url.searchParams.keys()].map((key) => ({ parameter: key, message: 'Unknown parameter' }));
  if (!id?.success) return badRequest([{ parameter: 'id', message: id ? id.error.issues[0].message : `"${raw}" is not an agreement id; ids are whole numbers such as 75` }, ...unknown]);
  if (unknown.length || langErrors.length) return badRequest([...langErrors, ...unknown]);
  const agreement = await getAgreement(id.data);
  return agreement ? jsonResponse(request, withDisplay(presentAgreement(agreement), lang)) : notFound(`No agreement ${id.data}`);
}

export const { OPTIONS, POST, PUT, PATCH, DELETE } = readOnlyMethods;
