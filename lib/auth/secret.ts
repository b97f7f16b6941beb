import 'server-only';
import { env } from '@/lib/env';
import { randomBytes } from 'node:crypto';
import { db } from '@/lib/db';

const MIN_SECRET_LENGTH = 32;
let cached: Promise<string> | undefined;

/**
 * The key that seals session cookies: SESSION_SECRET when set (≥ 32 characters),
 * otherwise a random key generated once and kept in the database, so a fresh
 * install is never running on a known default.
 */
export function getSessionSecret(): Promise<string> {
  cached ??= loadSecret().catch((error: unknown) => {
    cached = undefined;
    throw error;
  });
  return cached;
}

async function loadSecret(): Promise<string> {
  const fromEnv = env.SESSION_SECRET;
  if (fromEnv) {
    if (fromEnv.length < MIN_SECRET_LENGTH) throw new Error(`SESSION_SECRET must be at least ${MIN_SECRET_LENGTH} characters`);
    return fromEnv;
  }
  const existing = await db.appSecret.findUnique({ where: { name: 'session' } });
  if (existing) return existing.value;
  const value = randomBytes(48).toString('base64url');
  // Two first requests at once: the second insert loses and reads the winner's key.
  await db.appSecret.createMany({ data: [{ name: 'session', value }] }).catch(() => undefined);
  const stored = await db.appSecret.findUniqueOrThrow({ where: { name: 'session' } });
  return stored.value;
}
