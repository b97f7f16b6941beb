/**
 * Failure modes of docs/scaling.md: when the database cannot take writes (the libSQL
 * primary is unreachable, or the database is read-only), reads go on and a save is
 * refused with a 503 and a message saying nothing was saved — never a bare 500.
 */
import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { db } from '@/lib/db';
import { createPrismaClient } from '@/lib/db-client';
import { DATABASE_UNAVAILABLE_MESSAGE, isDatabaseUnavailable } from '@/lib/db-errors';
import { editorAction } from '@/lib/actions/safe-action';
import { EDITOR_ROLES } from '@/lib/auth/roles';
import { writeRoute } from '@/lib/http/write-route';
import { actAs, makeUser } from '../helpers/users';

vi.mock('next/headers', async () => (await import('../helpers/session')).nextHeadersMock);
vi.mock('next/cache', async () => (await import('../helpers/session')).nextCacheMock);

/** A port nothing listens on: a primary that is down. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

const save = (client: typeof db) => editorAction(z.object({ value: z.string() }), ({ value }) => client.appSecret.create({ data: { name: `unavailable-${value}`, value } }));
const post = (client: typeof db) =>
  writeRoute(EDITOR_ROLES, async () => {
    await client.appSecret.create({ data: { name: 'unavailable-route', value: 'x' } });
    return Response.json({ ok: true });
  });
const request = () => new Request('http://127.0.0.1/api/admin/x', { method: 'POST', body: '{}', headers: { 'content-type': 'application/json' } });

beforeAll(async () => actAs(await makeUser('editor')));

describe('a libSQL primary that cannot be reached', () => {
  let primaryDown: typeof db;
  beforeAll(async () => {
    primaryDown = createPrismaClient(`http://127.0.0.1:${await closedPort()}`);
  });
  afterAll(() => primaryDown.$disconnect());

  it('a server action answers 503 with "nothing was saved", not a 500', async () => {
    const result = await save(primaryDown)({ value: 'a' });
    expect(result).toEqual({ ok: false, status: 503, error: DATABASE_UNAVAILABLE_MESSAGE });
  });

  it('a write route answers 503 with Retry-After and the same message', async () => {
    const response = await post(primaryDown)(request());
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBe('60');
    expect(await response.json()).toEqual({ error: DATABASE_UNAVAILABLE_MESSAGE });
  });
});

describe('a database that refuses writes (read-only, as a replica cut off from its primary)', () => {
  let readOnly: typeof db;
  beforeAll(async () => {
    const { databaseUrl } = (await import('@/lib/env')).env;
    readOnly = createPrismaClient(databaseUrl);
    // One connection per client on both drivers (lib/db-client.ts): the PRAGMA holds for every query below.
    await readOnly.$executeRawUnsafe('PRAGMA query_only = ON');
  });
  afterAll(() => readOnly.$disconnect());

  it('reads go on', async () => {
    expect(await readOnly.place.count()).toBeGreaterThan(0);
  });

  it('a save is refused with 503 and nothing is written', async () => {
    expect(await save(readOnly)({ value: 'b' })).toMatchObject({ ok: false, status: 503 });
    expect((await post(readOnly)(request())).status).toBe(503);
    expect(await db.appSecret.count({ where: { name: { startsWith: 'unavailable-' } } })).toBe(0);
  });
});

describe('what counts as "cannot write now"', () => {
  it('a bug (a constraint, a missing record, a plain Error) still is a 500', async () => {
    const duplicate = await db.appSecret.create({ data: { name: 'unavailable-dup', value: 'x' } });
    const error = await db.appSecret.create({ data: { name: duplicate.name, value: 'y' } }).catch((e: unknown) => e);
    expect(isDatabaseUnavailable(error)).toBe(false);
    expect(isDatabaseUnavailable(new Error('boom'))).toBe(false);
    expect(await save(db)({ value: 'dup' }).then(() => save(db)({ value: 'dup' }))).toMatchObject({ ok: false, status: 500 });
    await db.appSecret.deleteMany({ where: { name: { startsWith: 'unavailable-' } } });
  });
});
