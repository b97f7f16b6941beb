/**
 * `npm run db:restore -- FILE`: replaces DATABASE_URL's database with the backup FILE.
 * Refuses a file that is not an intact, migrated atlas database, and refuses while the
 * database is in use (stop the server first). The replaced file is kept beside it.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { databaseFile } from '../../lib/database-url.mjs';
import { env } from '../../lib/env';
import { restoreDatabase } from './backup-restore';

const { positionals } = parseArgs({ allowPositionals: true, options: {} });
if (positionals.length !== 1) {
  console.error('Usage: npm run db:restore -- FILE');
  process.exit(2);
}
const file = path.resolve(positionals[0]!);
// A libSQL server has no local file: back it up (or restore it) at the server (docs/scaling.md).
if (env.database.remote) {
  console.error(`DATABASE_URL ${env.databaseUrl} is a libSQL server: use its own backups (Turso: point-in-time restore), or run this on an instance's replica file.`);
  process.exit(1);
}
const target = databaseFile(env.databaseUrl);
try {
  const { previous } = restoreDatabase(file, target);
  console.log(`Restored ${file} into ${target}.${previous ? ` The replaced database is kept as ${previous}.` : ''}`);
} catch (error) {
  console.error(`Restore refused: ${(error as Error).message}`);
  process.exit(1);
}
