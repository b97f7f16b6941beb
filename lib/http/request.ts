import 'server-only';

/**
 * Browsers send Origin on POST; a write whose Origin is another site is refused
 * (on top of the SameSite=Lax session cookie) so no other page can post to it.
 */
export function isCrossSite(request: Request): boolean {
  const origin = request.headers.get('origin');
  if (!origin) return false;
  const host = request.headers.get('x-forwarded-host') ?? request.headers.get('host');
  try {
    return new URL(origin).host !== host;
  } catch {
    return true;
  }
}
