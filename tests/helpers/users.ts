import { randomUUID } from 'node:crypto';
import { db } from '@/lib/db';
import { cookieJar } from './session';

/** One scrypt hash of "correct horse battery staple" per worker, at the test cost (tests/setup). */
let knownHash: string | undefined;
export const KNOWN_PASSWORD = 'correct horse battery staple';

export async function knownPasswordHash() {
  const { hashPassword } = await import('@/lib/auth/password');
  knownHash ??= await hashPassword(KNOWN_PASSWORD);
  return knownHash;
}

/** A user in the worker's database; `role` may be anything, to test refusals. */
export async function makeUser(role: string, options: { disabled?: boolean; email?: string } = {}) {
  return db.user.create({
    data: {
      email: options.email ?? `${role}-${randomUUID().slice(0, 8)}@atlas.test`,
      name: `Test ${role}`,
      role,
      passwordHash: await knownPasswordHash(),
      disabledAt: options.disabled ? new Date() : null,
    },
  });
}

/** Puts a real sealed session cookie for `user` in the mocked cookie jar. */
export async function actAs(user: { id: number } | null) {
  cookieJar.clear();
  if (!user) return;
  const { startSession } = await import('@/lib/auth/session');
  await startSession(user);
}
