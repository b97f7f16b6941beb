import { jsonResponse, preflight } from '@/lib/api/http';
import { openApiDocument } from '@/lib/api/openapi';

export const dynamic = 'force-static';

export function GET(request: Request) {
  return jsonResponse(request, openApiDocument(), { contentType: 'application/vnd.oai.openapi+json; charset=utf-8' });
}

export const OPTIONS = preflight;
