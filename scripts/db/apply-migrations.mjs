import { FILTERS, loadMigrationsList, openSchemaEngine } from './schema-engine.mjs';

/** Applies pending migrations and returns their names. */
export async function applyMigrations(url) {
  const engine = await openSchemaEngine(url);
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
