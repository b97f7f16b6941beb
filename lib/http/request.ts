import 'server-only';

/**
 * The client's address as the nearest proxy reports it (Next.js route handlers do
 * not expose the socket). Deploy behind a proxy that sets X-Forwarded-For; without
 * one every client shares the "unknown" bucket, which only makes the IP limit stricter.
 */
export function clientIp(request: Request): string {
  const forwarded = request.headers.get('x-forwarded-for')?.split(',')[0]?.trim();
  return (forwarded || request.headers.get('x-real-ip') || 'unknown').slice(0, 64);
}

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
