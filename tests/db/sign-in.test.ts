import { afterEach, beforeEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import { db } from '@/lib/db';
import { hashPassword, MAX_HASHES_IN_FLIGHT, passwordHashCost, MAX_HASHES_WAITING, PasswordHasherBusyError, setPasswordHashCost, verifyPassword } from '@/lib/auth/password';
import { ACCOUNT, ACCOUNT_CLIENT, CLIENT } from '@/lib/auth/rate-limit';
import { DEVICE_COOKIE } from '@/lib/auth/known-device';
import { cookieJar } from '../helpers/session';
import { KNOWN_PASSWORD, actAs, makeUser } from '../helpers/users';

vi.mock('next/headers', async () => (await import('../helpers/session')).nextHeadersMock);
vi.mock('next/cache', async () => (await import('../helpers/session')).nextCacheMock);

async function signIn(email: string, password: string, forwardedFor = '203.0.113.1') {
  const { POST } = await import('@/app/api/auth/sign-in/route');
  return POST(
    new Request('http://127.0.0.1/api/auth/sign-in', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': forwardedFor },
      body: JSON.stringify({ email, password }),
    }),
  );
}

const statuses = (responses: Response[]) => responses.map((r) => r.status).sort();
const count = (responses: Response[], status: number) => responses.filter((r) => r.status === status).length;

// Behind one proxy unless a test says otherwise: the last X-Forwarded-For entry is the client.
beforeEach(() => {
  process.env.TRUST_PROXY = '1';
  cookieJar.clear();
});
afterEach(() => {
  delete process.env.TRUST_PROXY;
});

describe('passwords', () => {
  it('are hashed with scrypt at the injected cost, salted, and verified with the parameters stored in the hash', async () => {
    const configured = passwordHashCost();
    onTestFinished(() => setPasswordHashCost(configured));
    setPasswordHashCost(10);
    const cheap = await hashPassword('a long enough password');
    expect(cheap).toMatch(/^scrypt\$1024\$8\$1\$/);
    expect(await hashPassword('a long enough password')).not.toBe(cheap);
    setPasswordHashCost(17);
    const full = await hashPassword('a long enough password');
    expect(full).toMatch(/^scrypt\$131072\$8\$1\$/);
    setPasswordHashCost(10);
    // Either hash verifies whatever the current cost is.
    expect(await verifyPassword('a long enough password', full)).toBe(true);
    expect(await verifyPassword('a long enough password', cheap)).toBe(true);
    expect(await verifyPassword('a long enough passworD', full)).toBe(false);
    expect(await verifyPassword('x', 'not-a-hash')).toBe(false);
    // A tampered hash asking for N=2^30 (128 GiB) is refused, not attempted.
    expect(await verifyPassword('x', full.replace('131072', String(2 ** 30)))).toBe(false);
  });

  it('runs at most a bounded number of hashes; beyond the queue it refuses at once', async () => {
    const total = MAX_HASHES_IN_FLIGHT + MAX_HASHES_WAITING + 3;
    const results = await Promise.allSettled(Array.from({ length: total }, (_, i) => hashPassword(`password number ${i}`)));
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(MAX_HASHES_IN_FLIGHT + MAX_HASHES_WAITING);
    const refused = results.filter((r) => r.status === 'rejected');
    expect(refused).toHaveLength(3);
    expect(refused.every((r) => r.reason instanceof PasswordHasherBusyError)).toBe(true);
    // The slots are all given back.
    expect(await hashPassword('after the burst')).toMatch(/^scrypt\$/);
  });
});

describe('sign-in', () => {
  it('sets a sealed HttpOnly session for the right password and names no account on failure', async () => {
    const user = await makeUser('editor');
    expect((await signIn(user.email, 'wrong password', '203.0.113.10')).status).toBe(401);
    expect((await (await signIn('nobody@atlas.test', 'wrong password', '203.0.113.10')).json()).error).toBe('Wrong email or password.');
    const ok = await signIn(user.email.toUpperCase(), KNOWN_PASSWORD, '203.0.113.10');
    expect(ok.status).toBe(200);
    expect(cookieJar.get('atlas_session')?.value).toMatch(/^Fe26\.2\*/);
    const { getCurrentUser } = await import('@/lib/auth/session');
    expect(await getCurrentUser()).toMatchObject({ id: user.id, role: 'editor' });
  });

  it('slows failures per account and address, without locking the owner out from another address', async () => {
    const user = await makeUser('editor');
    for (let i = 0; i < ACCOUNT_CLIENT.free; i++) {
      expect((await signIn(user.email, `guess ${i}`, '198.51.100.7')).status).toBe(401);
    }
    const limited = await signIn(user.email, KNOWN_PASSWORD, '198.51.100.7');
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await limited.json()).error).toMatch(/Too many failed sign-ins for this account from your address\. Try again in \d+ seconds?/);
    // The old limit locked the account for everyone; the owner elsewhere still gets in.
    expect((await signIn(user.email, KNOWN_PASSWORD, '198.51.100.8')).status).toBe(200);
  });

  it('limits failures per client address across accounts, keyed on the trusted hop, not the spoofable first entry', async () => {
    for (let i = 0; i < CLIENT.free; i++) {
      expect((await signIn(`someone-${i}@atlas.test`, 'guess', `10.9.${i}.1, 192.0.2.77`)).status).toBe(401);
    }
    const user = await makeUser('editor');
    const limited = await signIn(user.email, KNOWN_PASSWORD, '10.0.0.1, 192.0.2.77');
    expect(limited.status).toBe(429);
    expect((await limited.json()).error).toMatch(/from your network/);
    expect((await signIn(user.email, KNOWN_PASSWORD, '192.0.2.78')).status).toBe(200);
  });

  it('holds under 30 parallel guesses with spoofed X-Forwarded-For (no trusted proxy): only the free allowance reaches the hasher', async () => {
    delete process.env.TRUST_PROXY;
    const user = await makeUser('editor');
    // The owner signed in from this browser before: it carries a known-device cookie.
    expect((await signIn(user.email, KNOWN_PASSWORD, '203.0.113.5')).status).toBe(200);
    const device = cookieJar.get(DEVICE_COOKIE)!;
    expect(device).toBeDefined();
    cookieJar.clear();
    const attack = await Promise.all(Array.from({ length: 30 }, (_, i) => signIn(user.email, `guess ${i}`, `198.18.${i}.${i + 1}`)));
    expect(count(attack, 401)).toBe(ACCOUNT_CLIENT.free);
    expect(count(attack, 429)).toBe(30 - ACCOUNT_CLIENT.free);
    expect(await db.signInAttempt.count({ where: { email: user.email, succeeded: false } })).toBe(ACCOUNT_CLIENT.free);
    // The owner's own browser has its own bucket (one without the cookie shares the attacker's: documented).
    cookieJar.set(device.name, device);
    expect((await signIn(user.email, KNOWN_PASSWORD, '192.0.2.200')).status).toBe(200);
  });

  it('lets the owner in from a clean address while an attacker hammers the account from another', async () => {
    const user = await makeUser('editor');
    const attack = await Promise.all(Array.from({ length: 30 }, (_, i) => signIn(user.email, `guess ${i}`, '203.0.113.66')));
    expect(statuses(attack)).toEqual([...Array(ACCOUNT_CLIENT.free).fill(401), ...Array(30 - ACCOUNT_CLIENT.free).fill(429)]);
    expect((await signIn(user.email, KNOWN_PASSWORD, '192.0.2.5')).status).toBe(200);
  });

  it('caps guesses spread over many addresses per account; a known device still gets in', async () => {
    const user = await makeUser('editor');
    expect((await signIn(user.email, KNOWN_PASSWORD, '192.0.2.9')).status).toBe(200);
    const device = cookieJar.get(DEVICE_COOKIE)!;
    cookieJar.clear();
    const attack: Response[] = [];
    // Batches of 8 stay within the hasher's queue, so the account cap is what refuses.
    for (let batch = 0; batch < 5; batch++) {
      attack.push(...(await Promise.all(Array.from({ length: 8 }, (_, i) => signIn(user.email, `guess ${batch}-${i}`, `198.19.${batch}.${i}`)))));
    }
    expect(count(attack, 401)).toBe(ACCOUNT.free);
    expect(count(attack, 429)).toBe(40 - ACCOUNT.free);
    cookieJar.set(device.name, device);
    expect((await signIn(user.email, KNOWN_PASSWORD, '198.51.100.99')).status).toBe(200);
  });

  it('refuses an account with an unknown role, even with the right password', async () => {
    const user = await makeUser('reader');
    const response = await signIn(user.email, KNOWN_PASSWORD, '203.0.113.31');
    expect(response.status).toBe(401);
    expect((await response.json()).error).toMatch(/no valid role/);
    expect(cookieJar.get('atlas_session')).toBeUndefined();
    expect(await db.session.count({ where: { userId: user.id } })).toBe(0);
  });

  it('refuses disabled accounts, and disabling ends existing sessions at once', async () => {
    const user = await makeUser('editor');
    await actAs(user);
    const sealed = cookieJar.get('atlas_session')!;
    const { getCurrentUser } = await import('@/lib/auth/session');
    expect(await getCurrentUser()).not.toBeNull();
    const admin = await makeUser('admin');
    await actAs(admin);
    const { updateUser } = await import('@/lib/actions/users/update-user');
    expect(await updateUser({ id: user.id, role: 'editor', disabled: true })).toMatchObject({ ok: true });
    cookieJar.clear();
    cookieJar.set(sealed.name, sealed);
    expect(await getCurrentUser()).toBeNull();
    expect(await db.session.count({ where: { userId: user.id, revokedAt: null } })).toBe(0);
    const response = await signIn(user.email, KNOWN_PASSWORD, '203.0.113.99');
    expect(response.status).toBe(401);
    expect((await response.json()).error).toMatch(/disabled/);
  });

  it('a role change ends the user’s sessions', async () => {
    const user = await makeUser('editor');
    await actAs(user);
    const sealed = cookieJar.get('atlas_session')!;
    const admin = await makeUser('admin');
    await actAs(admin);
    const { updateUser } = await import('@/lib/actions/users/update-user');
    await updateUser({ id: user.id, role: 'admin', disabled: false });
    cookieJar.clear();
    cookieJar.set(sealed.name, sealed);
    const { getCurrentUser } = await import('@/lib/auth/session');
    expect(await getCurrentUser()).toBeNull();
  });
});
