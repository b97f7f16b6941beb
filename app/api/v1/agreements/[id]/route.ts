import { getAgreement } from '@/lib/agreements/queries';
import { badRequest, jsonResponse, notFound } from '@/lib/api/http';
import { agreementId } from '@/lib/api/params';
import { presentAgreement } from '@/lib/api/present';
import { readOnlyMethods } from '@/lib/api/route-methods';

export const dynamic = 'force-dynamic';

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const raw = (await params).id;
  const id = /^\d+$/.test(raw) ? agreementId.safeParse(raw) : null;
  const unknown = [...new URL(request.url).searchParams.keys()].map((key) => ({ parameter: key, message: 'Unknown parameter' }));
  if (!id?.success) return badRequest([{ parameter: 'id', message: id ? id.error.issues[0].message : `"${raw}" is not an agreement id; ids are whole numbers such as 75` }, ...unknown]);
  if (unknown.length) return badRequest(unknown);
  const agreement = await getAgreement(id.data);
  return agreement ? jsonResponse(request, presentAgreement(agreement)) : notFound(`No agreement ${id.data}`);
}

export const { OPTIONS, POST, PUT, PATCH, DELETE } = readOnlyMethods;
