import { copyFileSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { createPrismaClient } from '@/lib/db-client';
import { loadSeedData } from '@/prisma/seed/load';
import { seedDatabase } from '@/prisma/seed/seed-database';
import { migrateDatabaseOrThrow } from '../helpers/migrate';
import { BASE_DB, SEEDED_DB, TMP_DIR } from '../helpers/paths';

/** Builds the migrated base database and the seeded one once for the whole run. */
export default async function setup() {
  mkdirSync(TMP_DIR, { recursive: true });
  for (const name of readdirSync(TMP_DIR)) rmSync(path.join(TMP_DIR, name), { force: true });
  migrateDatabaseOrThrow(BASE_DB);
  copyFileSync(BASE_DB, SEEDED_DB);
  const db = createPrismaClient(`file:${SEEDED_DB}`);
  try {
    await seedDatabase(db, loadSeedData());
  } finally {
    await db.$disconnect();
  }
  return () => rmSync(TMP_DIR, { recursive: true, force: true });
}
