/**
 * Map render time at the real size (~70 pairings) and at 10,000 synthetic pairings:
 * `next start` against each database, Chromium loads /en and we read the time until
 * the map's canvas has painted every arc (`data-state="ready"` after a frame), the
 * time the layer itself took, and the time a filter change takes to redraw.
 * Needs a production build (`npm run build`); builds its databases in bench/.tmp/.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { buildSyntheticDatabase } from '../scripts/synthetic/load-synthetic';

const ROOT = path.resolve(import.meta.dirname, '..');
const PORT = Number(process.env.BENCH_PORT ?? 3201);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const BASE = `http://127.0.0.1:${PORT}`;

type Sample = { ready: number; layer: number; ttfb: number; htmlKb: number; filter: number; arcs: number };

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function startServer(file: string): Promise<ChildProcess> {
  try {
    await fetch(BASE);
    throw new Error(`Port ${PORT} is already in use (set BENCH_PORT)`);
  } catch (error) {
    if (error instanceof Error && error.message.startsWith('Port')) throw error;
  }
  const server = spawn(path.join(ROOT, 'node_modules/.bin/next'), ['start', '-p', String(PORT), '-H', '127.0.0.1'], {
    cwd: ROOT,
    env: { SESSION_SECRET: 'bench-session-secret-not-for-production-0123456789', ...process.env, DATABASE_URL: `file:${file}`, NEXT_TELEMETRY_DISABLED: '1' },
    stdio: 'ignore',
    // Its own process group: `next start` forks the actual server, and both must stop.
    detached: true,
  });
  for (let i = 0; i < 120; i += 1) {
    try {
      if ((await fetch(`${BASE}/en/timeline?to=1990`)).ok) return server;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  await stopServer(server);
  throw new Error('next start did not come up');
}

async function stopServer(server: ChildProcess) {
  if (server.exitCode !== null) return;
  const exited = new Promise((resolve) => server.once('exit', resolve));
  process.kill(-server.pid!, 'SIGTERM');
  // A timer keeps the event loop alive until the port is free again.
  await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000))]);
}

async function measure(page: Page): Promise<Sample> {
  await page.goto(`${BASE}/en`, { waitUntil: 'commit' });
  await page.waitForSelector('#atlas-map[data-state="ready"][data-data-key=""]', { timeout: 120_000 });
  const first = await page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    const map = document.querySelector<HTMLElement>('#atlas-map')!;
    return {
      ready: performance.now(),
      layer: Number(map.dataset.renderMs),
      ttfb: nav.responseStart - nav.requestStart,
      htmlKb: nav.encodedBodySize / 1024,
      arcs: Number(map.dataset.arcCount),
    };
  });
  // A filter change: from choosing "to 2010" to the redrawn canvas.
  const started = await page.evaluate(() => performance.now());
  await page.locator('select[name="to"]').selectOption('2010');
  await page.waitForSelector('#atlas-map[data-state="ready"][data-data-key="to=2010"]', { timeout: 120_000 });
  const ended = await page.evaluate(() => performance.now());
  return { ...first, filter: ended - started };
}

async function benchDatabase(label: string, file: string): Promise<Sample> {
  const server = await startServer(file);
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
  try {
    const samples: Sample[] = [];
    for (let run = 0; run <= RUNS; run += 1) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      const sample = await measure(page);
      await page.close();
      if (run > 0) samples.push(sample); // the first run warms the server and the cache
    }
    const result = {
      ready: median(samples.map((s) => s.ready)),
      layer: median(samples.map((s) => s.layer)),
      ttfb: median(samples.map((s) => s.ttfb)),
      htmlKb: median(samples.map((s) => s.htmlKb)),
      filter: median(samples.map((s) => s.filter)),
      arcs: samples[0].arcs,
    };
    console.log(
      `${label.padEnd(10)} arcs ${String(result.arcs).padStart(6)} | page→arcs painted ${result.ready.toFixed(0).padStart(6)} ms | canvas layer ${result.layer.toFixed(0).padStart(5)} ms | server TTFB ${result.ttfb.toFixed(0).padStart(5)} ms | HTML ${result.htmlKb.toFixed(0).padStart(5)} KB | filter change ${result.filter.toFixed(0).padStart(5)} ms`,
    );
    return result;
  } finally {
    await browser.close();
    await stopServer(server);
  }
}

async function main() {
  if (!existsSync(path.join(ROOT, '.next/BUILD_ID'))) {
    console.error('No production build: run `npm run build` first.');
    process.exit(1);
  }
  const realDb = path.join(ROOT, 'bench/.tmp/real.db');
  const syntheticDb = path.join(ROOT, 'bench/.tmp/synthetic.db');
  await buildSyntheticDatabase(realDb, 0);
  if (!existsSync(syntheticDb) || process.env.BENCH_FRESH) await buildSyntheticDatabase(syntheticDb, 10_000);
  console.log(`Median of ${RUNS} runs after one warm-up, Chromium 1280×900, next start on :${PORT}`);
  const real = await benchDatabase('real', realDb);
  const synthetic = await benchDatabase('synthetic', syntheticDb);
  const ratio = (a: number, b: number) => (b > 0 ? (a / b).toFixed(1) : 'n/a');
  console.log(
    `ratios synthetic/real: arcs ×${ratio(synthetic.arcs, real.arcs)}, painted ×${ratio(synthetic.ready, real.ready)}, canvas layer ×${ratio(synthetic.layer, real.layer)}, TTFB ×${ratio(synthetic.ttfb, real.ttfb)}, filter change ×${ratio(synthetic.filter, real.filter)}`,
  );
  console.log(`canvas layer per 1,000 arcs at 10k: ${((synthetic.layer / synthetic.arcs) * 1000).toFixed(1)} ms`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
