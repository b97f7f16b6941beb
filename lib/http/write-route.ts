import 'server-only';
import { NextResponse } from 'next/server';
import { ActionError } from '@/lib/errors';
import { DATABASE_UNAVAILABLE_MESSAGE, isDatabaseUnavailable } from '@/lib/db-errors';
import { authorize } from '@/lib/auth/authorize';
import type { Role } from '@/lib/auth/roles';
import type { SessionUser } from '@/lib/auth/session';
import { bodyTooLarge, BodyTooLargeError, declaresTooLarge, DEFAULT_BODY_LIMIT, discardBody } from './body';
import { isCrossSite } from './request';

/**
 * Wraps a route handler that writes: cross-site posts get 403, no session 401, a
 * role that may not write 403, a declared body over `maxBodyBytes` 413 — all before
 * the body is read (handlers read it with lib/http/body.ts, which counts the stream
 * too). ActionErrors become their status with field errors; a database that cannot
 * write now (lib/db-errors.ts) a 503; anything else a 500 without details.
 */
export function writeRoute(
  roles: readonly Role[],
  handler: (request: Request, user: SessionUser) => Promise<Response>,
  { maxBodyBytes = DEFAULT_BODY_LIMIT }: { maxBodyBytes?: number } = {},
) {
  return async function route(request: Request): Promise<Response> {
    if (isCrossSite(request)) return NextResponse.json({ error: 'Cross-site requests may not change data.' }, { status: 403 });
    const auth = await authorize(roles);
    if (!auth.ok) return NextResponse.json({ error: auth.error }, { status: auth.status });
    if (declaresTooLarge(request, maxBodyBytes)) {
      await discardBody(request);
      return bodyTooLarge(maxBodyBytes);
    }
    try {
      return await handler(request, auth.user);
    } catch (error) {
      if (error instanceof BodyTooLargeError) return bodyTooLarge(error.limit);
      if (error instanceof ActionError) {
        return NextResponse.json({ error: error.message, ...error.extra }, { status: error.status });
      }
      console.error('[write route] failed', error);
      if (isDatabaseUnavailable(error)) {
        return NextResponse.json({ error: DATABASE_UNAVAILABLE_MESSAGE }, { status: 503, headers: { 'Retry-After': '60' } });
      }
      return NextResponse.json({ error: 'Server error; nothing was changed.' }, { status: 500 });
    }
  };
}
