import createMiddleware from 'next-intl/middleware';
import { routing } from '@/lib/i18n/routing';

// Redirects `/` and unprefixed paths to a locale (/en/...). Pages, API routes and
// static files outside the matcher are not touched.
export default createMiddleware(routing);

export const config = {
  matcher: ['/((?!api|_next|_vercel|.*\\..*).*)'],
};
