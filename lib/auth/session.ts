import 'server-only';
import { env } from '@/lib/env';
import { cache } from 'react';
import { cookies } from 'next/headers';
import { getIronSession, type SessionOptions } from 'iron-session';
import { isRole, SESSION_COOKIE, type Role } from './roles';
import { getSessionSecret } from './secret';
import { createSessionRecord, findLiveSession, pruneSessions, revokeSessionByToken, SESSION_ABSOLUTE_MS } from './session-store';

/** What the sealed cookie holds: the token of a server-side Session row, nothing else. */
export type SessionData = { token?: string };

export type SessionUser = { id: number; email: string; name: string; role: Role };

async function sessionOptions(): Promise<SessionOptions> {
  return {
    cookieName: SESSION_COOKIE,
    password: await getSessionSecret(),
    ttl: SESSION_ABSOLUTE_MS / 1000,
    cookieOptions: {
      httpOnly: true,
      sameSite: 'lax',
      // Secure in production; AUTH_INSECURE_COOKIES=1 only for a plain-HTTP intranet install.
      secure: env.NODE_ENV === 'production' && !env.AUTH_INSECURE_COOKIES,
      path: '/',
    },
  };
}

export async function getSession() {
  return getIronSession<SessionData>(await cookies(), await sessionOptions());
}

/**
 * The signed-in user, checked against the Session and User rows on every request: a
 * sign-out, an idle or expired session, a disabled account or a changed role takes
 * effect at once, even for a copied cookie.
 */
export const getCurrentUser = cache(async (): Promise<SessionUser | null> => {
  const session = await getSession();
  if (!session.token) return null;
  const live = await findLiveSession(session.token);
  const user = live?.user;
  if (!user || user.disabledAt || !isRole(user.role)) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role };
});

/** The token of this request's session (for "end my other sessions"), if any. */
export async function currentSessionToken(): Promise<string | undefined> {
  return (await getSession()).token;
}

export async function startSession(user: { id: number }, meta: { userAgent?: string | null; ip?: string | null } = {}) {
  const session = await getSession();
  // A fresh token at every sign-in: a token planted before sign-in is never promoted.
  if (session.token) await revokeSessionByToken(session.token);
  session.token = await createSessionRecord(user.id, meta);
  await session.save();
  if (Math.random() < 0.02) await pruneSessions();
}

export async function endSession() {
  const session = await getSession();
  if (session.token) await revokeSessionByToken(session.token);
  session.destroy();
}
