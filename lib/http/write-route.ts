import 'server-only';
import { NextResponse } from 'next/server';
import { ActionError } from '@/lib/errors';
import { authorize } from '@/lib/auth/authorize';
import type { Role } from '@/lib/auth/roles';
import type { SessionUser } from '@/lib/auth/session';
import { isCrossSite } from './request';

/**
 * Wraps a route handler that writes: cross-site posts get 403, no session 401, a
 * role that may not write 403 — all before the body is read. ActionErrors become
 * their status with field errors; anything else a 500 without details.
 */
export function writeRoute(roles: readonly Role[], handler: (request: Request, user: SessionUser) => Promise<Response>) {
  return async function route(request: Request): Promise<Response> {
    if (isCrossSite(request)) return NextResponse.json({ error: 'Cross-site requests may not change data.' }, { status: 403 });
    const auth = await authorize(roles);
    if (!auth.ok) return NextResponse.json({ error: auth.error }, { status: auth.status });
    try {
      return await handler(request, auth.user);
    } catch (error) {
      if (error instanceof ActionError) {
        return NextResponse.json({ error: error.message, ...error.extra }, { status: error.status });
      }
      console.error('[write route] failed', error);
      return NextResponse.json({ error: 'Server error; nothing was changed.' }, { status: 500 });
    }
  };
}
