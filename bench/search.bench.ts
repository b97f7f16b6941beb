/**
 * Latency of the agreement search endpoint (GET /api/v1/agreements) at the real size
 * (~170 agreements) and on the synthetic 10,000-pairing database
 * (scripts/synthetic/load-synthetic.ts): the route handler is called in-process with
 * a Request, so the figures are the handler's own time (FTS query, filters, JSON,
 * ETag), without HTTP. Prints median and p95 per query and the ratios between them.
 *
 * Runs itself once per database in a child with the `react-server` export condition
 * (the data modules import `server-only`).
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '..');
const TMP = path.join(ROOT, 'bench/.tmp');
const RUNS = Number(process.env.BENCH_RUNS ?? 30);

const QUERIES: [label: string, query: string][] = [
  ['newest first, no query', ''],
  ['year=2017', 'year=2017'],
  ['q=Navahrudak', 'q=Navahrudak'],
  ['q=敦煌 (LIKE, <3 chars)', `q=${encodeURIComponent('敦煌')}`],
  ['q=Dunhaung (typo path)', 'q=Dunhaung'],
  ['q=Minsk&field=culture', 'q=Minsk&field=culture'],
  ['q=road map&sort=date', 'q=road%20map&sort=date'],
  ['format=csv (whole result)', 'format=csv'],
];

type Row = { label: string; median: number; p95: number; total: number };

async function worker(): Promise<void> {
  const { GET } = await import('../app/api/v1/agreements/route');
  const rows: Row[] = [];
  for (const [label, query] of QUERIES) {
    const url = `http://bench/api/v1/agreements?${query}`;
    await GET(new Request(url)); // warm-up
    const times: number[] = [];
    let total = 0;
    for (let i = 0; i < RUNS; i += 1) {
      const start = performance.now();
      const response = await GET(new Request(url));
      const body = await response.text();
      times.push(performance.now() - start);
      if (i === 0) total = query.includes('format=csv') ? body.trim().split('\n').length - 1 : (JSON.parse(body) as { total: number }).total;
    }
    times.sort((a, b) => a - b);
    rows.push({ label, median: times[Math.floor(times.length / 2)], p95: times[Math.min(times.length - 1, Math.floor(times.length * 0.95))], total });
  }
  process.stdout.write(`${JSON.stringify(rows)}\n`);
}

function runOn(file: string): Row[] {
  const result = spawnSync(process.execPath, ['--conditions=react-server', '--import', 'tsx', import.meta.filename], {
    cwd: ROOT,
    // ATLAS_READ_CACHE=0: the query's own cost, not a cache hit (lib/cache/read-cache.ts; cached figures: http.bench.ts).
    env: { ...process.env, SEARCH_BENCH_DB: file, DATABASE_URL: `file:${file}`, NODE_ENV: 'production', ATLAS_READ_CACHE: '0' },
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`Search bench on ${file} failed:\n${result.stderr}`);
  return JSON.parse(result.stdout.trim().split('\n').at(-1)!) as Row[];
}

async function main(): Promise<void> {
  mkdirSync(TMP, { recursive: true });
  const { buildSyntheticDatabase, DEFAULT_SYNTHETIC_DB } = await import('../scripts/synthetic/load-synthetic');
  const real = path.join(TMP, 'search-real.db');
  const synthetic = path.join(TMP, 'search-synthetic.db');
  rmSync(real, { force: true });
  await buildSyntheticDatabase(real, 0);
  if (existsSync(DEFAULT_SYNTHETIC_DB)) copyFileSync(DEFAULT_SYNTHETIC_DB, synthetic);
  else await buildSyntheticDatabase(synthetic, 10_000);

  const small = runOn(real);
  const large = runOn(synthetic);
  const ms = (n: number) => n.toFixed(1).padStart(7);
  console.log(`GET /api/v1/agreements, handler time in ms (${RUNS} runs each, median / p95), results in brackets\n`);
  console.log(`${'query'.padEnd(30)} ${'real med'.padStart(8)} ${'p95'.padStart(7)}  ${'10k med'.padStart(8)} ${'p95'.padStart(7)}  ${'10k/real'.padStart(8)}`);
  for (let i = 0; i < small.length; i += 1) {
    const a = small[i];
    const b = large[i];
    console.log(
      `${a.label.padEnd(30)} ${ms(a.median)} ${ms(a.p95)}  ${ms(b.median)} ${ms(b.p95)}  ${(b.median / a.median).toFixed(1).padStart(7)}×   [${a.total} / ${b.total}]`,
    );
  }
  const exact = small.find((r) => r.label.startsWith('q=Navahrudak'))!;
  const typo = small.find((r) => r.label.startsWith('q=Dunhaung'))!;
  console.log(`\nTypo path vs exact match (real data): ${(typo.median / exact.median).toFixed(1)}×`);
}

await (process.env.SEARCH_BENCH_DB ? worker() : main());
