import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { ROOT } from './paths';

/**
 * Runs one of scripts/db/*.mjs in a child Node with wasm modules enabled (the schema
 * engine is a wasm module Vitest's transform pipeline cannot load).
 */
export function runDbScript(script: string, args: string[]) {
  const result = spawnSync(
    process.execPath,
    ['--experimental-wasm-modules', '--no-warnings', path.join(ROOT, 'scripts/db', script), ...args],
    { cwd: ROOT, encoding: 'utf8' },
  );
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

export function migrateDatabaseOrThrow(file: string) {
  const result = runDbScript('migrate.mjs', [`file:${file}`]);
  if (result.status !== 0) throw new Error(`Migrating ${file} failed:\n${result.output}`);
  return result.output;
}
