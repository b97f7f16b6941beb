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

/** JSON or form body as a plain object; null when it cannot be read. */
export async function readBody(request: Request): Promise<Record<string, unknown> | null> {
  const type = request.headers.get('content-type') ?? '';
  try {
    if (type.includes('application/json')) {
      const body: unknown = await request.json();
      return body && typeof body === 'object' && !Array.isArray(body) ? (body as Record<string, unknown>) : null;
    }
    if (type.includes('form')) return Object.fromEntries((await request.formData()).entries());
  } catch {
    return null;
  }
  return null;
}
