import { FILTERS, loadMigrationsList, openSchemaEngine } from './schema-engine.mjs';

/** Applies pending migrations to `database` (a databaseConfig() or a file URL) and returns their names. */
export async function applyMigrations(database) {
  const engine = await openSchemaEngine(database);
  try {
    const { appliedMigrationNames } = await engine.applyMigrations({
      migrationsList: await loadMigrationsList(),
      filters: FILTERS,
    });
    return appliedMigrationNames;
  } finally {
    engine.free();
  }
}
