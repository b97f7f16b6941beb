import createMiddleware from 'next-intl/middleware';
import { NextResponse, type NextRequest } from 'next/server';
import { SESSION_COOKIE } from '@/lib/auth/roles';
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

/**
 * Every page request:
 * 1. A fresh CSP nonce. It goes into the request's Content-Security-Policy header,
 *    from which Next reads it and puts it on its own scripts, and into the response's
 *    (lib/security/headers.ts). next-intl forwards the request headers it is given.
 * 2. Admin pages without a session cookie go to the sign-in page at once. This is
 *    only an optimistic redirect: every admin page and every write checks the
 *    session itself (lib/auth/authorize.ts).
 * 3. Everything else: next-intl's locale negotiation (`/` → `/en`).
 * API routes and static files get their headers from next.config.ts.
 */
export default function proxy(request: NextRequest) {
  const nonce = createNonce();
  const headers = pageSecurityHeaders(nonce, currentEnvironment());
  request.headers.set('x-nonce', nonce);
  for (const [name, value] of headers) if (name === 'Content-Security-Policy') request.headers.set(name, value);
  const response = route(request);
  for (const [name, value] of headers) response.headers.set(name, value);
  return response;
}

export const config = {
  matcher: ['/((?!api|_next|_vercel|.*\\..*).*)'],
};
