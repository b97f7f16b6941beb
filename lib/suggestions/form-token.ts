import 'server-only';
import { createHmac, timingSafeEqual } from 'node:crypto';
import { getSessionSecret } from '@/lib/auth/secret';

/** Humans take longer than this to read the form and type a source URL; scripts usually don't. */
export const MIN_FILL_MS = 3_000;
/** A form left open longer than this is re-issued (its token says when it was shown). */
export const MAX_FILL_MS = 24 * 60 * 60 * 1000;

const sign = async (issuedAt: number) => createHmac('sha256', `${await getSessionSecret()}:suggestion-form`).update(String(issuedAt)).digest('base64url');

/** A token for a freshly rendered form: when it was shown, signed so it cannot be back-dated. */
export async function issueFormToken(now = Date.now()): Promise<string> {
  return `${now}.${await sign(now)}`;
}

export type TokenCheck = 'ok' | 'too-fast' | 'expired' | 'invalid';

export async function checkFormToken(token: unknown, now = Date.now()): Promise<TokenCheck> {
  if (typeof token !== 'string') return 'invalid';
  const [stamp, mac] = token.split('.');
  const issuedAt = Number(stamp);
  if (!Number.isSafeInteger(issuedAt) || !mac) return 'invalid';
  const expected = Buffer.from(await sign(issuedAt));
  const given = Buffer.from(mac);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return 'invalid';
  if (now - issuedAt < MIN_FILL_MS) return 'too-fast';
  if (now - issuedAt > MAX_FILL_MS) return 'expired';
  return 'ok';
}
