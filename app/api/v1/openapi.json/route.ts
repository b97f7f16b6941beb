import { jsonResponse } from '@/lib/api/http';
import { openApiDocument } from '@/lib/api/openapi';
import { readOnlyMethods } from '@/lib/api/route-methods';

export const dynamic = 'force-dynamic';

/** Dynamic rather than static so If-None-Match gets its 304 (a static file never does). */
export function GET(request: Request) {
  return jsonResponse(request, openApiDocument(), { contentType: 'application/vnd.oai.openapi+json; charset=utf-8' });
}

export const { OPTIONS, POST, PUT, PATCH, DELETE } = readOnlyMethods;
