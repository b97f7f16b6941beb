import path from 'node:path';
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaClient } from '@/lib/generated/prisma/client';

/** `file:./prisma/dev.db` resolves against the project root, as in prisma.config.ts. */
export function resolveDatabaseUrl(url = process.env.DATABASE_URL ?? 'file:./prisma/dev.db'): string {
  const file = url.replace(/^file:/, '');
  return `file:${path.isAbsolute(file) ? file : path.join(/*turbopackIgnore: true*/ process.cwd(), file)}`;
}

/**
 * A PrismaClient on the SQLite file at `url`. Used by the app (lib/db.ts), the seed
 * and the tests, so all of them open the database the same way.
 */
export function createPrismaClient(url = resolveDatabaseUrl()): PrismaClient {
  const adapter = new PrismaBetterSqlite3({ url });
  return new PrismaClient({ adapter });
}
