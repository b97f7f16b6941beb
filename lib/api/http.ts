import { createHash } from 'node:crypto';
import { stringify } from 'csv-stringify/sync';
import type { FilterErrors } from '@/lib/filters/schema';

/**
 * Responses of the public API (docs/api.md): CORS for reads, a weak ETag over the
 * body with If-None-Match → 304 (weak, because the same body goes out as identity or
 * gzip — added by Next's compression — and those are byte-different but semantically
 * equal; no Brotli here: Next strips a route's Content-Encoding header while keeping
 * its compressed bytes, see docs/api.md), and a short shared cache so clients and CDNs can cache while
 * editors' changes still show within a minute. Errors are application/problem+json.
 */
export const CACHE_CONTROL = 'public, max-age=60, stale-while-revalidate=300';
export const ALLOW = 'GET, HEAD, OPTIONS';

export const CORS_HEADERS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': ALLOW,
  'Access-Control-Allow-Headers': 'Content-Type, If-None-Match, Accept',
  'Access-Control-Expose-Headers': 'ETag, Content-Disposition, Link, Allow',
  'Access-Control-Max-Age': '86400',
};

function etagOf(body: string): string {
  return `W/"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
}

function matchesEtag(request: Request, etag: string): boolean {
  const header = request.headers.get('if-none-match');
  if (!header) return false;
  const opaque = etag.replace(/^W\//, '');
  return header.trim() === '*' || header.split(',').some((tag) => tag.trim().replace(/^W\//, '') === opaque);
}

/** A cacheable 200 (or 304 when the client already has this body). */
function cacheable(request: Request, body: string, contentType: string, extra: Record<string, string> = {}): Response {
  const etag = etagOf(body);
  const headers: Record<string, string> = { ...CORS_HEADERS, ETag: etag, 'Cache-Control': CACHE_CONTROL, Vary: 'Origin, Accept, Accept-Encoding', ...extra };
  if (matchesEtag(request, etag)) return new Response(null, { status: 304, headers });
  return new Response(request.method === 'HEAD' ? null : body, { status: 200, headers: { ...headers, 'Content-Type': contentType } });
}

export function jsonResponse(
  request: Request,
  data: unknown,
  { contentType = 'application/json; charset=utf-8', filename, headers = {} }: { contentType?: string; filename?: string; headers?: Record<string, string> } = {},
): Response {
  const extra: Record<string, string> = { ...headers, ...(filename ? { 'Content-Disposition': `attachment; filename="${filename}"` } : {}) };
  return cacheable(request, JSON.stringify(data), contentType, extra);
}

/**
 * CSV per RFC 4180: CRLF line ends, a header row, and a UTF-8 byte-order mark so Excel
 * reads Cyrillic and Chinese as UTF-8 (`bom: false` — `?bom=0` — for programs that
 * would read the mark as part of the first column name).
 */
export function csvResponse(
  request: Request,
  rows: Record<string, unknown>[],
  columns: string[],
  filename: string,
  { bom = true, headers = {} }: { bom?: boolean; headers?: Record<string, string> } = {},
): Response {
  const body = stringify(rows, { header: true, columns, record_delimiter: 'windows', bom, cast: { boolean: (value) => String(value) } });
  return cacheable(request, body, `text/csv; charset=utf-8; header=present`, {
    ...headers,
    'Content-Disposition': `attachment; filename="${filename}"`,
  });
}

const STATUS_TITLES: Record<number, string> = { 400: 'Bad Request', 404: 'Not Found', 405: 'Method Not Allowed' };

/** An RFC 9457 problem: `type`, `title`, `status`, `detail`, plus our `error` code and `message`. */
export function problem(status: number, error: string, message: string, { errors, headers = {} }: { errors?: FilterErrors; headers?: Record<string, string> } = {}): Response {
  const body = { type: 'about:blank', title: STATUS_TITLES[status] ?? 'Error', status, detail: message, error, message, ...(errors && { errors }) };
  return new Response(JSON.stringify(body), {
    status,
    headers: { ...CORS_HEADERS, 'Content-Type': 'application/problem+json; charset=utf-8', 'Cache-Control': 'no-store', ...headers },
  });
}

/** 400 naming each bad parameter and what is wrong with it. */
export function badRequest(errors: FilterErrors): Response {
  const detail = errors.map((e) => `${e.parameter}: ${e.message}`).join('; ');
  return problem(400, 'invalid_parameters', `Some parameters are not valid — ${detail}`, { errors });
}

export function notFound(message: string): Response {
  return problem(404, 'not_found', message);
}

/** 405 for every method a read-only route does not serve, with Allow (RFC 9110) and CORS. */
export function methodNotAllowed(request: Request): Response {
  return problem(405, 'method_not_allowed', `${request.method} is not supported here; the API is read-only (${ALLOW}).`, { headers: { Allow: ALLOW } });
}

/** The CORS preflight answer every route exports as OPTIONS. */
export function preflight(): Response {
  return new Response(null, { status: 204, headers: { ...CORS_HEADERS, Allow: ALLOW } });
}
