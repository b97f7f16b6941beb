import { describe, expect, it, vi } from 'vitest';
import { db } from '@/lib/db';
import { hashPassword, verifyPassword } from '@/lib/auth/password';
import { MAX_FAILURES_PER_ACCOUNT, MAX_FAILURES_PER_IP } from '@/lib/auth/rate-limit';
import { cookieJar } from '../helpers/session';
import { KNOWN_PASSWORD, actAs, makeUser } from '../helpers/users';

vi.mock('next/headers', async () => (await import('../helpers/session')).nextHeadersMock);
vi.mock('next/cache', async () => (await import('../helpers/session')).nextCacheMock);

async function signIn(email: string, password: string, ip = '203.0.113.1') {
  const { POST } = await import('@/app/api/auth/sign-in/route');
  return POST(
    new Request('http://127.0.0.1/api/auth/sign-in', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': ip },
      body: JSON.stringify({ email, password }),
    }),
  );
}

describe('passwords', () => {
  it('are hashed with scrypt, salted, and verified in constant time', async () => {
    const hash = await hashPassword('a long enough password');
    expect(hash).toMatch(/^scrypt\$131072\$8\$1\$/);
    expect(await hashPassword('a long enough password')).not.toBe(hash);
    expect(await verifyPassword('a long enough password', hash)).toBe(true);
    expect(await verifyPassword('a long enough passworD', hash)).toBe(false);
    expect(await verifyPassword('x', 'not-a-hash')).toBe(false);
  });
});

describe('sign-in', () => {
  it('sets a sealed HttpOnly session for the right password and names no account on failure', async () => {
    const user = await makeUser('editor');
    cookieJar.clear();
    expect((await signIn(user.email, 'wrong password', '203.0.113.10')).status).toBe(401);
    expect((await (await signIn('nobody@atlas.test', 'wrong password', '203.0.113.10')).json()).error).toBe('Wrong email or password.');
    const ok = await signIn(user.email.toUpperCase(), KNOWN_PASSWORD, '203.0.113.10');
    expect(ok.status).toBe(200);
    expect(cookieJar.get('atlas_session')?.value).toMatch(/^Fe26\.2\*/);
    const { getCurrentUser } = await import('@/lib/auth/session');
    expect(await getCurrentUser()).toMatchObject({ id: user.id, role: 'editor' });
  });

  it('limits failures per account: the next attempt gets 429, even with the right password', async () => {
    const user = await makeUser('editor');
    for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT; i++) {
      expect((await signIn(user.email, `guess ${i}`, `198.51.100.${i}`)).status).toBe(401);
    }
    const limited = await signIn(user.email, KNOWN_PASSWORD, '198.51.100.200');
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await limited.json()).error).toMatch(/Too many failed sign-ins for this account\. Try again in \d+ minutes?/);
  });

  it('limits failures per IP address across accounts', async () => {
    const ip = '192.0.2.77';
    for (let i = 0; i < MAX_FAILURES_PER_IP; i++) {
      expect((await signIn(`someone-${i}@atlas.test`, 'guess', ip)).status).toBe(401);
    }
    const user = await makeUser('editor');
    const limited = await signIn(user.email, KNOWN_PASSWORD, ip);
    expect(limited.status).toBe(429);
    expect((await limited.json()).error).toMatch(/from your network/);
    expect((await signIn(user.email, KNOWN_PASSWORD, '192.0.2.78')).status).toBe(200);
  });

  it('refuses disabled accounts, and disabling ends existing sessions at once', async () => {
    const user = await makeUser('editor');
    await actAs(user);
    const { getCurrentUser } = await import('@/lib/auth/session');
    expect(await getCurrentUser()).not.toBeNull();
    const admin = await makeUser('admin');
    await actAs(admin);
    const { updateUser } = await import('@/lib/actions/users/update-user');
    expect(await updateUser({ id: user.id, role: 'editor', disabled: true })).toMatchObject({ ok: true });
    await actAs(user); // the old cookie (old session version) …
    await db.user.update({ where: { id: user.id }, data: { sessionVersion: 1 } });
    const stale = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(stale.disabledAt).not.toBeNull();
    expect(await getCurrentUser()).toBeNull();
    const response = await signIn(user.email, KNOWN_PASSWORD, '203.0.113.99');
    expect(response.status).toBe(401);
    expect((await response.json()).error).toMatch(/disabled/);
  });

  it('a role change signs the user out (session version bumped)', async () => {
    const user = await makeUser('editor');
    await actAs(user);
    const sealed = cookieJar.get('atlas_session')!;
    const admin = await makeUser('admin');
    await actAs(admin);
    const { updateUser } = await import('@/lib/actions/users/update-user');
    await updateUser({ id: user.id, role: 'admin', disabled: false });
    cookieJar.clear();
    cookieJar.set('atlas_session', sealed);
    const { getCurrentUser } = await import('@/lib/auth/session');
    expect(await getCurrentUser()).toBeNull();
  });
});
