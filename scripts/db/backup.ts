/**
 * `npm run db:backup [-- --out FILE]`: a consistent copy of DATABASE_URL's database,
 * taken online (the app may keep serving and writing). Default: backups/atlas-<time>.db.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { databaseFile } from '../../lib/database-url.mjs';
import { env } from '../../lib/env';
import { backupDatabase } from './backup-restore';

const { values } = parseArgs({ options: { out: { type: 'string' } } });
// A libSQL server has no local file: back it up (or restore it) at the server (docs/scaling.md).
if (env.database.remote) {
  console.error(`DATABASE_URL ${env.databaseUrl} is a libSQL server: use its own backups (Turso: point-in-time restore), or run this on an instance's replica file.`);
  process.exit(1);
}
const source = databaseFile(env.databaseUrl);
const out = path.resolve(values.out ?? path.join('backups', `atlas-${new Date().toISOString().replace(/[:.]/g, '-')}.db`));
mkdirSync(path.dirname(out), { recursive: true });
try {
  const { bytes, ms } = backupDatabase(source, out);
  console.log(`Backed up ${source} to ${out} (${(bytes / 1024).toFixed(0)} KiB, ${ms.toFixed(0)} ms); checked: intact and migrated.`);
} catch (error) {
  console.error(`Backup failed: ${(error as Error).message}`);
  process.exit(1);
}
