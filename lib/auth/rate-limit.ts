import 'server-only';
import { db } from '@/lib/db';

/**
 * Failed sign-ins allowed within the window, per account and per IP address.
 * The per-account limit stops guessing one password from many addresses; the
 * per-IP limit stops one address from trying many accounts.
 */
export const SIGN_IN_WINDOW_MS = 15 * 60 * 1000;
export const MAX_FAILURES_PER_ACCOUNT = 5;
export const MAX_FAILURES_PER_IP = 20;

export type RateLimitVerdict = { limited: false } | { limited: true; retryAfterSeconds: number; scope: 'account' | 'ip' };

async function check(where: { email: string } | { ip: string }, max: number, now: Date) {
  const since = new Date(now.getTime() - SIGN_IN_WINDOW_MS);
  // A success on the account resets its count; the IP count is not reset by any one account.
  const lastSuccess =
    'email' in where
      ? await db.signInAttempt.findFirst({
          where: { ...where, succeeded: true, createdAt: { gte: since } },
          orderBy: { createdAt: 'desc' },
          select: { createdAt: true },
        })
      : null;
  const from = lastSuccess && lastSuccess.createdAt > since ? lastSuccess.createdAt : since;
  const failures = await db.signInAttempt.findMany({
    where: { ...where, succeeded: false, createdAt: { gt: from } },
    orderBy: { createdAt: 'desc' },
    take: max,
    select: { createdAt: true },
  });
  if (failures.length < max) return null;
  // Allowed again when the oldest of the last `max` failures leaves the window.
  const oldest = failures[failures.length - 1]!.createdAt.getTime();
  return Math.max(1, Math.ceil((oldest + SIGN_IN_WINDOW_MS - now.getTime()) / 1000));
}

export async function checkSignInRateLimit(email: string, ip: string, now = new Date()): Promise<RateLimitVerdict> {
  const account = await check({ email }, MAX_FAILURES_PER_ACCOUNT, now);
  if (account !== null) return { limited: true, retryAfterSeconds: account, scope: 'account' };
  const address = await check({ ip }, MAX_FAILURES_PER_IP, now);
  if (address !== null) return { limited: true, retryAfterSeconds: address, scope: 'ip' };
  return { limited: false };
}

export async function recordSignInAttempt(email: string, ip: string, succeeded: boolean) {
  await db.signInAttempt.create({ data: { email, ip, succeeded } });
  // Keep the table small: nothing older than a day matters.
  if (Math.random() < 0.02) {
    await db.signInAttempt.deleteMany({ where: { createdAt: { lt: new Date(Date.now() - 24 * 60 * 60 * 1000) } } });
  }
}
