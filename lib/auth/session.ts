import 'server-only';
import { cache } from 'react';
import { cookies } from 'next/headers';
import { getIronSession, type SessionOptions } from 'iron-session';
import { db } from '@/lib/db';
import { isRole, SESSION_COOKIE, type Role } from './roles';
import { getSessionSecret } from './secret';

/** What the sealed cookie holds: who, and which generation of their sessions. */
export type SessionData = { userId?: number; sessionVersion?: number };

export type SessionUser = { id: number; email: string; name: string; role: Role };

const SESSION_TTL_SECONDS = 60 * 60 * 12;

async function sessionOptions(): Promise<SessionOptions> {
  return {
    cookieName: SESSION_COOKIE,
    password: await getSessionSecret(),
    ttl: SESSION_TTL_SECONDS,
    cookieOptions: {
      httpOnly: true,
      sameSite: 'lax',
      // Secure in production; AUTH_INSECURE_COOKIES=1 only for a plain-HTTP intranet install.
      secure: process.env.NODE_ENV === 'production' && process.env.AUTH_INSECURE_COOKIES !== '1',
      path: '/',
    },
  };
}

export async function getSession() {
  return getIronSession<SessionData>(await cookies(), await sessionOptions());
}

/**
 * The signed-in user, checked against the database on every request: a disabled
 * account, a changed role or a bumped session version takes effect at once.
 */
export const getCurrentUser = cache(async (): Promise<SessionUser | null> => {
  const session = await getSession();
  if (!session.userId) return null;
  const user = await db.user.findUnique({
    where: { id: session.userId },
    select: { id: true, email: true, name: true, role: true, disabledAt: true, sessionVersion: true },
  });
  if (!user || user.disabledAt || user.sessionVersion !== session.sessionVersion || !isRole(user.role)) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role };
});

export async function startSession(user: { id: number; sessionVersion: number }) {
  const session = await getSession();
  session.userId = user.id;
  session.sessionVersion = user.sessionVersion;
  await session.save();
}

export async function endSession() {
  const session = await getSession();
  session.destroy();
}
