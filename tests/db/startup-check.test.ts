import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdtempSync, openSync, writeFileSync, closeSync, writeSync, readFileSync, rmSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { checkDatabaseFile, checkStartup } from '@/lib/startup-check';
import { BASE_DB, ROOT, SEEDED_DB } from '../helpers/paths';

const dir = mkdtempSync(path.join(tmpdir(), 'atlas-startup-'));
chmodSync(dir, 0o755); // the read-only case runs the check as an unprivileged user
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const MIGRATIONS = path.join(ROOT, 'prisma/migrations');
let n = 0;
const copyOf = (source = SEEDED_DB) => {
  const file = path.join(dir, `db-${n++}.db`);
  copyFileSync(source, file);
  return file;
};
const check = (file: string, lockTimeoutMs = 200) => () => checkDatabaseFile(file, { migrationsDir: MIGRATIONS, lockTimeoutMs });

describe('startup check of the database file', () => {
  it('passes on a migrated, seeded database', () => {
    expect(check(copyOf())).not.toThrow();
  });

  it('refuses a missing file, and does not create one', () => {
    const file = path.join(dir, 'missing.db');
    expect(check(file)).toThrow(/missing\.db does not exist \(DATABASE_URL\).*npm run db:setup/);
    expect(() => readFileSync(file)).toThrow();
  });

  it('refuses an empty, truncated or garbage file', () => {
    const empty = path.join(dir, 'empty.db');
    writeFileSync(empty, '');
    expect(check(empty)).toThrow(/is not a SQLite database/);
    const garbage = path.join(dir, 'garbage.db');
    writeFileSync(garbage, 'x'.repeat(8192));
    expect(check(garbage)).toThrow(/is not a SQLite database/);
    const truncated = copyOf();
    writeFileSync(truncated, readFileSync(truncated).subarray(0, 100));
    expect(check(truncated)).toThrow(/is not a SQLite database/);
  });

  it('refuses a file whose pages are damaged (header intact)', () => {
    const file = copyOf();
    const size = readFileSync(file).length;
    const fd = openSync(file, 'r+');
    // Overwrite everything after the first page: the schema is readable, the tables are not.
    writeSync(fd, Buffer.alloc(size - 4096, 0xa5), 0, size - 4096, 4096);
    closeSync(fd);
    expect(check(file)).toThrow(/is corrupt/);
  });

  it('refuses a database another process keeps locked', () => {
    const file = copyOf();
    const other = new Database(file);
    other.pragma('journal_mode = WAL');
    other.prepare('BEGIN IMMEDIATE').run();
    try {
      expect(check(file)).toThrow(/is locked by another process \(waited 200 ms\)/);
    } finally {
      other.prepare('ROLLBACK').run();
      other.close();
    }
    expect(check(file)).not.toThrow();
  });

  it('refuses a database without migrations, or missing the latest one', () => {
    const blank = path.join(dir, 'blank.db');
    const sqlite = new Database(blank);
    sqlite.exec('CREATE TABLE t (x); INSERT INTO t VALUES (1);');
    sqlite.close();
    expect(check(blank)).toThrow(/is not migrated \(no _prisma_migrations table\).*npm run db:migrate/);
    const behind = copyOf(BASE_DB);
    const db = new Database(behind);
    db.prepare("DELETE FROM _prisma_migrations WHERE migration_name = '20261124183000_agreement_search'").run();
    db.close();
    expect(check(behind)).toThrow(/is missing 1 migration\(s\) \(20261124183000_agreement_search\)/);
  });

  it('refuses a read-only database file or folder', () => {
    const folder = path.join(dir, 'ro');
    mkdirSync(folder);
    const file = path.join(folder, 'atlas.db');
    copyFileSync(SEEDED_DB, file);
    chmodSync(file, 0o444);
    chmodSync(folder, 0o555);
    try {
      // root ignores file modes: run the check as an unprivileged user then.
      const script = `import('${path.join(ROOT, 'lib/startup-check.ts')}').then((m) => m.checkDatabaseFile(${JSON.stringify(file)}, { migrationsDir: ${JSON.stringify(MIGRATIONS)} }))`;
      const asRoot = process.getuid?.() === 0;
      const child = spawnSync(process.execPath, ['--import', 'tsx', '-e', script], {
        cwd: ROOT,
        encoding: 'utf8',
        env: { ...process.env, TSX_TSCONFIG_PATH: path.join(ROOT, 'tsconfig.json'), HOME: dir },
        ...(asRoot ? { uid: 65534, gid: 65534 } : {}),
      });
      expect(child.status).not.toBe(0);
      expect(child.stderr).toMatch(/atlas\.db or its folder is read-only/);
    } finally {
      chmodSync(folder, 0o755);
      chmodSync(file, 0o644);
    }
  });
});

describe('startup check of the environment', () => {
  const base = { DATABASE_URL: `file:${SEEDED_DB}` };

  it('requires SESSION_SECRET in production, naming the variable', () => {
    expect(() => checkStartup({ ...base, NODE_ENV: 'production' }, ROOT)).toThrow(/SESSION_SECRET: is required in production/);
    expect(() => checkStartup({ ...base, NODE_ENV: 'production', SESSION_SECRET: 'short' }, ROOT)).toThrow(/SESSION_SECRET: must be at least 32 characters/);
    expect(() => checkStartup({ ...base, NODE_ENV: 'production', SESSION_SECRET: 's'.repeat(32) }, ROOT)).not.toThrow();
  });

  it('allows the database-kept secret in development', () => {
    expect(() => checkStartup({ ...base, NODE_ENV: 'development' }, ROOT)).not.toThrow();
  });

  it('names every invalid variable', () => {
    expect(() => checkStartup({ ...base, PORT: 'eighty', SITE_URL: 'javascript:alert(1)' }, ROOT)).toThrow(/PORT:[\s\S]*SITE_URL:/);
  });

  it('resolves a relative DATABASE_URL against the project root', () => {
    expect(() => checkStartup({ DATABASE_URL: 'file:./tests/.tmp/no-such.db' }, ROOT)).toThrow(
      new RegExp(`${path.join(ROOT, 'tests/.tmp/no-such.db').replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')} does not exist`),
    );
  });
});
