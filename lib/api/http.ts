import { createHash } from 'node:crypto';
import { stringify } from 'csv-stringify/sync';
import type { FilterErrors } from '@/lib/filters/schema';

/**
 * Responses of the public API (docs/search.md, "Public API"): CORS for reads, a strong ETag over the
 * body with If-None-Match → 304, and a short shared cache so clients and CDNs can
 * cache while editors' changes still show within a minute.
 */
export const CACHE_CONTROL = 'public, max-age=60, stale-while-revalidate=300';

const CORS_HEADERS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'GET, HEAD, OPTIONS',
  'Access-Control-Allow-Headers': 'Content-Type, If-None-Match',
  'Access-Control-Expose-Headers': 'ETag, Content-Disposition',
  'Access-Control-Max-Age': '86400',
};

function etagOf(body: string): string {
  return `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
}

function matchesEtag(request: Request, etag: string): boolean {
  const header = request.headers.get('if-none-match');
  if (!header) return false;
  return header === '*' || header.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);
}

/** A cacheable 200 (or 304 when the client already has this body). */
function cacheable(request: Request, body: string, contentType: string, extra: Record<string, string> = {}): Response {
  const etag = etagOf(body);
  const headers = { ...CORS_HEADERS, ETag: etag, 'Cache-Control': CACHE_CONTROL, Vary: 'Origin', ...extra };
  if (matchesEtag(request, etag)) return new Response(null, { status: 304, headers });
  return new Response(body, { status: 200, headers: { ...headers, 'Content-Type': contentType } });
}

export function jsonResponse(
  request: Request,
  data: unknown,
  { contentType = 'application/json; charset=utf-8', filename }: { contentType?: string; filename?: string } = {},
): Response {
  const extra: Record<string, string> = filename ? { 'Content-Disposition': `attachment; filename="${filename}"` } : {};
  return cacheable(request, JSON.stringify(data), contentType, extra);
}

/** CSV per RFC 4180 with a header row; `filename` names the download. */
export function csvResponse(request: Request, rows: Record<string, unknown>[], columns: string[], filename: string): Response {
  const body = stringify(rows, { header: true, columns, cast: { boolean: (value) => String(value) } });
  return cacheable(request, body, 'text/csv; charset=utf-8', {
    'Content-Disposition': `attachment; filename="${filename}"`,
  });
}

/** 400 naming each bad parameter and what is wrong with it. */
export function badRequest(errors: FilterErrors): Response {
  return Response.json(
    { error: 'invalid_parameters', message: 'Some query parameters are not valid.', errors },
    { status: 400, headers: { ...CORS_HEADERS, 'Cache-Control': 'no-store' } },
  );
}

export function notFound(message: string): Response {
  return Response.json(
    { error: 'not_found', message },
    { status: 404, headers: { ...CORS_HEADERS, 'Cache-Control': 'no-store' } },
  );
}

/** The CORS preflight answer every route exports as OPTIONS. */
export function preflight(): Response {
  return new Response(null, { status: 204, headers: CORS_HEADERS });
}
