// `npm run db:check-drift [-- <schema.prisma> <migrations dir>]`: exit 1 and print the
// missing SQL when schema.prisma and prisma/migrations disagree. Used by the tests.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  MIGRATIONS_DIR,
  SCHEMA_PATH,
  diffMigrationsToSchema,
  isEmptyMigration,
  openSchemaEngine,
} from './schema-engine.mjs';

const schemaPath = path.resolve(process.argv[2] ?? SCHEMA_PATH);
const migrationsDir = path.resolve(process.argv[3] ?? MIGRATIONS_DIR);
const scratch = mkdtempSync(path.join(os.tmpdir(), 'atlas-drift-'));
const engine = await openSchemaEngine(`file:${path.join(scratch, 'scratch.db')}`, schemaPath);
try {
  const sql = await diffMigrationsToSchema(engine, { schemaPath, migrationsDir });
  if (isEmptyMigration(sql)) {
    console.log('No drift: the migrations produce exactly what the schema describes.');
  } else {
    console.log('Drift: the schema needs a migration with this SQL (npm run db:migration:new -- <name>):');
    console.log(sql);
    process.exitCode = 1;
  }
} finally {
  engine.free();
  rmSync(scratch, { recursive: true, force: true });
}
