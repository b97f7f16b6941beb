import { copyFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { SEEDED_DB, TMP_DIR } from '../helpers/paths';

// Modules that use the app's singleton client (lib/db.ts) read DATABASE_URL when first
// imported: point each worker at its own copy of the seeded database.
const workerFile = path.join(TMP_DIR, `worker-${process.env.VITEST_POOL_ID ?? '0'}.db`);
if (!existsSync(workerFile)) copyFileSync(SEEDED_DB, workerFile);
process.env.DATABASE_URL = `file:${workerFile}`;

// Cheap password hashes in tests (N=2^10 instead of 2^17: ~1 ms instead of ~0.3 s each);
// hashes keep their parameters, so tests that need the production cost set it themselves.
process.env.PASSWORD_HASH_COST ??= '10';
