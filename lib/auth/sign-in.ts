import 'server-only';
import { db } from '@/lib/db';
import { knownDeviceId, rememberDevice } from './known-device';
import { dummyPasswordHash, PasswordHasherBusyError, verifyPassword } from './password';
import { ACCOUNT, ACCOUNT_CLIENT, CLIENT, recordSignInAttempt, release, reserve, throttleKeys } from './rate-limit';
import { isRole } from './roles';
import type { SignInInput } from '@/lib/users/schema';

export type SignInOutcome =
  | { ok: true; user: { id: number; role: string; name: string } }
  | { ok: false; status: 401; error: string }
  | { ok: false; status: 429 | 503; error: string; retryAfterSeconds: number };

function wait(seconds: number) {
  if (seconds < 60) return seconds === 1 ? '1 second' : `${seconds} seconds`;
  const m = Math.ceil(seconds / 60);
  return m === 1 ? '1 minute' : `${m} minutes`;
}

const throttled = (retryAfterSeconds: number, from: string): SignInOutcome => ({
  ok: false,
  status: 429,
  retryAfterSeconds,
  error: `Too many failed sign-ins ${from}. Try again in ${wait(retryAfterSeconds)}.`,
});

/**
 * Reserves a slot in each throttle bucket first (lib/auth/rate-limit.ts) — refused
 * attempts never reach the hasher — then checks the password, bounded by the hasher's
 * concurrency cap. Every attempt is logged. The error never says whether the account exists.
 */
export async function attemptSignIn({ email, password }: SignInInput, address: string): Promise<SignInOutcome> {
  const deviceId = await knownDeviceId(email);
  const keys = throttleKeys(email, deviceId ? `device:${deviceId}` : address, address);
  const own = await reserve(keys.accountClient, ACCOUNT_CLIENT);
  if (!own.granted) return throttled(own.retryAfterSeconds, deviceId ? 'on this device' : 'for this account from your address');
  // A device that signed in to this account before skips the shared buckets: those are what an attacker fills.
  if (!deviceId) {
    const fromAddress = await reserve(keys.client, CLIENT);
    if (!fromAddress.granted) return throttled(fromAddress.retryAfterSeconds, 'from your network');
    const account = await reserve(keys.account, ACCOUNT);
    if (!account.granted) return throttled(account.retryAfterSeconds, 'for this account');
  }

  const user = await db.user.findUnique({ where: { email } });
  let valid: boolean;
  try {
    valid = await verifyPassword(password, user?.passwordHash ?? (await dummyPasswordHash()));
  } catch (error) {
    if (!(error instanceof PasswordHasherBusyError)) throw error;
    await release(keys.accountClient, 'refund');
    if (!deviceId) await Promise.all([release(keys.client, 'refund'), release(keys.account, 'refund')]);
    return { ok: false, status: 503, retryAfterSeconds: 1, error: error.message };
  }
  const allowed = valid && user !== null && user.disabledAt === null && isRole(user.role);
  await recordSignInAttempt(email, address, allowed);
  if (!allowed || !user) {
    const error = !valid || !user ? 'Wrong email or password.' : user.disabledAt ? 'This account is disabled. Ask an admin.' : 'This account has no valid role. Ask an admin.';
    return { ok: false, status: 401, error };
  }
  await release(keys.accountClient, 'clear');
  if (!deviceId) await Promise.all([release(keys.client, 'refund'), release(keys.account, 'refund')]);
  await rememberDevice(email, deviceId);
  await db.user.update({ where: { id: user.id }, data: { lastSignInAt: new Date() } });
  return { ok: true, user: { id: user.id, role: user.role, name: user.name } };
}
