import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { migrateDatabaseOrThrow, runDbScript } from '../helpers/migrate';
import { ROOT } from '../helpers/paths';

const scratch = mkdtempSync(path.join(os.tmpdir(), 'atlas-migrations-test-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('migrations', () => {
  it('agree with schema.prisma (no drift)', () => {
    const result = runDbScript('check-drift.mjs', []);
    expect(result.output).toContain('No drift');
    expect(result.status).toBe(0);
  });

  it('are reported as drift when the schema gains a column the migrations lack', () => {
    const schema = readFileSync(path.join(ROOT, 'prisma/schema.prisma'), 'utf8');
    const changed = schema.replace('  slug           String    @unique', '  slug           String    @unique\n  motto          String?');
    expect(changed).not.toBe(schema);
    const schemaPath = path.join(scratch, 'schema.prisma');
    writeFileSync(schemaPath, changed);
    const result = runDbScript('check-drift.mjs', [schemaPath, path.join(ROOT, 'prisma/migrations')]);
    expect(result.status).toBe(1);
    expect(result.output).toMatch(/ALTER TABLE "Place" ADD COLUMN "motto" TEXT/);
  });

  it('are reported as drift when a migration is missing', () => {
    const migrations = path.join(scratch, 'no-migrations');
    cpSync(path.join(ROOT, 'prisma/migrations/migration_lock.toml'), path.join(migrations, 'migration_lock.toml'));
    const result = runDbScript('check-drift.mjs', [path.join(ROOT, 'prisma/schema.prisma'), migrations]);
    expect(result.status).toBe(1);
    expect(result.output).toMatch(/CREATE TABLE "Pairing"/);
  });

  it('apply once, record themselves like prisma migrate deploy, and are a no-op the second time', () => {
    const file = path.join(scratch, 'fresh.db');
    expect(migrateDatabaseOrThrow(file)).toMatch(/Applied \d+ migration/);
    expect(migrateDatabaseOrThrow(file)).toMatch(/up to date/);
    const sqlite = new Database(file, { readonly: true });
    const applied = sqlite
      .prepare('SELECT migration_name, finished_at FROM _prisma_migrations ORDER BY migration_name')
      .all() as { migration_name: string; finished_at: string | null }[];
    const tables = sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[];
    sqlite.close();
    expect(applied.length).toBeGreaterThan(0);
    expect(applied.every((m) => m.finished_at !== null)).toBe(true);
    expect(tables.map((t) => t.name)).toEqual(
      expect.arrayContaining(['Place', 'PlaceName', 'Pairing', 'Agreement', 'Project', 'TradeFigure', 'Source']),
    );
  });
});
