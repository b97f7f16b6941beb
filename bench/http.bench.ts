/**
 * The production server against the machine's limits, over HTTP (issue 10,
 * docs/performance.md):
 * - pages: `node server.mjs` against nginx serving the same HTML (gzip), 32 connections;
 * - API: against bench/bare-api-server.mjs (node:http + better-sqlite3, same JSON),
 *   at 1, 8 and 32 connections;
 * - payloads: HTML bytes and first-load JS (gzip) of the public pages.
 * Load comes from autocannon in its own process; each pair runs BENCH_REPEATS (3)
 * times, alternating ours and the limit, and the medians and spread are printed as
 * one table — measure, ours, limit, ratio, target, pass/fail — and written to
 * bench/results/latest.json.
 *
 * Builds when there is no build (or BENCH_BUILD=1), prepares a fresh seeded database,
 * starts and stops every server it uses. nginx comes from Debian (bench/setup.sh
 * installs it); without it the page rows print "no limit". Lighthouse runs when the
 * `lighthouse` package is installed (BENCH_LIGHTHOUSE=1); it is not a dependency.
 *
 *   npm run bench -- http           BENCH_DURATION=5 BENCH_PORT=3103 …
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const ROOT = path.resolve(import.meta.dirname, '..');
const TMP = path.join(ROOT, 'bench/.tmp');
const RESULTS = path.join(ROOT, 'bench/results');
const PORT = Number(process.env.BENCH_PORT ?? process.env.E2E_PORT ?? 3103);
const BARE_PORT = PORT + 10;
const NGINX_PORT = PORT + 20;
const DURATION = Number(process.env.BENCH_DURATION ?? 5);
const REPEATS = Number(process.env.BENCH_REPEATS ?? 3);
const DB_FILE = path.join(TMP, 'http-real.db');
const children: ChildProcess[] = [];

type Load = { rps: number; p50: number; p99: number; errors: number; timeouts: number; non2xx: number };
type Row = { measure: string; ours: number | null; limit: number | null; unit: string; target: string; pass: boolean | null; spread?: string };
const rows: Row[] = [];

function run(command: string, args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(command, args, { cwd: ROOT, stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed`);
}

function start(command: string, args: string[], env: Record<string, string> = {}): ChildProcess {
  const child = spawn(command, args, { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, ...env } });
  children.push(child);
  return child;
}

function stopAll() {
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
}
process.on('exit', stopAll);
process.on('SIGINT', () => process.exit(130));

async function waitFor(url: string, seconds = 120) {
  for (let i = 0; i < seconds * 4; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url} did not answer`);
}

/** autocannon in its own process, so its CPU is not the server's. */
function load(url: string, connections: number, duration = DURATION): Load {
  const result = spawnSync(
    process.execPath,
    [path.join(ROOT, 'node_modules/autocannon/autocannon.js'), '-j', '-c', String(connections), '-d', String(duration), '-H', 'accept-encoding: gzip', url],
    { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  const report = JSON.parse(result.stdout) as {
    requests: { average: number };
    latency: { p50: number; p99: number };
    errors: number;
    timeouts: number;
    non2xx: number;
  };
  return { rps: report.requests.average, p50: report.latency.p50, p99: report.latency.p99, errors: report.errors, timeouts: report.timeouts, non2xx: report.non2xx };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const spreadOf = (values: number[]) => `${Math.min(...values).toFixed(0)}–${Math.max(...values).toFixed(0)}`;

/** Ours and the limit, alternating, REPEATS times each. */
function pair(ourUrl: string, limitUrl: string | null, connections: number) {
  const ours: Load[] = [];
  const limit: Load[] = [];
  for (let i = 0; i < REPEATS; i++) {
    ours.push(load(ourUrl, connections));
    if (limitUrl) limit.push(load(limitUrl, connections));
  }
  return { ours, limit };
}

function add(row: Row) {
  rows.push(row);
  const fmt = (v: number | null) => (v === null ? '—' : Number.isInteger(v) ? String(v) : v.toFixed(v < 10 ? 2 : 1));
  const verdict = row.pass === null ? 'n/a' : row.pass ? 'pass' : 'FAIL';
  console.log(
    `${row.measure.padEnd(52)} ${fmt(row.ours).padStart(9)} ${fmt(row.limit).padStart(9)} ${(row.ours !== null && row.limit ? (row.ours / row.limit).toFixed(2) : '—').padStart(6)}  ${row.unit.padEnd(6)} ${row.target.padEnd(14)} ${verdict}${row.spread ? `  (spread ${row.spread})` : ''}`,
  );
}

async function fetchBytes(url: string) {
  const response = await fetch(url);
  return { status: response.status, body: Buffer.from(await response.arrayBuffer()) };
}

/** The scripts a page loads before it is interactive: its <script src>, gzip-compressed. */
async function firstLoadJs(base: string, html: string) {
  const sources = [...new Set([...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1].replaceAll('&amp;', '&')))];
  let total = 0;
  for (const src of sources) total += gzipSync((await fetchBytes(new URL(src, base).toString())).body, { level: 6 }).length;
  return total;
}

function nginxBinary(): string | null {
  for (const candidate of ['/usr/sbin/nginx', '/usr/bin/nginx']) if (existsSync(candidate)) return candidate;
  return null;
}

async function main() {
  mkdirSync(TMP, { recursive: true });
  mkdirSync(RESULTS, { recursive: true });
  if (process.env.BENCH_BUILD === '1' || !existsSync(path.join(ROOT, '.next/BUILD_ID'))) run('npm', ['run', 'build']);

  for (const suffix of ['', '-wal', '-shm']) rmSync(`${DB_FILE}${suffix}`, { force: true });
  const dbEnv = { DATABASE_URL: `file:${DB_FILE}` };
  run('npm', ['run', '-s', 'db:migrate'], dbEnv);
  run('npm', ['run', '-s', 'db:seed'], dbEnv);

  const base = `http://127.0.0.1:${PORT}`;
  start(process.execPath, ['server.mjs'], {
    ...dbEnv,
    PORT: String(PORT),
    HOSTNAME: '127.0.0.1',
    NODE_ENV: 'production',
    NEXT_TELEMETRY_DISABLED: '1',
    SESSION_SECRET: process.env.SESSION_SECRET ?? 'bench-session-secret-not-for-production-0123456789',
  });
  start(process.execPath, ['bench/bare-api-server.mjs'], { DATABASE_FILE: DB_FILE, PORT: String(BARE_PORT) });
  await waitFor(`${base}/en`);
  await waitFor(`http://127.0.0.1:${BARE_PORT}/api/v1/geojson`);

  const pairing = ((await (await fetch(`${base}/api/v1/pairings?q=minsk`)).json()) as { items: { slug: string }[] }).items[0].slug;
  const place = 'minsk';
  const pages: [label: string, path: string][] = [
    ['/en', '/en'],
    ['/en/timeline', '/en/timeline'],
    ['/en/agreements', '/en/agreements'],
    ['pairing page', `/en/pairings/${pairing}`],
    ['place page', `/en/places/${place}`],
    ['/en/trade', '/en/trade'],
    ['/en/projects', '/en/projects'],
  ];

  console.log(`\n${'measure'.padEnd(52)} ${'ours'.padStart(9)} ${'limit'.padStart(9)} ${'ratio'.padStart(6)}  unit   target         result`);

  // Payloads, and the snapshots nginx serves.
  const snapshots = path.join(TMP, 'nginx-root');
  rmSync(snapshots, { recursive: true, force: true });
  mkdirSync(snapshots, { recursive: true });
  for (const [label, pagePath] of pages) {
    await fetch(base + pagePath); // warm
    const { body } = await fetchBytes(base + pagePath);
    const html = body.toString('utf8');
    const file = path.join(snapshots, `${label.replaceAll(/[^a-z0-9]+/gi, '_')}.html`);
    writeFileSync(file, body);
    const kb = body.length / 1024;
    const js = (await firstLoadJs(base, html)) / 1024;
    const htmlTarget = label === '/en' || label === '/en/timeline' ? 120 : null;
    add({ measure: `HTML ${label}`, ours: Math.round(kb), limit: null, unit: 'KB', target: htmlTarget ? `≤ ${htmlTarget}` : '—', pass: htmlTarget ? kb <= htmlTarget : null });
    const jsTarget = label === '/en' ? 150 : 100;
    add({ measure: `first-load JS (gzip) ${label}`, ours: Math.round(js), limit: null, unit: 'KB', target: `≤ ${jsTarget}`, pass: js <= jsTarget });
  }

  // Pages against nginx serving the same bytes.
  const nginx = nginxBinary();
  if (nginx) {
    const conf = readFileSync(path.join(ROOT, 'bench/nginx.conf'), 'utf8').replaceAll('__PORT__', String(NGINX_PORT)).replaceAll('__ROOT__', snapshots).replaceAll('__TMP__', TMP);
    writeFileSync(path.join(TMP, 'nginx.conf'), conf);
    start(nginx, ['-c', path.join(TMP, 'nginx.conf'), '-g', 'daemon off;']);
    await waitFor(`http://127.0.0.1:${NGINX_PORT}/_en.html`);
  }
  for (const [label, pagePath] of pages) {
    const limitUrl = nginx ? `http://127.0.0.1:${NGINX_PORT}/${label.replaceAll(/[^a-z0-9]+/gi, '_')}.html` : null;
    const { ours, limit } = pair(base + pagePath, limitUrl, 32);
    const rps = median(ours.map((l) => l.rps));
    const limitRps = limit.length ? median(limit.map((l) => l.rps)) : null;
    add({ measure: `${label} req/s, 32 conn`, ours: rps, limit: limitRps, unit: 'req/s', target: '≥ 0.30 × nginx', pass: limitRps ? rps / limitRps >= 0.3 : null, spread: spreadOf(ours.map((l) => l.rps)) });
    const p99 = median(ours.map((l) => l.p99));
    add({ measure: `${label} p99, 32 conn`, ours: p99, limit: limit.length ? median(limit.map((l) => l.p99)) : null, unit: 'ms', target: '≤ 20', pass: p99 <= 20 });
    const failures = ours.reduce((sum, l) => sum + l.errors + l.timeouts + l.non2xx, 0);
    add({ measure: `${label} errors + time-outs, 32 conn`, ours: failures, limit: null, unit: '', target: '0', pass: failures === 0 });
  }

  // A page with a query, warm, one connection.
  for (const pagePath of ['/en/agreements?q=minsk', '/en?by=minsk-oblast&stage=established']) {
    const runs = Array.from({ length: REPEATS }, () => load(base + pagePath, 1));
    add({ measure: `${pagePath} p50, 1 conn`, ours: median(runs.map((l) => l.p50)), limit: null, unit: 'ms', target: '≤ 50', pass: median(runs.map((l) => l.p50)) <= 50 });
  }

  // The API against the bare server.
  const bare = `http://127.0.0.1:${BARE_PORT}`;
  for (const apiPath of ['/api/v1/agreements?q=minsk', '/api/v1/agreements?year=2023', '/api/v1/geojson']) {
    for (const connections of [1, 8, 32]) {
      const { ours, limit } = pair(base + apiPath, bare + apiPath, connections);
      const rps = median(ours.map((l) => l.rps));
      const limitRps = median(limit.map((l) => l.rps));
      add({ measure: `${apiPath} req/s, ${connections} conn`, ours: rps, limit: limitRps, unit: 'req/s', target: '≥ 0.50 × bare', pass: rps / limitRps >= 0.5, spread: spreadOf(ours.map((l) => l.rps)) });
      if (connections === 32 && apiPath.includes('q=')) {
        const p99 = median(ours.map((l) => l.p99));
        add({ measure: `${apiPath} p99, 32 conn`, ours: p99, limit: median(limit.map((l) => l.p99)), unit: 'ms', target: '≤ 10', pass: p99 <= 10 });
      }
    }
  }

  if (process.env.BENCH_LONG === '1') {
    for (const [label, pagePath] of pages) {
      const result = load(base + pagePath, 64, 30);
      add({ measure: `${label} errors + time-outs, 64 conn 30 s`, ours: result.errors + result.timeouts + result.non2xx, limit: null, unit: '', target: '0', pass: result.errors + result.timeouts + result.non2xx === 0 });
    }
  } else {
    console.log('(64 connections × 30 s per page: BENCH_LONG=1)');
  }

  if (process.env.BENCH_LIGHTHOUSE === '1') {
    console.log('Lighthouse: see docs/performance.md — not run by this script on this machine.');
  }

  writeFileSync(
    path.join(RESULTS, 'latest.json'),
    `${JSON.stringify({ date: new Date().toISOString(), duration: DURATION, repeats: REPEATS, rows }, null, 2)}\n`,
  );
  const failed = rows.filter((row) => row.pass === false).length;
  console.log(`\n${rows.length} measures, ${failed} failing targets; bench/results/latest.json written.`);
}

main()
  .catch((error) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(stopAll);
