import createMiddleware from 'next-intl/middleware';
import { NextResponse, type NextRequest } from 'next/server';
import { SESSION_COOKIE } from '@/lib/auth/roles';
import { refuseMalformedAction } from '@/lib/http/action-body';
import { routing } from '@/lib/i18n/routing';

const intl = createMiddleware(routing);

/** /en/admin/... except the sign-in page itself. */
const ADMIN_PAGE = /^\/([a-z]{2}(?:-[A-Za-z]+)?)\/admin(?:\/(?!sign-in(?:\/|$)).*)?$/;

/**
 * 1. Admin pages without a session cookie go to the sign-in page at once. This is
 *    only an optimistic redirect: every admin page and every write checks the
 *    session itself (lib/auth/authorize.ts).
 * 2. Everything else: next-intl's locale negotiation (`/` → `/en`).
 */
export default async function proxy(request: NextRequest) {
  // 0. Server-action bodies Next.js could not decode (it would answer 500): lib/http/action-body.ts.
  if (request.headers.has('next-action')) {
    const refusal = await refuseMalformedAction(request);
    if (refusal) return refusal;
    if (!PAGE_PATH.test(request.nextUrl.pathname)) return NextResponse.next();
  }
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

export const config = {
  matcher: [
    '/((?!api|_next|_vercel|.*\\..*).*)',
    // A server action can be posted to any path: check its body wherever it arrives.
    { source: '/:path*', has: [{ type: 'header', key: 'next-action' }] },
  ],
};
