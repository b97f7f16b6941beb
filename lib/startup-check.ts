/**
 * Refuses to start on a database the app cannot serve from (docs/reliability.md,
 * "Startup checks"): missing, not a SQLite file, corrupt, read-only, locked by another
 * process or not migrated; and on an invalid environment (lib/env.ts). Each problem
 * is one line naming the file or variable and what to do. Run once by instrumentation.ts.
 * On a libSQL server the same questions are asked over the network (checkDatabaseServer).
 */
import { accessSync, closeSync, constants, existsSync, openSync, readdirSync, readSync, statSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { DatabaseConfig } from './database-url.mjs';
import { BUSY_TIMEOUT_MS } from './db-client';
import { EnvError, parseEnv } from './env';

export class StartupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StartupError';
  }
}

const SQLITE_HEADER = 'SQLite format 3\0';

/** Names of the migrations in `dir` (prisma/migrations), or null where it is not shipped. */
function migrationNames(dir: string): string[] | null {
  if (!existsSync(dir)) return null;
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(path.join(dir, entry.name, 'migration.sql')))
    .map((entry) => entry.name)
    .sort();
}

function readHeader(file: string): string {
  const fd = openSync(file, 'r');
  try {
    const buffer = Buffer.alloc(16);
    const read = readSync(fd, buffer, 0, 16, 0);
    return buffer.subarray(0, read).toString('latin1');
  } finally {
    closeSync(fd);
  }
}

export type DatabaseCheckOptions = {
  /** prisma/migrations: every migration in it must be applied. */
  migrationsDir?: string;
  /** How long to wait for another process's write lock. */
  lockTimeoutMs?: number;
};

/** Throws StartupError describing the first problem with the SQLite file at `file`. */
export function checkDatabaseFile(file: string, options: DatabaseCheckOptions = {}): void {
  const { migrationsDir = path.join(process.cwd(), 'prisma/migrations'), lockTimeoutMs = BUSY_TIMEOUT_MS } = options;
  const fix = 'Set DATABASE_URL to the atlas database, or create it with `npm run db:setup`.';
  if (!existsSync(file)) throw new StartupError(`Database file ${file} does not exist (DATABASE_URL). ${fix}`);
  if (!statSync(file).isFile()) throw new StartupError(`Database path ${file} is not a file (DATABASE_URL). ${fix}`);
  if (statSync(file).size < 512 || readHeader(file) !== SQLITE_HEADER) {
    throw new StartupError(`Database file ${file} is not a SQLite database (empty, truncated or overwritten). Restore a backup: npm run db:restore -- FILE.`);
  }
  try {
    accessSync(file, constants.R_OK | constants.W_OK);
    // WAL mode creates -wal and -shm files next to the database.
    accessSync(path.dirname(file), constants.W_OK);
  } catch {
    throw new StartupError(`Database file ${file} or its folder is read-only; the app needs to write both (the folder holds the -wal and -shm files).`);
  }

  let sqlite: Database.Database;
  try {
    sqlite = new Database(file, { fileMustExist: true, timeout: lockTimeoutMs });
  } catch (error) {
    throw new StartupError(`Database file ${file} cannot be opened: ${(error as Error).message}.`);
  }
  try {
    try {
      sqlite.pragma('journal_mode = WAL');
      // Takes the write lock and gives it back: fails if another process holds it.
      sqlite.prepare('BEGIN IMMEDIATE').run();
      sqlite.prepare('ROLLBACK').run();
    } catch (error) {
      const code = (error as { code?: string }).code ?? '';
      if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) {
        throw new StartupError(`Database file ${file} is locked by another process (waited ${lockTimeoutMs} ms). Stop the other writer (a restore, a second server) and start again.`);
      }
      if (code.startsWith('SQLITE_READONLY')) throw new StartupError(`Database file ${file} is read-only (${code}).`);
      throw new StartupError(`Database file ${file} is corrupt: ${(error as Error).message}. Restore a backup: npm run db:restore -- FILE.`);
    }
    let problems: string[];
    try {
      problems = (sqlite.pragma('quick_check', { simple: false }) as { quick_check: string }[]).map((row) => row.quick_check);
    } catch (error) {
      problems = [(error as Error).message];
    }
    if (problems.length !== 1 || problems[0] !== 'ok') {
      throw new StartupError(`Database file ${file} is corrupt (PRAGMA quick_check: ${problems.slice(0, 3).join('; ')}). Restore a backup: npm run db:restore -- FILE.`);
    }
    checkMigrated(sqlite, file, migrationsDir);
  } finally {
    sqlite.close();
  }
}

function checkMigrated(sqlite: Database.Database, file: string, migrationsDir: string) {
  const hasTable = sqlite.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '_prisma_migrations'").get();
  if (!hasTable) throw new StartupError(`Database file ${file} is not migrated (no _prisma_migrations table). Run \`npm run db:migrate\`.`);
  const applied = new Set(
    (sqlite.prepare('SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL').all() as { migration_name: string }[]).map(
      (row) => row.migration_name,
    ),
  );
  const expected = migrationNames(migrationsDir);
  const missing = expected ? expected.filter((name) => !applied.has(name)) : applied.size ? [] : ['(any)'];
  if (missing.length) {
    throw new StartupError(`Database file ${file} is missing ${missing.length} migration(s) (${missing.slice(0, 3).join(', ')}). Run \`npm run db:migrate\`.`);
  }
}

/**
 * The environment and, for a local database file, the file, as at server start.
 * Throws StartupError. A libSQL server or an embedded replica (whose file the first
 * sync writes) is checked over the network by checkDatabaseServer instead.
 */
export function checkStartup(source: Record<string, string | undefined> = process.env, root = process.cwd()): DatabaseConfig {
  let database: DatabaseConfig;
  try {
    database = parseEnv(source, root).database;
  } catch (error) {
    if (error instanceof EnvError) throw new StartupError(error.message);
    throw error;
  }
  // The file checks read the SQLite file itself: the same for both drivers.
  if (database.file && !database.syncUrl) checkDatabaseFile(database.file, { migrationsDir: path.join(root, 'prisma/migrations') });
  return database;
}

/**
 * A libSQL server (or an embedded replica's primary): reachable with the token, and
 * migrated. No-op for a plain local file (checkStartup has read it).
 */
export async function checkDatabaseServer(database: DatabaseConfig, root = process.cwd()): Promise<void> {
  if (database.file && !database.syncUrl) return;
  const where = database.syncUrl ? `the primary ${database.syncUrl} (DATABASE_SYNC_URL) of the replica ${database.file}` : `${database.url} (DATABASE_URL)`;
  let applied: Set<string>;
  const { createClient } = await import('@libsql/client');
  try {
    const client = createClient({ url: database.url, authToken: database.authToken, syncUrl: database.syncUrl, timeout: BUSY_TIMEOUT_MS });
    try {
      const result = await client.execute('SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL');
      applied = new Set(result.rows.map((row) => String(row.migration_name)));
    } finally {
      client.close();
    }
  } catch (error) {
    const message = (error as Error).message;
    if (/no such table/i.test(message)) throw new StartupError(`The libSQL database ${where} is not migrated (no _prisma_migrations table). Run \`npm run db:migrate\` against the primary.`);
    throw new StartupError(`Cannot reach the libSQL database ${where}: ${message}. Check the URL, that the server runs, and DATABASE_AUTH_TOKEN.`);
  }
  const missing = (migrationNames(path.join(root, 'prisma/migrations')) ?? []).filter((name) => !applied.has(name));
  if (missing.length) {
    throw new StartupError(`The libSQL database ${where} is missing ${missing.length} migration(s) (${missing.slice(0, 3).join(', ')}). Run \`npm run db:migrate\` against the primary.`);
  }
}

/**
 * Problems that do not stop the server but that an operator should see at startup.
 * Without SITE_URL every absolute link (citations, canonical, sitemap) follows the
 * request's Host — right for most installs, but a citation copied from an internal
 * address then carries that address.
 */
export function startupWarnings(source: Record<string, string | undefined> = process.env): string[] {
  const env = parseEnv(source);
  if (env.NODE_ENV !== 'production' || env.SITE_URL) return [];
  const proxy = env.TRUST_PROXY && env.TRUST_PROXY !== 'false'
    ? 'X-Forwarded-Host/-Proto of the trusted proxy'
    : 'the Host header (set TRUST_PROXY behind a proxy so X-Forwarded-Host counts)';
  return [`SITE_URL is not set: citations, canonical links and the sitemap use each request's origin from ${proxy}. Set SITE_URL to the public address, e.g. https://atlas.example.org.`];
}
