/**
 * Every write path refuses anyone who is not a signed-in editor/admin — enumerated
 * from the code, so a new server action or write route is covered automatically:
 * - every module whose first statement is 'use server' (all its exported functions),
 * - every app/**\/route.ts exporting POST, PUT, PATCH or DELETE.
 * Each is called as anonymous, as a disabled editor and as a user with no write role;
 * each must refuse (401/403) and leave the database exactly as it was.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ROOT } from '../helpers/paths';
import { appSourceFiles } from '../helpers/source-files';
import { snapshotDatabase } from '../helpers/snapshot';
import { actAs, makeUser } from '../helpers/users';

vi.mock('next/headers', async () => (await import('../helpers/session')).nextHeadersMock);
vi.mock('next/cache', async () => (await import('../helpers/session')).nextCacheMock);

const files = appSourceFiles();
const isServerModule = (file: string) => /^\s*(?:\/\/[^\n]*\n|\/\*[\s\S]*?\*\/\s*)*\s*['"]use server['"]/.test(readFileSync(file, 'utf8'));
const serverActionFiles = files.filter(isServerModule);
const WRITE_METHODS = ['POST', 'PUT', 'PATCH', 'DELETE'] as const;
const routeFiles = files.filter((f) => /[/\\]route\.tsx?$/.test(f) && /export\s+(const|async function|function)\s+(POST|PUT|PATCH|DELETE)\b/.test(readFileSync(f, 'utf8')));

/** Write routes that anyone may call by design, with what they may touch. */
const PUBLIC_WRITE_ROUTES: Record<string, string[]> = {
  'app/api/auth/sign-in/route.ts': ['SignInAttempt', 'SignInThrottle'], // logs the attempt and counts it in the throttles
  'app/api/auth/sign-out/route.ts': ['Session'], // revokes the caller's own session, whoever they are
};

/**
 * Server actions anyone may call by design. Fed the hostile payload below they must
 * refuse it and change nothing; tests/db/suggestions.test.ts covers what they accept.
 */
const PUBLIC_SERVER_ACTIONS = ['lib/actions/suggestions/submit-suggestion.ts'];

const rel = (file: string) => path.relative(ROOT, file).split(path.sep).join('/');
const dbFile = () => process.env.DATABASE_URL!.replace(/^file:/, '');

function withoutTables(snapshot: Record<string, unknown[]>, tables: string[]) {
  return Object.fromEntries(Object.entries(snapshot).filter(([table]) => !tables.includes(table) && table !== 'AppSecret'));
}

type Caller = { label: string; login: () => Promise<void> };
const callers: Caller[] = [
  { label: 'anonymous', login: () => actAs(null) },
  { label: 'disabled editor', login: async () => actAs(await makeUser('editor', { disabled: true })) },
  { label: 'user without a write role', login: async () => actAs(await makeUser('reader')) },
];

beforeAll(async () => {
  // Create the users first so the snapshots compared below already contain them.
  for (const caller of callers) await caller.login();
});

afterAll(() => actAs(null));

describe('write paths found in the code', () => {
  it('finds the server actions and write routes (the enumeration itself works)', () => {
    expect(serverActionFiles.length).toBeGreaterThanOrEqual(15);
    expect(serverActionFiles.map(rel)).toContain('lib/actions/pairings/create-pairing.ts');
    expect(routeFiles.map(rel)).toContain('app/api/admin/import/route.ts');
    for (const route of Object.keys(PUBLIC_WRITE_ROUTES)) expect(routeFiles.map(rel)).toContain(route);
    for (const action of PUBLIC_SERVER_ACTIONS) expect(serverActionFiles.map(rel)).toContain(action);
  });
});

describe.each(serverActionFiles.filter((f) => PUBLIC_SERVER_ACTIONS.includes(rel(f))).map((file) => [rel(file), file] as const))('public server action module %s', (_name, file) => {
  it('refuses a payload that is not its form, from anyone, and changes nothing', async () => {
    const loaded = (await import(file)) as Record<string, unknown>;
    const actions = Object.values(loaded).filter((value) => typeof value === 'function') as ((...args: unknown[]) => Promise<unknown>)[];
    expect(actions.length).toBeGreaterThan(0);
    for (const caller of callers) {
      await caller.login();
      const before = snapshotDatabase(dbFile());
      for (const action of actions) expect(await action({ status: 'idle' }, { id: 1, version: 1, entityType: 'pairing' })).toMatchObject({ ok: false });
      expect(withoutTables(snapshotDatabase(dbFile()), [])).toEqual(withoutTables(before, []));
    }
  });
});

describe.each(serverActionFiles.filter((f) => !PUBLIC_SERVER_ACTIONS.includes(rel(f))).map((file) => [rel(file), file] as const))('server action module %s', (_name, file) => {
  it('every exported action refuses anonymous, disabled and non-editor users and changes nothing', async () => {
    const loaded = (await import(file)) as Record<string, unknown>;
    const actions = Object.entries(loaded).filter(([, value]) => typeof value === 'function') as [string, (input: unknown) => Promise<unknown>][];
    expect(actions.length).toBeGreaterThan(0);
    for (const caller of callers) {
      await caller.login();
      const before = snapshotDatabase(dbFile());
      for (const [name, action] of actions) {
        // A payload that would pass many schemas' shape checks: authorization must come first anyway.
        const result = (await action({ id: 1, version: 1, entityType: 'pairing', eventId: 1, email: 'x@y.z', role: 'admin', disabled: true })) as {
          ok: boolean;
          status: number;
        };
        expect(result, `${name} as ${caller.label}`).toMatchObject({ ok: false });
        expect([401, 403], `${name} as ${caller.label}`).toContain(result.status);
      }
      expect(withoutTables(snapshotDatabase(dbFile()), [])).toEqual(withoutTables(before, []));
    }
  });
});

describe.each(routeFiles.map((file) => [rel(file), file] as const))('route %s', (name, file) => {
  it('every write method refuses anonymous, disabled and non-editor users and changes nothing', async () => {
    const loaded = (await import(file)) as Record<string, unknown>;
    const methods = WRITE_METHODS.filter((m) => typeof loaded[m] === 'function');
    expect(methods.length).toBeGreaterThan(0);
    const allowed = PUBLIC_WRITE_ROUTES[name];
    for (const caller of callers) {
      await caller.login();
      const before = snapshotDatabase(dbFile());
      for (const method of methods) {
        const handler = loaded[method] as (request: Request) => Promise<Response>;
        const request = new Request(`http://127.0.0.1/${name}?mode=commit`, {
          method,
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ email: 'nobody@atlas.test', password: 'wrong password' }),
        });
        const response = await handler(request);
        if (allowed) expect(response.status, `${method} ${name} as ${caller.label}`).toBeLessThan(500);
        // A catch-all route answers "no such endpoint" to everyone, which is a refusal too.
        else if (name.includes('[...')) expect([401, 403, 404, 405], `${method} ${name} as ${caller.label}`).toContain(response.status);
        else expect([401, 403], `${method} ${name} as ${caller.label}`).toContain(response.status);
      }
      const ignore = allowed ?? [];
      expect(withoutTables(snapshotDatabase(dbFile()), ignore)).toEqual(withoutTables(before, ignore));
    }
  });
});

const adminOnlyFiles = serverActionFiles.filter((file) => /\badminAction\s*\(/.test(readFileSync(file, 'utf8')));

describe('admin-only actions (built with adminAction)', () => {
  it('exist: user management (reverts are open to editors for their own changes)', () => {
    expect(adminOnlyFiles.map(rel)).toEqual(
      expect.arrayContaining(['lib/actions/users/create-user.ts', 'lib/actions/users/update-user.ts', 'lib/actions/users/reset-password.ts']),
    );
    expect(adminOnlyFiles.map(rel)).not.toContain('lib/actions/audit/revert-change.ts');
  });

  it.each(adminOnlyFiles.map((file) => [rel(file), file] as const))('%s refuses an editor with 403 and changes nothing', async (_name, file) => {
    await actAs(await makeUser('editor'));
    const before = snapshotDatabase(dbFile());
    const loaded = (await import(file)) as Record<string, (input: unknown) => Promise<{ ok: boolean; status: number }>>;
    for (const action of Object.values(loaded).filter((v) => typeof v === 'function')) {
      expect(await action({ id: 1, eventId: 1, email: 'new@atlas.test', name: 'New', role: 'admin', password: 'long enough password', disabled: false })).toMatchObject({
        ok: false,
        status: 403,
      });
    }
    expect(snapshotDatabase(dbFile())).toEqual(before);
  });
});
