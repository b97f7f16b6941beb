// Prisma's migration engine without its native binary: the wasm build of the schema
// engine, driven through the same driver adapter as the app (better-sqlite3 or libSQL,
// DATABASE_DRIVER; docs/scaling.md, "Migrations").
// Needs `node --experimental-wasm-modules`. See docs/architecture.md, "Migrations".
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { SchemaEngine } from '@prisma/schema-engine-wasm';
import { bindMigrationAwareSqlAdapterFactory } from '@prisma/driver-adapter-utils';
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaLibSql } from '@prisma/adapter-libsql';
import { databaseConfigOrThrow } from '../../lib/database-url.mjs';

export const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
export const SCHEMA_PATH = path.join(ROOT, 'prisma/schema.prisma');
export const MIGRATIONS_DIR = path.join(ROOT, 'prisma/migrations');

/**
 * Tables the schema engine must not treat as drift: the FTS5 search index and its
 * shadow tables are created by hand-written migration SQL, not by schema.prisma.
 * The list is shared with prisma.config.ts (stock Prisma CLI).
 */
export const EXTERNAL_TABLES = JSON.parse(
  await readFile(path.join(ROOT, 'prisma/external-tables.json'), 'utf8'),
);
export const FILTERS = { externalTables: EXTERNAL_TABLES, externalEnums: [] };

/**
 * The database configuration from DATABASE_* (lib/database-url.mjs, the rules lib/env.ts
 * applies too), with `url` in place of DATABASE_URL when given. Throws naming the variable.
 */
export function databaseConfig(url) {
  return databaseConfigOrThrow(url ? { ...process.env, DATABASE_URL: url } : process.env, ROOT);
}

/** better-sqlite3 and libSQL run one statement per call; migration scripts hold many. */
function withScriptSupport(adapter) {
  const executeRaw = adapter.executeRaw.bind(adapter);
  adapter.executeRaw = (query) =>
    query.args.length === 0 ? adapter.executeScript(query.sql).then(() => 0) : executeRaw(query);
  return adapter;
}

/**
 * `database` is a databaseConfig() (migrate: the app's driver, a libSQL server included)
 * or a scratch file's URL (drift checks, new migrations: better-sqlite3).
 */
export async function openSchemaEngine(database, schemaPath = SCHEMA_PATH) {
  const { driver, url, authToken } = typeof database === 'string' ? { driver: 'better-sqlite3', url: database } : database;
  const factory = driver === 'libsql' ? new PrismaLibSql({ url, authToken }) : new PrismaBetterSqlite3({ url });
  const connect = factory.connect.bind(factory);
  const connectToShadowDb = factory.connectToShadowDb.bind(factory);
  factory.connect = async () => withScriptSupport(await connect());
  factory.connectToShadowDb = async () => withScriptSupport(await connectToShadowDb());
  const schema = await readFile(schemaPath, 'utf8');
  const log = (message) => {
    if (process.env.SCHEMA_ENGINE_DEBUG) console.error(message);
  };
  return SchemaEngine.new(
    { datamodels: [[schemaPath, schema]] },
    log,
    bindMigrationAwareSqlAdapterFactory(factory),
  );
}

export async function loadMigrationsList(dir = MIGRATIONS_DIR) {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  const migrationDirectories = [];
  for (const entry of entries.filter((e) => e.isDirectory()).sort((a, b) => a.name.localeCompare(b.name))) {
    const sqlPath = path.join(dir, entry.name, 'migration.sql');
    const content = await readFile(sqlPath, 'utf8').then(
      (value) => ({ tag: 'ok', value }),
      (error) => ({ tag: 'error', value: String(error) }),
    );
    migrationDirectories.push({ path: entry.name, migrationFile: { path: 'migration.sql', content } });
  }
  const lockContent = await readFile(path.join(dir, 'migration_lock.toml'), 'utf8').catch(() => null);
  return {
    baseDir: dir,
    lockfile: { path: 'migration_lock.toml', content: lockContent },
    shadowDbInitScript: '',
    migrationDirectories,
  };
}

export async function readSchemaContainer(schemaPath = SCHEMA_PATH) {
  return { files: [{ path: schemaPath, content: await readFile(schemaPath, 'utf8') }] };
}

/** The SQL that takes a database built by the migrations to what the schema says. */
export async function diffMigrationsToSchema(engine, { schemaPath = SCHEMA_PATH, migrationsDir = MIGRATIONS_DIR } = {}) {
  const result = await engine.diff({
    from: { tag: 'migrations', ...(await loadMigrationsList(migrationsDir)) },
    to: { tag: 'schemaDatamodel', ...(await readSchemaContainer(schemaPath)) },
    script: true,
    exitCode: null,
    filters: FILTERS,
  });
  return result.stdout ?? '';
}

export function isEmptyMigration(sql) {
  return sql.replace(/--.*$/gm, '').trim() === '';
}
