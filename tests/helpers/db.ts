import { copyFileSync, rmSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { createPrismaClient } from '@/lib/db-client';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { BASE_DB, SEEDED_DB, TMP_DIR } from './paths';

export type TestDatabase = { file: string; url: string; db: PrismaClient; cleanup: () => Promise<void> };

/**
 * A private copy of the migrated test database ('empty') or of the seeded one, as a
 * real SQLite file: fast (a file copy) and isolated from other tests.
 */
export function createTestDatabase(kind: 'empty' | 'seeded' = 'seeded'): TestDatabase {
  const file = path.join(TMP_DIR, `test-${randomUUID()}.db`);
  copyFileSync(kind === 'empty' ? BASE_DB : SEEDED_DB, file);
  const url = `file:${file}`;
  const db = createPrismaClient(url);
  return {
    file,
    url,
    db,
    cleanup: async () => {
      await db.$disconnect();
      for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(`${file}${suffix}`, { force: true });
    },
  };
}
