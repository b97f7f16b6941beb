import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '@/lib/db';
import { SESSION_ABSOLUTE_MS, SESSION_IDLE_MS } from '@/lib/auth/session-store';
import { cookieJar } from '../helpers/session';
import { actAs, makeUser } from '../helpers/users';

vi.mock('next/headers', async () => (await import('../helpers/session')).nextHeadersMock);
vi.mock('next/cache', async () => (await import('../helpers/session')).nextCacheMock);

const { getCurrentUser, currentSessionToken } = await import('@/lib/auth/session');

/** Puts a previously captured session cookie back, as a copied cookie would be replayed. */
function replay(cookie: { name: string; value: string }) {
  cookieJar.clear();
  cookieJar.set(cookie.name, cookie);
}

async function signedIn() {
  const user = await makeUser('editor');
  await actAs(user);
  const cookie = cookieJar.get('atlas_session')!;
  expect(cookie.value).toMatch(/^Fe26\.2\*/);
  return { user, cookie };
}

beforeEach(() => cookieJar.clear());
afterEach(() => vi.useRealTimers());

describe('server-side sessions', () => {
  it('sign-out revokes the session: the same cookie replayed afterwards is refused', async () => {
    const { user, cookie } = await signedIn();
    expect(await getCurrentUser()).toMatchObject({ id: user.id });
    const { POST } = await import('@/app/api/auth/sign-out/route');
    expect((await POST(new Request('http://127.0.0.1/api/auth/sign-out', { method: 'POST' }))).status).toBe(200);
    expect(cookieJar.get('atlas_session')).toBeUndefined();
    replay(cookie);
    expect(await getCurrentUser()).toBeNull();
    expect(await db.session.count({ where: { userId: user.id, revokedAt: null } })).toBe(0);
  });

  it('stores only a hash of the token, never the cookie’s secret', async () => {
    const { user } = await signedIn();
    const token = (await currentSessionToken())!;
    const rows = await db.session.findMany({ where: { userId: user.id } });
    expect(rows).toHaveLength(1);
    expect(rows[0]!.id).toMatch(/^[0-9a-f]{64}$/);
    expect(rows[0]!.id).not.toContain(token);
  });

  it('expires after 2 h idle; activity keeps it alive, touching lastSeenAt at most once a minute', async () => {
    const start = new Date('2030-01-01T08:00:00Z');
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(start);
    const { user, cookie } = await signedIn();
    const at = (ms: number) => vi.setSystemTime(new Date(start.getTime() + ms));
    at(30 * 1000);
    expect(await getCurrentUser()).not.toBeNull();
    const lastSeen = async () => (await db.session.findFirstOrThrow({ where: { userId: user.id } })).lastSeenAt.getTime();
    expect(await lastSeen()).toBe(start.getTime()); // within the minute: no write
    at(SESSION_IDLE_MS - 60 * 1000);
    expect(await getCurrentUser()).not.toBeNull();
    expect(await lastSeen()).toBe(start.getTime() + SESSION_IDLE_MS - 60 * 1000);
    at(2 * SESSION_IDLE_MS - 2 * 60 * 1000); // 1 h 59 after the last request: still alive
    replay(cookie);
    expect(await getCurrentUser()).not.toBeNull();
    at(3 * SESSION_IDLE_MS); // over 2 h since the last request
    expect(await getCurrentUser()).toBeNull();
  });

  it('expires 12 h after sign-in however active it is', async () => {
    const start = new Date('2030-01-02T08:00:00Z');
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(start);
    await signedIn();
    for (let hour = 1; hour < 12; hour++) {
      vi.setSystemTime(new Date(start.getTime() + hour * 60 * 60 * 1000));
      expect(await getCurrentUser()).not.toBeNull();
    }
    vi.setSystemTime(new Date(start.getTime() + SESSION_ABSOLUTE_MS + 1000));
    expect(await getCurrentUser()).toBeNull();
  });

  it('a password change ends the user’s other sessions and keeps the current one', async () => {
    const { user, cookie: laptop } = await signedIn();
    await actAs(user);
    const phone = cookieJar.get('atlas_session')!;
    replay(laptop);
    const { hashPassword } = await import('@/lib/auth/password');
    const { setPasswordHash } = await import('@/lib/users/write');
    await setPasswordHash(db, user.id, await hashPassword('a brand new password'), await currentSessionToken());
    expect(await getCurrentUser()).toMatchObject({ id: user.id });
    replay(phone);
    expect(await getCurrentUser()).toBeNull();
  });

  it('disabling ends every session of the user', async () => {
    const { user, cookie: first } = await signedIn();
    await actAs(user);
    const second = cookieJar.get('atlas_session')!;
    const admin = await makeUser('admin');
    await actAs(admin);
    const { updateUser } = await import('@/lib/actions/users/update-user');
    expect(await updateUser({ id: user.id, role: 'editor', disabled: true })).toMatchObject({ ok: true });
    for (const cookie of [first, second]) {
      replay(cookie);
      expect(await getCurrentUser()).toBeNull();
    }
    await actAs(admin);
    expect(await getCurrentUser()).toMatchObject({ id: admin.id });
  });
});
