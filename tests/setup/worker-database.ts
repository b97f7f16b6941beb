import { copyFileSync, rmSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { afterAll } from 'vitest';
import { SEEDED_DB, TMP_DIR } from '../helpers/paths';

/**
 * A fresh copy of the seeded database for every test file (a 1 MB file copy), so no
 * file sees another's writes and the run order of files does not matter. Modules that
 * use the app's singleton client (lib/db.ts) read DATABASE_URL when first imported,
 * and setup files run before the test file's imports.
 */
const file = path.join(TMP_DIR, `file-${process.env.VITEST_POOL_ID ?? '0'}-${randomUUID()}.db`);
copyFileSync(SEEDED_DB, file);
process.env.DATABASE_URL = `file:${file}`;

// lib/db.ts caches its client on globalThis (for dev hot reloads); a worker that runs
// several files must not hand the previous file's database to the next one.
const cached = globalThis as unknown as { prisma?: { $disconnect(): Promise<void> }; atlasReadCache?: { watcher?: { close(): void } | null } };
delete cached.prisma;
// Same for the readers' cache (lib/cache/read-cache.ts): its watcher is bound to one file.
cached.atlasReadCache?.watcher?.close();
delete cached.atlasReadCache;

afterAll(async () => {
  await cached.prisma?.$disconnect();
  delete cached.prisma;
  for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(`${file}${suffix}`, { force: true });
});

// Cheap password hashes in tests (N=2^10: ~4 ms instead of ~0.7 s each); hashes keep
// their parameters, so tests that need the production cost set it themselves.
process.env.PASSWORD_HASH_COST ??= '10';
