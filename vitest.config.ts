import path from 'node:path';
import { defineConfig } from 'vitest/config';

const root = path.resolve(import.meta.dirname);
const alias = [
  { find: /^@\//, replacement: `${root}/` },
  // `server-only` throws outside React Server Components; tests import server modules directly.
  { find: /^server-only$/, replacement: path.join(root, 'tests/setup/server-only-stub.ts') },
];

/** Options every project gets (inline projects do not inherit the root `test` options). */
const shared = {
  environment: 'node',
  // Every test starts from clean mocks: call counts and mockReturnValue*/spies set in
  // one test never leak into the next (vi.mock factories stay in place).
  clearMocks: true,
  restoreMocks: true,
} as const;

/** tests/db on one driver (DATABASE_DRIVER; lib/database-url.mjs). */
function dbProject(name: string, driver: 'better-sqlite3' | 'libsql') {
  return {
    resolve: { alias },
    test: {
      ...shared,
      name,
      include: ['tests/db/**/*.test.ts'],
      env: { DATABASE_DRIVER: driver },
      // Migrates a base database and seeds a copy once per run and driver; each test
      // file then gets its own copy of that seeded file (tests/setup/worker-database.ts).
      globalSetup: ['tests/setup/global-setup.ts'],
      setupFiles: ['tests/setup/worker-database.ts'],
      testTimeout: 60_000,
      hookTimeout: 120_000,
    },
  };
}

export default defineConfig({
  resolve: { alias },
  test: {
    // 2-core machines: two workers keep the wasm migration engine and SQLite snappy.
    maxWorkers: 2,
    // Tests of a file run in a random order (the seed is printed; --sequence.seed=N
    // replays it), so one that depends on another's leftovers fails, not passes by luck.
    sequence: { shuffle: { files: false, tests: true } },
    projects: [
      {
        resolve: { alias },
        test: { ...shared, name: 'unit', include: ['tests/unit/**/*.test.ts'] },
      },
      dbProject('db', 'better-sqlite3'),
      // The same database tests on libSQL (a local file through @prisma/adapter-libsql):
      // the app runs on either driver (docs/scaling.md), so CI proves both.
      dbProject('db-libsql', 'libsql'),
    ],
  },
});
