import { copyFileSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { createPrismaClient } from '@/lib/db-client';
import { loadSeedData } from '@/prisma/seed/load';
import { seedDatabase } from '@/prisma/seed/seed-database';
import { migrateDatabaseOrThrow } from '../helpers/migrate';
import { baseDbFor, seededDbFor, tmpDirFor } from '../helpers/paths';

/**
 * Builds the migrated base database and the seeded one once per run and driver: the
 * project's DATABASE_DRIVER (vitest.config.ts) migrates and seeds through that driver.
 */
export default async function setup(project: TestProject) {
  const driver = project.config.env?.DATABASE_DRIVER === 'libsql' ? 'libsql' : 'better-sqlite3';
  const dir = tmpDirFor(driver);
  mkdirSync(dir, { recursive: true });
  for (const name of readdirSync(dir)) rmSync(path.join(dir, name), { recursive: true, force: true });
  migrateDatabaseOrThrow(baseDbFor(driver), driver);
  copyFileSync(baseDbFor(driver), seededDbFor(driver));
  const db = createPrismaClient(`file:${seededDbFor(driver)}`, { driver });
  try {
    await seedDatabase(db, loadSeedData());
  } finally {
    await db.$disconnect();
  }
  return () => rmSync(dir, { recursive: true, force: true });
}
