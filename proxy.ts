import createMiddleware from 'next-intl/middleware';
import { NextResponse, type NextRequest } from 'next/server';
import { SESSION_COOKIE } from '@/lib/auth/roles';
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
export default function proxy(request: NextRequest) {
  const match = ADMIN_PAGE.exec(request.nextUrl.pathname);
  if (match && !request.cookies.has(SESSION_COOKIE)) {
    const url = request.nextUrl.clone();
    url.pathname = `/${match[1]}/admin/sign-in`;
    url.search = `?next=${encodeURIComponent(request.nextUrl.pathname + request.nextUrl.search)}`;
    return NextResponse.redirect(url);
  }
  return intl(request);
}

export const config = {
  matcher: ['/((?!api|_next|_vercel|.*\\..*).*)'],
};
