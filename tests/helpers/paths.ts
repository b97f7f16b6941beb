import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '../..');
/**
 * The driver the db tests run on: the `db` project uses better-sqlite3, `db-libsql`
 * sets DATABASE_DRIVER=libsql (vitest.config.ts). Each gets its own folder, so both can run at once.
 */
export const TEST_DRIVER = process.env.DATABASE_DRIVER === 'libsql' ? 'libsql' : 'better-sqlite3';
export const TMP_ROOT = path.join(ROOT, 'tests/.tmp');
export const tmpDirFor = (driver: string) => path.join(TMP_ROOT, driver);
export const TMP_DIR = tmpDirFor(TEST_DRIVER);
/** Migrated, empty database built once per test run (tests/setup/global-setup.ts). */
export const BASE_DB = path.join(TMP_DIR, 'base.db');
export const baseDbFor = (driver: string) => path.join(tmpDirFor(driver), 'base.db');
/** The base database with the seed loaded. */
export const SEEDED_DB = path.join(TMP_DIR, 'seeded.db');
export const seededDbFor = (driver: string) => path.join(tmpDirFor(driver), 'seeded.db');
