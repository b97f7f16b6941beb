import 'server-only';
import { db } from '@/lib/db';
import { dummyPasswordHash, verifyPassword } from './password';
import { checkSignInRateLimit, recordSignInAttempt } from './rate-limit';
import type { SignInInput } from '@/lib/users/schema';

export type SignInOutcome =
  | { ok: true; user: { id: number; sessionVersion: number; role: string; name: string } }
  | { ok: false; status: 401; error: string }
  | { ok: false; status: 429; error: string; retryAfterSeconds: number };

function minutes(seconds: number) {
  const m = Math.ceil(seconds / 60);
  return m === 1 ? '1 minute' : `${m} minutes`;
}

/**
 * Checks the limits first (so a correct guess after too many failures is still
 * refused), then the password; every attempt is recorded. The error never says
 * whether the account exists.
 */
export async function attemptSignIn({ email, password }: SignInInput, ip: string): Promise<SignInOutcome> {
  const verdict = await checkSignInRateLimit(email, ip);
  if (verdict.limited) {
    return {
      ok: false,
      status: 429,
      retryAfterSeconds: verdict.retryAfterSeconds,
      error:
        verdict.scope === 'account'
          ? `Too many failed sign-ins for this account. Try again in ${minutes(verdict.retryAfterSeconds)}.`
          : `Too many failed sign-ins from your network. Try again in ${minutes(verdict.retryAfterSeconds)}.`,
    };
  }
  const user = await db.user.findUnique({ where: { email } });
  const valid = await verifyPassword(password, user?.passwordHash ?? (await dummyPasswordHash()));
  const allowed = valid && user !== null && user.disabledAt === null;
  await recordSignInAttempt(email, ip, allowed);
  if (!allowed || !user) {
    return {
      ok: false,
      status: 401,
      error: valid && user?.disabledAt ? 'This account is disabled. Ask an admin.' : 'Wrong email or password.',
    };
  }
  await db.user.update({ where: { id: user.id }, data: { lastSignInAt: new Date() } });
  return { ok: true, user: { id: user.id, sessionVersion: user.sessionVersion, role: user.role, name: user.name } };
}
