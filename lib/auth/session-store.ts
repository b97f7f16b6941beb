import 'server-only';
import { createHash, randomBytes } from 'node:crypto';
import { db } from '@/lib/db';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import type { Tx } from '@/lib/db-types';

/** Signed out after this long without a request… */
export const SESSION_IDLE_MS = 2 * 60 * 60 * 1000;
/** …and after this long whatever the activity. */
export const SESSION_ABSOLUTE_MS = 12 * 60 * 60 * 1000;
/** lastSeenAt is written at most this often, so reads do not each cost a write. */
export const SESSION_TOUCH_MS = 60 * 1000;

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

/** A new server-side session; returns the token for the cookie (only its hash is stored). */
export async function createSessionRecord(userId: number, meta: { userAgent?: string | null; ip?: string | null } = {}, now = new Date()) {
  const token = randomBytes(32).toString('base64url');
  await db.session.create({
    data: {
      id: hashToken(token),
      userId,
      createdAt: now,
      lastSeenAt: now,
      expiresAt: new Date(now.getTime() + SESSION_ABSOLUTE_MS),
      userAgent: meta.userAgent?.slice(0, 256) ?? null,
      ip: meta.ip?.slice(0, 64) ?? null,
    },
  });
  return token;
}

/**
 * The live session behind a cookie token, with its user, or null when the token is
 * unknown, revoked, idle too long or past its absolute expiry.
 */
export async function findLiveSession(token: string, now = new Date()) {
  const id = hashToken(token);
  const session = await db.session.findUnique({
    where: { id },
    select: {
      id: true,
      lastSeenAt: true,
      expiresAt: true,
      revokedAt: true,
      user: { select: { id: true, email: true, name: true, role: true, disabledAt: true } },
    },
  });
  if (!session || session.revokedAt || session.expiresAt <= now) return null;
  if (now.getTime() - session.lastSeenAt.getTime() > SESSION_IDLE_MS) return null;
  if (now.getTime() - session.lastSeenAt.getTime() > SESSION_TOUCH_MS) {
    // The WHERE makes concurrent requests write once; a lost touch only shortens the idle window.
    await db.session.updateMany({ where: { id, lastSeenAt: session.lastSeenAt }, data: { lastSeenAt: now } });
  }
  return session;
}

export async function revokeSessionByToken(token: string) {
  await db.session.updateMany({ where: { id: hashToken(token), revokedAt: null }, data: { revokedAt: new Date() } });
}

/**
 * Ends every live session of a user (disable, role change, new password), except the
 * one whose token is `keepToken` (the browser that changed its own password).
 */
export async function revokeUserSessions(client: PrismaClient | Tx, userId: number, keepToken?: string) {
  await client.session.updateMany({
    where: { userId, revokedAt: null, ...(keepToken && { id: { not: hashToken(keepToken) } }) },
    data: { revokedAt: new Date() },
  });
}

/** Keeps the table small: expired sessions and ones revoked over a day ago are of no use. */
export async function pruneSessions(now = new Date()) {
  await db.session.deleteMany({
    where: { OR: [{ expiresAt: { lt: now } }, { revokedAt: { lt: new Date(now.getTime() - 24 * 60 * 60 * 1000) } }] },
  });
}
