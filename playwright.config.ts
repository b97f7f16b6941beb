import { defineConfig, devices } from '@playwright/test';

const PORT = Number(process.env.E2E_PORT ?? 3100);
const DATABASE_URL = process.env.E2E_DATABASE_URL ?? 'file:./tests/.tmp/e2e.db';

/**
 * End-to-end tests in Debian's Chromium (no browser download) against `next start`
 * on a freshly migrated and seeded database. `npm test` builds the app first.
 */
export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results',
  fullyParallel: false,
  workers: 1,
  // No retries: a test that passes on the second try is a flaky test, i.e. a bug to fix.
  retries: 0,
  reporter: [['list']],
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      // Keep Chromium off the network: this machine (and CI) has none.
      args: [
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
        '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost',
      ],
    },
  },
  projects: [
    { name: 'desktop', use: { ...devices['Desktop Chrome'], channel: undefined } },
  ],
  webServer: {
    command: `bash scripts/e2e-server.sh ${PORT}`,
    url: `http://127.0.0.1:${PORT}/en`,
    // `next start` refuses to run in production without a session secret (lib/env.ts).
    // DATABASE_DRIVER=libsql serves (and migrates, seeds) through libSQL: `npm run test:e2e:libsql`.
    env: { DATABASE_URL, DATABASE_DRIVER: process.env.DATABASE_DRIVER ?? '', NEXT_TELEMETRY_DISABLED: '1', SESSION_SECRET: process.env.SESSION_SECRET ?? 'e2e-session-secret-not-for-production-0123456789' },
    reuseExistingServer: false,
    timeout: 180_000,
    stdout: 'pipe',
  },
});
