import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { ROOT } from './paths';

/**
 * Runs one of scripts/db/*.mjs in a child Node with wasm modules enabled (the schema
 * engine is a wasm module Vitest's transform pipeline cannot load).
 */
export function runDbScript(script: string, args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(
    process.execPath,
    ['--experimental-wasm-modules', '--no-warnings', path.join(ROOT, 'scripts/db', script), ...args],
    { cwd: ROOT, encoding: 'utf8', env: { ...process.env, ...env } },
  );
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

/** Migrates `file` through `driver`'s adapter (default: the one the tests run on). */
export function migrateDatabaseOrThrow(file: string, driver = process.env.DATABASE_DRIVER || 'better-sqlite3') {
  const result = runDbScript('migrate.mjs', [`file:${file}`], { DATABASE_DRIVER: driver });
  if (result.status !== 0) throw new Error(`Migrating ${file} failed:\n${result.output}`);
  return result.output;
}
