/**
 * Refusals that must happen before Next.js sees a request, because Next itself answers
 * them with a 500 (issue 8): a path whose percent-encoding does not decode, a method
 * Node accepts but the WHATWG Request constructor rejects (TRACE, PROPFIND, …), and a
 * server-action request from another origin or over the body limit (Next throws those
 * inside its action handler and reports them as 500). Plain JavaScript, because the
 * production server (server.mjs) loads it without a build step; headers only, no body.
 */

/** Methods the app serves; the WHATWG Request constructor refuses TRACE, TRACK and CONNECT. */
const METHODS = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']);

/** Next's default server-action body limit (serverActions.bodySizeLimit), enforced here first. */
export const ACTION_BODY_LIMIT = 1024 * 1024;

/** @param {string} pathname */
function allowFor(pathname) {
  if (pathname.startsWith('/api/v1/')) return 'GET, HEAD, OPTIONS';
  if (pathname.startsWith('/api/')) return 'GET, HEAD, POST, OPTIONS';
  return 'GET, HEAD, POST';
}

const TITLES = /** @type {Record<number, string>} */ ({ 400: 'Bad Request', 403: 'Forbidden', 405: 'Method Not Allowed', 411: 'Length Required', 413: 'Content Too Large' });

/**
 * RFC 9457 problem+json for the API and for server actions (their callers are scripts),
 * text for pages; the public API's refusals carry CORS like its answers (lib/api/http.ts).
 * @param {number} status
 * @param {boolean} json
 * @param {{ error: string, message: string }} body
 * @param {Record<string, string>} [headers]
 * @param {boolean} [cors]
 * @returns {{ status: number, headers: Record<string, string>, body: string }}
 */
function refusal(status, json, body, headers = {}, cors = false) {
  const problem = { type: 'about:blank', title: TITLES[status] ?? 'Error', status, detail: body.message, ...body };
  return {
    status,
    headers: {
      'content-type': json ? 'application/problem+json; charset=utf-8' : 'text/plain; charset=utf-8',
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
      ...(cors ? { 'access-control-allow-origin': '*', 'access-control-expose-headers': 'Allow' } : {}),
      ...headers,
    },
    body: json ? JSON.stringify(problem) : `${body.message}\n`,
  };
}

/**
 * Each path segment must decode, and decode to text without a "%" (no page or API path
 * of the atlas has one; Next decodes some segments twice and fails with a 500).
 * @param {string} rawPath
 */
function pathProblem(rawPath) {
  for (const segment of rawPath.split('/')) {
    if (!segment.includes('%')) continue;
    let decoded;
    try {
      decoded = decodeURIComponent(segment);
    } catch {
      return 'The address has malformed percent-encoding (e.g. "%zz", or bytes that are not UTF-8).';
    }
    if (decoded.includes('%')) return 'The address has an encoded "%" (%25); no page or API path of the atlas contains one.';
  }
  return null;
}

/**
 * @param {string} value
 * @returns {string | null} the host of an Origin header, or null when it is not a URL
 */
function originHost(value) {
  try {
    return new URL(value).host;
  } catch {
    return null;
  }
}

/**
 * The refusal for a request, or null to let Next.js handle it.
 * @param {{ method?: string, url?: string, headers: Record<string, string | string[] | undefined> }} request
 * @returns {{ status: number, headers: Record<string, string>, body: string } | null}
 */
export function refuseRequest(request) {
  const method = (request.method ?? 'GET').toUpperCase();
  const rawPath = (request.url ?? '/').split('?')[0] ?? '/';
  const api = rawPath.startsWith('/api/');
  const publicApi = rawPath.startsWith('/api/v1/');
  if (!METHODS.has(method)) {
    const allow = allowFor(rawPath);
    return refusal(405, api, { error: 'method_not_allowed', message: `${method} is not supported here (${allow}).` }, { allow }, publicApi);
  }
  const problem = pathProblem(rawPath);
  if (problem) return refusal(400, api, { error: 'invalid_path', message: problem }, {}, publicApi);

  const header = (/** @type {string} */ name) => {
    const value = request.headers[name];
    return Array.isArray(value) ? value[0] : value;
  };
  if (method === 'POST' && header('next-action') !== undefined) {
    const origin = header('origin');
    const host = header('x-forwarded-host') ?? header('host');
    if (origin !== undefined && (originHost(origin) === null || originHost(origin) !== host)) {
      return refusal(403, true, { error: 'cross_origin', message: 'Changes can only be made from the atlas itself (cross-origin request refused).' });
    }
    const length = header('content-length');
    if (length === undefined) {
      return refusal(411, true, { error: 'length_required', message: 'Send a Content-Length with the request body.' });
    }
    if (!/^\d+$/.test(length) || Number(length) > ACTION_BODY_LIMIT) {
      return refusal(413, true, { error: 'body_too_large', message: `The request body is larger than ${ACTION_BODY_LIMIT / 1024 / 1024} MB; nothing was saved.` });
    }
  }
  return null;
}
