import createMiddleware from 'next-intl/middleware';
import { NextResponse, type NextRequest } from 'next/server';
import { SESSION_COOKIE } from '@/lib/auth/roles';
import { refuseMalformedAction } from '@/lib/http/action-body';
import { routing } from '@/lib/i18n/routing';
import { createNonce, currentEnvironment, pageSecurityHeaders } from '@/lib/security/headers';

const intl = createMiddleware(routing);

/** /en/admin/... except the sign-in page itself. */
const ADMIN_PAGE = /^\/([a-z]{2}(?:-[A-Za-z]+)?)\/admin(?:\/(?!sign-in(?:\/|$)).*)?$/;

function route(request: NextRequest): NextResponse {
  const match = ADMIN_PAGE.exec(request.nextUrl.pathname);
  if (match && !request.cookies.has(SESSION_COOKIE)) {
    const url = request.nextUrl.clone();
    url.pathname = `/${match[1]}/admin/sign-in`;
    url.search = `?next=${encodeURIComponent(request.nextUrl.pathname + request.nextUrl.search)}`;
    return NextResponse.redirect(url);
  }
  return intl(request);
}

/** The pages next-intl and the admin redirect handle (the first matcher below). */
const PAGE_PATH = /^\/(?!api|_next|_vercel|.*\..*).*$/;

/**
 * Every page request (and every server-action post):
 * 0. Server-action bodies Next.js could not decode (it would answer
 *    500) are refused with a 4xx: lib/http/action-body.ts.
 * 1. A fresh CSP nonce. It goes into the request's Content-Security-Policy header,
 *    from which Next reads it and puts it on its own scripts, and into the response's
 *    (lib/security/headers.ts). next-intl forwards the request headers it is given.
 * 2. Admin pages without a session cookie go to the sign-in page at once. This is
 *    only an optimistic redirect: every admin page and every write checks the
 *    session itself (lib/auth/authorize.ts).
 * 3. Everything else: next-intl's locale negotiation (`/` → `/en`).
 * API routes and static files get their headers from next.config.ts.
 */
export default async function proxy(request: NextRequest) {
  if (request.headers.has('next-action')) {
    const refusal = await refuseMalformedAction(request);
    if (refusal) return refusal;
    if (!PAGE_PATH.test(request.nextUrl.pathname)) return NextResponse.next();
  }
  const nonce = createNonce();
  const headers = pageSecurityHeaders(nonce, currentEnvironment());
  request.headers.set('x-nonce', nonce);
  for (const [name, value] of headers) if (name === 'Content-Security-Policy') request.headers.set(name, value);
  const response = route(request);
  for (const [name, value] of headers) response.headers.set(name, value);
  return response;
}

export const config = {
  matcher: [
    '/((?!api|_next|_vercel|.*\\..*).*)',
    // A server action can be posted to any path: check its body wherever it arrives.
    { source: '/:path*', has: [{ type: 'header', key: 'next-action' }] },
  ],
};
