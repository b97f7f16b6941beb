import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

/**
 * Password hashing with scrypt from Node's own crypto (no native add-on to build or
 * download). Parameters follow OWASP's scrypt minimum (N=2^17, r=8, p=1) and are
 * stored in the hash — "scrypt$<N>$<r>$<p>$<salt base64url>$<hash base64url>" — so a
 * hash verifies with the parameters it was made with, whatever the current cost.
 */
const R = 8;
const P = 1;
const KEY_LENGTH = 32;
export const PRODUCTION_HASH_COST = 17;
/** Refuse stored parameters beyond this: a tampered hash must not cost gigabytes. */
const MAX_STORED_COST = 20;

/**
 * log2(N) for new hashes: PASSWORD_HASH_COST (10–20) when set — tests use a low one so
 * a sign-in test costs milliseconds, not seconds — otherwise the production cost.
 */
let cost = readCost(process.env.PASSWORD_HASH_COST);

function readCost(value: string | undefined): number {
  if (value === undefined || value === '') return PRODUCTION_HASH_COST;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 10 || parsed > MAX_STORED_COST) {
    throw new Error(`PASSWORD_HASH_COST must be an integer from 10 to ${MAX_STORED_COST} (log2 of scrypt's N); got "${value}"`);
  }
  return parsed;
}

export const passwordHashCost = () => cost;

export function setPasswordHashCost(log2N: number) {
  cost = readCost(String(log2N));
}

/** Raised when too many hashes are already waiting; sign-in answers 503 + Retry-After. */
export class PasswordHasherBusyError extends Error {
  constructor() {
    super('Too many sign-ins at once; try again in a moment.');
  }
}

/**
 * scrypt runs on libuv's 4-thread pool and takes 128·N·r bytes (128 MiB at N=2^17):
 * at most 2 in flight keeps memory bounded and leaves threads for file I/O; a short
 * queue absorbs bursts and anything beyond it is refused at once instead of piling up.
 */
export const MAX_HASHES_IN_FLIGHT = 2;
export const MAX_HASHES_WAITING = 8;
let inFlight = 0;
const waiting: (() => void)[] = [];

async function withHashSlot<T>(work: () => Promise<T>): Promise<T> {
  if (inFlight >= MAX_HASHES_IN_FLIGHT) {
    if (waiting.length >= MAX_HASHES_WAITING) throw new PasswordHasherBusyError();
    await new Promise<void>((resolve) => waiting.push(resolve));
  } else {
    inFlight++;
  }
  try {
    return await work();
  } finally {
    // Hand the slot straight to the next waiter (inFlight unchanged) or free it.
    const next = waiting.shift();
    if (next) next();
    else inFlight--;
  }
}

function derive(password: string, salt: Buffer, n: number, r: number, p: number): Promise<Buffer> {
  // scrypt needs 128·N·r bytes; allow that plus headroom.
  const options: ScryptOptions = { N: n, r, p, maxmem: 256 * n * r };
  return withHashSlot(
    () =>
      new Promise((resolve, reject) =>
        scrypt(password.normalize('NFKC'), salt, KEY_LENGTH, options, (error, key) => (error ? reject(error) : resolve(key))),
      ),
  );
}

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const n = 2 ** cost;
  const key = await derive(password, salt, n, R, P);
  return ['scrypt', n, R, P, salt.toString('base64url'), key.toString('base64url')].join('$');
}

/** Constant-time check with the hash's own parameters; false for a malformed hash rather than an exception. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, nText, rText, pText, salt, hash] = stored.split('$');
  const [n, r, p] = [Number(nText), Number(rText), Number(pText)];
  if (scheme !== 'scrypt' || !salt || !hash) return false;
  const validN = Number.isInteger(n) && n >= 2 && n <= 2 ** MAX_STORED_COST && (n & (n - 1)) === 0;
  if (!validN || !Number.isInteger(r) || r < 1 || r > 32 || !Number.isInteger(p) || p < 1 || p > 4) return false;
  const expected = Buffer.from(hash, 'base64url');
  const key = await derive(password, Buffer.from(salt, 'base64url'), n, r, p);
  return key.length === expected.length && timingSafeEqual(key, expected);
}

/**
 * A hash of nothing anyone knows, at the current cost: verified against when the account
 * does not exist, so timing does not tell which accounts do.
 */
const dummyHashes = new Map<number, Promise<string>>();
export function dummyPasswordHash(): Promise<string> {
  const current = cost;
  let dummy = dummyHashes.get(current);
  if (!dummy) {
    dummy = hashPassword(randomBytes(24).toString('base64url'));
    dummy.catch(() => dummyHashes.delete(current));
    dummyHashes.set(current, dummy);
  }
  return dummy;
}
