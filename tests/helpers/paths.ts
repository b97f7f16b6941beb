import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const TMP_DIR = path.join(ROOT, 'tests/.tmp');
/** Migrated, empty database built once per test run (tests/setup/global-setup.ts). */
export const BASE_DB = path.join(TMP_DIR, 'base.db');
/** The base database with the seed loaded. */
export const SEEDED_DB = path.join(TMP_DIR, 'seeded.db');
