/**
 * Online backup and guarded restore of the SQLite file (docs/reliability.md, "Backups").
 * Shared by `npm run db:backup` and `npm run db:restore` and their tests.
 */
import { copyFileSync, existsSync, fsyncSync, closeSync, openSync, renameSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { checkDatabaseFile } from '../../lib/startup-check';

const ROOT = path.resolve(import.meta.dirname, '../..');
const MIGRATIONS = path.join(ROOT, 'prisma/migrations');
/** Tables an atlas database has besides the migrations' bookkeeping. */
const ATLAS_TABLES = ['Place', 'Pairing', 'Agreement', 'Source', 'User', 'AuditEvent'];

function fsyncFile(file: string) {
  const fd = openSync(file, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/**
 * A migrated atlas database, readable and intact — else throws naming what is wrong.
 * (checkDatabaseFile: header, quick_check, every migration applied.)
 */
export function assertAtlasDatabase(file: string) {
  checkDatabaseFile(file, { migrationsDir: MIGRATIONS, lockTimeoutMs: 1_000 });
  const sqlite = new Database(file, { readonly: true });
  try {
    const tables = new Set((sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]).map((r) => r.name));
    const missing = ATLAS_TABLES.filter((t) => !tables.has(t));
    if (missing.length) throw new Error(`${file} is not an atlas database (no ${missing.join(', ')} table).`);
  } finally {
    sqlite.close();
  }
}

/**
 * `VACUUM INTO`: one read transaction, so the copy is the state of one moment even
 * while the app writes (WAL: writers are not blocked meanwhile), compacted, and
 * without a -wal file to forget. Then the copy is checked like a database at startup.
 */
export function backupDatabase(source: string, out: string): { bytes: number; ms: number } {
  const started = performance.now();
  if (existsSync(out)) throw new Error(`${out} exists already; choose another --out.`);
  const sqlite = new Database(source, { readonly: true, fileMustExist: true, timeout: 5_000 });
  try {
    sqlite.prepare('VACUUM INTO ?').run(out);
  } finally {
    sqlite.close();
  }
  fsyncFile(out);
  assertAtlasDatabase(out);
  return { bytes: statSync(out).size, ms: performance.now() - started };
}

/**
 * True when another connection (a running server, a script) has `file` open: leaving
 * WAL mode needs the only connection, so SQLite refuses it then.
 */
export function databaseInUse(file: string): boolean {
  if (!existsSync(file)) return false;
  const sqlite = new Database(file, { timeout: 0 });
  try {
    const mode = sqlite.pragma('journal_mode', { simple: true });
    if (mode !== 'wal') return false;
    return sqlite.pragma('journal_mode = DELETE', { simple: true }) !== 'delete';
  } catch (error) {
    if (String((error as { code?: string }).code).startsWith('SQLITE_BUSY')) return true;
    throw error;
  } finally {
    sqlite.close();
  }
}

/**
 * Replaces `target` with the backup `file`: refuses an invalid backup and a target in
 * use (stop the server first), keeps the replaced file next to it, and swaps by
 * rename so a crash leaves either the old or the new database, never a mix.
 */
export function restoreDatabase(file: string, target: string): { previous: string | null } {
  assertAtlasDatabase(file);
  if (databaseInUse(target)) throw new Error(`${target} is in use (a server or script has it open). Stop it, then restore again.`);
  const staged = `${target}.restoring`;
  copyFileSync(file, staged);
  fsyncFile(staged);
  let previous: string | null = null;
  if (existsSync(target)) {
    previous = `${target}.before-restore-${new Date().toISOString().replace(/[:.]/g, '-')}`;
    copyFileSync(target, previous);
  }
  for (const suffix of ['-wal', '-shm', '-journal']) rmSync(`${target}${suffix}`, { force: true });
  renameSync(staged, target);
  return { previous };
}
