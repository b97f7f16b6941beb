import { describe, expect, it } from 'vitest';
import { connectionPragmas, CONNECTION_PRAGMAS } from '@/lib/db-client';
import { EnvError, parseEnv } from '@/lib/env';

const ROOT = '/srv/atlas';
const database = (vars: Record<string, string | undefined>) => parseEnv({ NODE_ENV: 'test', ...vars }, ROOT).database;
/** The EnvError's variables and message for `vars` (fails the test when parsing succeeds). */
const refusal = (vars: Record<string, string | undefined>) => {
  try {
    parseEnv({ NODE_ENV: 'test', ...vars }, ROOT);
  } catch (error) {
    expect(error).toBeInstanceOf(EnvError);
    return { variables: (error as EnvError).variables, message: (error as EnvError).message };
  }
  throw new Error('parseEnv accepted the configuration');
};

describe('database driver from the environment', () => {
  it('defaults to better-sqlite3 on prisma/dev.db under the project root', () => {
    expect(database({})).toMatchObject({ driver: 'better-sqlite3', url: 'file:/srv/atlas/prisma/dev.db', file: '/srv/atlas/prisma/dev.db', remote: false });
  });

  it('takes libsql for a local file when DATABASE_DRIVER says so', () => {
    expect(database({ DATABASE_DRIVER: 'libsql', DATABASE_URL: 'file:./data/atlas.db' })).toMatchObject({
      driver: 'libsql',
      url: 'file:/srv/atlas/data/atlas.db',
      remote: false,
    });
  });

  it.each(['libsql://atlas-org.turso.io', 'https://db.example.org', 'http://127.0.0.1:8080', 'wss://db.example.org'])(
    'a server URL (%s) implies libsql and is kept as given, with its token',
    (url) => {
      expect(database({ DATABASE_URL: url, DATABASE_AUTH_TOKEN: 'token' })).toEqual({
        driver: 'libsql',
        url,
        remote: true,
        file: null,
        authToken: 'token',
        syncUrl: undefined,
        syncIntervalSeconds: undefined,
      });
    },
  );

  it('an embedded replica: a local file that syncs from the primary (implies libsql)', () => {
    expect(
      database({ DATABASE_URL: 'file:./replica.db', DATABASE_SYNC_URL: 'libsql://primary.example.org', DATABASE_SYNC_INTERVAL: '15', DATABASE_AUTH_TOKEN: 't' }),
    ).toMatchObject({ driver: 'libsql', file: '/srv/atlas/replica.db', remote: false, syncUrl: 'libsql://primary.example.org', syncIntervalSeconds: 15 });
  });

  it.each([
    [{ DATABASE_DRIVER: 'postgres' }, 'DATABASE_DRIVER', /must be one of better-sqlite3, libsql \(got "postgres"\)/],
    [{ DATABASE_DRIVER: 'better-sqlite3', DATABASE_URL: 'libsql://atlas.turso.io' }, 'DATABASE_DRIVER', /opens local files only.*DATABASE_DRIVER=libsql/],
    [{ DATABASE_AUTH_TOKEN: 'token' }, 'DATABASE_AUTH_TOKEN', /only used by the libsql driver/],
    [{ DATABASE_DRIVER: 'better-sqlite3', DATABASE_SYNC_URL: 'libsql://p.example.org' }, 'DATABASE_DRIVER', /embedded replica.*needs DATABASE_DRIVER=libsql/],
    [{ DATABASE_URL: 'postgres://localhost/atlas' }, 'DATABASE_URL', /SQLite file .* or a libSQL server URL.*not postgres:/],
    [{ DATABASE_SYNC_URL: 'file:./primary.db' }, 'DATABASE_SYNC_URL', /must be the primary's libSQL URL/],
    [{ DATABASE_URL: 'libsql://a.example.org', DATABASE_SYNC_URL: 'libsql://b.example.org' }, 'DATABASE_SYNC_URL', /needs a local replica file in DATABASE_URL/],
    [{ DATABASE_SYNC_URL: 'libsql://p.example.org', DATABASE_SYNC_INTERVAL: 'soon' }, 'DATABASE_SYNC_INTERVAL', /positive number of seconds, got "soon"/],
    [{ DATABASE_SYNC_INTERVAL: '10' }, 'DATABASE_SYNC_INTERVAL', /set DATABASE_SYNC_URL too/],
  ] as const)('refuses %o with a message naming %s', (vars, variable, message) => {
    const { variables, message: text } = refusal(vars);
    expect(variables).toEqual([variable]);
    expect(text).toContain(`${variable}: `);
    expect(text).toMatch(message);
  });

  it('reports database problems together with the other bad variables', () => {
    expect(refusal({ DATABASE_DRIVER: 'mysql', PORT: 'eighty' }).variables.sort()).toEqual(['DATABASE_DRIVER', 'PORT']);
  });
});

describe('connection PRAGMAs per configuration', () => {
  it('a local file gets WAL, synchronous=NORMAL, foreign keys and the busy timeout on either driver', () => {
    expect(connectionPragmas({ remote: false })).toEqual(CONNECTION_PRAGMAS);
    expect(CONNECTION_PRAGMAS).toEqual(expect.arrayContaining(['journal_mode = WAL', 'synchronous = NORMAL', 'foreign_keys = ON']));
  });

  it('a libSQL server gets none (its file, its settings); an embedded replica only foreign keys', () => {
    expect(connectionPragmas({ remote: true })).toEqual([]);
    expect(connectionPragmas({ remote: false, syncUrl: 'libsql://p.example.org' })).toEqual(['foreign_keys = ON']);
  });
});
