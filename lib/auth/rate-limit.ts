import 'server-only';
import { randomUUID } from 'node:crypto';
import { db } from '@/lib/db';

/**
 * Sign-in throttling that slows guessing without letting anyone lock the owner out.
 * Three buckets, each "N free failures, then a growing pause between attempts":
 *
 * - account + client (the address, or a known-device cookie): exponential pause after a
 *   few failures. Only the client that fails is slowed — the owner on another address
 *   or on a device that signed in before is not.
 * - client address, across accounts: stops one address trying many accounts.
 * - account, from everywhere: caps an attacker who spreads guesses over many addresses;
 *   grows linearly and is capped low, and known devices skip it, so it slows a botnet
 *   without locking the owner out.
 *
 * An attempt reserves its slot (counted as a failure) BEFORE the password is checked, in
 * one INSERT … ON CONFLICT … RETURNING per bucket, so 30 concurrent guesses cannot all
 * read "0 failures" and pass; a success gives the reservation back.
 */
export type Bucket = { free: number; baseMs: number; maxMs: number; growth: 'exponential' | 'linear'; forgetMs: number };

const MINUTE = 60 * 1000;
export const ACCOUNT_CLIENT: Bucket = { free: 5, baseMs: 1000, maxMs: 15 * MINUTE, growth: 'exponential', forgetMs: 60 * MINUTE };
export const CLIENT: Bucket = { free: 30, baseMs: 1000, maxMs: 15 * MINUTE, growth: 'exponential', forgetMs: 60 * MINUTE };
export const ACCOUNT: Bucket = { free: 20, baseMs: 5000, maxMs: 5 * MINUTE, growth: 'linear', forgetMs: 60 * MINUTE };

/** Pause required after `failures` failures (0 while within the free allowance). */
export function pauseMs(bucket: Bucket, failures: number): number {
  if (failures < bucket.free) return 0;
  const step = failures - bucket.free;
  const pause = bucket.growth === 'exponential' ? bucket.baseMs * 2 ** Math.min(step, 30) : bucket.baseMs * (step + 1);
  return Math.min(pause, bucket.maxMs);
}

/** The same pause as SQL over the row's current `failures` (SQLite has no pow() by default). */
function pauseSql(bucket: Bucket): string {
  const step = `("failures" - ${bucket.free})`;
  const grown = bucket.growth === 'exponential' ? `(${bucket.baseMs} << min(${step}, 30))` : `(${bucket.baseMs} * (${step} + 1))`;
  return `(CASE WHEN "failures" < ${bucket.free} THEN 0 ELSE min(${grown}, ${bucket.maxMs}) END)`;
}

export type Reservation = { granted: true } | { granted: false; retryAfterSeconds: number };

/** Atomically: let this attempt through and count it, or say how long to wait. */
export async function reserve(key: string, bucket: Bucket, now = Date.now()): Promise<Reservation> {
  const grantId = randomUUID();
  // Plain "?" placeholders in order (the adapter does not bind numbered ones repeatedly).
  const values: unknown[] = [];
  const bind = (value: unknown) => (values.push(value), '?');
  const forgotten = () => `("lastAt" < ${bind(now)} - ${bucket.forgetMs})`;
  const allowed = () => `(${forgotten()} OR ${bind(now)} >= "lastAt" + ${pauseSql(bucket)})`;
  const sql = `INSERT INTO "SignInThrottle" ("key", "failures", "lastAt", "grantId") VALUES (${bind(key)}, 1, ${bind(now)}, ${bind(grantId)})
     ON CONFLICT("key") DO UPDATE SET
       "failures" = CASE WHEN ${forgotten()} THEN 1 WHEN ${allowed()} THEN "failures" + 1 ELSE "failures" END,
       "grantId"  = CASE WHEN ${allowed()} THEN ${bind(grantId)} ELSE "grantId" END,
       "lastAt"   = CASE WHEN ${allowed()} THEN ${bind(now)} ELSE "lastAt" END
     RETURNING "failures", "lastAt", ("grantId" = ${bind(grantId)}) AS "granted"`;
  const rows = await db.$queryRawUnsafe<{ failures: number | bigint; lastAt: number | bigint; granted: number | bigint }[]>(sql, ...values);
  const row = rows[0]!;
  if (Number(row.granted) === 1) return { granted: true };
  // Refused: the pause after the failures counted so far, from the last attempt let through.
  const waitMs = Number(row.lastAt) + pauseMs(bucket, Number(row.failures)) - now;
  return { granted: false, retryAfterSeconds: Math.max(1, Math.ceil(waitMs / 1000)) };
}

/** The attempt succeeded: give its reservation back (or clear the bucket). */
export async function release(key: string, mode: 'refund' | 'clear') {
  if (mode === 'clear') await db.signInThrottle.deleteMany({ where: { key } });
  else await db.$executeRaw`UPDATE "SignInThrottle" SET "failures" = max("failures" - 1, 0) WHERE "key" = ${key}`;
}

export const throttleKeys = (email: string, client: string, address: string) => ({
  accountClient: `acct-client:${email}|${client}`,
  client: `client:${address}`,
  account: `acct:${email}`,
});

/** The SignInAttempt log: who tried what from where (for the admin and for pruning). */
export async function recordSignInAttempt(email: string, ip: string, succeeded: boolean) {
  await db.signInAttempt.create({ data: { email, ip, succeeded } });
  if (Math.random() < 0.02) {
    const dayAgo = new Date(Date.now() - 24 * 60 * 60 * 1000);
    await db.signInAttempt.deleteMany({ where: { createdAt: { lt: dayAgo } } });
    await db.signInThrottle.deleteMany({ where: { lastAt: { lt: BigInt(dayAgo.getTime()) } } });
  }
}
