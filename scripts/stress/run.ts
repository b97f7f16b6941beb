/**
 * `npm run test:stress` (issue 8, "Load and crash, as tests with figures"): against the
 * existing production build (`npm run build` first; nothing is built here), on fresh
 * seeded database copies:
 *   1. load: 64 connections for 60 s, 90 % reads over pages and the API, 10 % editor
 *      writes through the CSV import route → 0 errors, 0 time-outs, p99, and every
 *      acknowledged write present afterwards;
 *   2. a 5,000-row import while reads run → import time, read p99 (< 1 s), saves
 *      refused meanwhile never applied, acknowledged ones present;
 *   3. kill -9 during a stream of writes, 5 runs (the last during a large import) →
 *      integrity_check ok, 0 acknowledged writes lost, nothing half-written.
 * Prints a table and writes it to docs/reliability.md between the stress markers.
 * Exit code 1 if any check fails. STRESS_DURATION / STRESS_CONNECTIONS shorten runs.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import autocannon from 'autocannon';
import Database from 'better-sqlite3';
import { buildImportCsv } from '../../tests/helpers/import-csv';
import { ROOT, SESSION_SECRET, assertBuilt, existingPairs, prepareDatabase, signIn, slugs, startServer, type Server } from './server';
import { agreementRowCsv, outcomeOf, writeAgreement, type WriteOutcome } from './writes';

const PORT = Number(process.env.E2E_PORT ?? 3104);
const DURATION = Number(process.env.STRESS_DURATION ?? 60);
const CONNECTIONS = Number(process.env.STRESS_CONNECTIONS ?? 64);
const IMPORT_ROWS = Number(process.env.STRESS_IMPORT_ROWS ?? 5_000);
const CRASH_RUNS = 5;
/** Readers during the big import: enough to measure their latency, not so many that the import takes minutes on 2 cores. */
const IMPORT_READERS = 4;
/** …at a steady 20 reads/s in all (a busy afternoon), so the import keeps a share of the 2 cores. */
const IMPORT_READ_RATE = 20;
// Not under tests/.tmp: Vitest's global setup empties that folder.
const TMP = path.join(ROOT, 'tests/.stress-tmp');
const TEMPLATE = path.join(TMP, 'template.db');

type Row = { check: string; figure: string; target: string; pass: boolean };
const rows: Row[] = [];
const record = (check: string, figure: string, target: string, pass: boolean) => {
  rows.push({ check, figure, target, pass });
  console.log(`${pass ? 'pass' : 'FAIL'}  ${check}: ${figure} (target ${target})`);
};

function freshCopy(name: string): string {
  const file = path.join(TMP, `${name}.db`);
  for (const suffix of ['', '-wal', '-shm']) rmSync(`${file}${suffix}`, { force: true });
  copyFileSync(TEMPLATE, file);
  return file;
}

function withDb<T>(file: string, read: (sqlite: Database.Database) => T): T {
  const sqlite = new Database(file);
  try {
    return read(sqlite);
  } finally {
    sqlite.close();
  }
}

/** Titles of `titles` that are stored, each with its pairing, source link and audit event. */
function presentWrites(file: string, titles: string[]) {
  return withDb(file, (sqlite) => {
    const found = new Set(
      (sqlite.prepare("SELECT title FROM Agreement WHERE title LIKE 'stress %'").all() as { title: string }[]).map((r) => r.title),
    );
    const halfWritten = sqlite
      .prepare(
        `SELECT a.id FROM Agreement a LEFT JOIN Pairing p ON p.id = a.pairingId
         WHERE a.title LIKE 'stress %' AND (p.id IS NULL
           OR NOT EXISTS (SELECT 1 FROM _AgreementToSource s WHERE s.A = a.id)
           OR NOT EXISTS (SELECT 1 FROM AuditEvent e WHERE e.entityType = 'agreement' AND e.entityId = a.id))`,
      )
      .all().length;
    return { present: titles.filter((t) => found.has(t)), stored: found, halfWritten };
  });
}

/** Live places and the pairs already taken, for a valid import file. */
function importInputs(file: string) {
  return withDb(file, (sqlite) => ({
    places: sqlite.prepare('SELECT id, slug, country FROM Place WHERE deletedAt IS NULL').all() as { id: number; slug: string; country: string }[],
    paired: new Set((sqlite.prepare('SELECT byPlaceId, cnPlaceId FROM Pairing').all() as { byPlaceId: number; cnPlaceId: number }[]).map((p) => `${p.byPlaceId}:${p.cnPlaceId}`)),
  }));
}

function readRequests(pairingSlugs: string[], placeSlugs: string[]) {
  return [
    { path: '/en' },
    { path: '/api/v1/agreements?q=minsk' },
    { path: '/api/v1/pairings' },
    { path: `/en/pairings/${pairingSlugs[0]}` },
    { path: '/api/v1/geojson' },
    { path: '/en/agreements' },
    { path: `/api/v1/agreements?year=2023` },
    { path: `/en/places/${placeSlugs[0]}` },
    { path: '/api/v1/openapi.json' },
  ];
}

/** The production server (server.mjs) on a missing database file exits non-zero with the startup check's message. */
async function startupPhase() {
  const missing = path.join(TMP, 'missing.db');
  const started = Date.now();
  const result = spawnSync(process.execPath, ['server.mjs'], {
    cwd: ROOT,
    env: { ...process.env, PORT: String(PORT), HOSTNAME: '127.0.0.1', DATABASE_URL: `file:${missing}`, SESSION_SECRET, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
    timeout: 60_000,
  });
  const said = /Refusing to start: Database file .*missing\.db does not exist/.test(`${result.stdout}${result.stderr}`);
  record('Server start on a missing database file', `exit ${result.status} in ${((Date.now() - started) / 1000).toFixed(1)} s${said ? ', names the file' : ''}; file created: ${existsSync(missing)}`, 'exit ≠ 0, names it, not created', result.status !== 0 && result.status !== null && said && !existsSync(missing));
}

async function loadPhase() {
  const file = freshCopy('load');
  const server = await startServer(file, PORT);
  try {
    const cookie = await signIn(server.url);
    const pairs = existingPairs(file);
    let counter = 0;
    const outcomes: Record<WriteOutcome, string[]> = { acknowledged: [], refused: [], unknown: [] };
    const write = {
      method: 'POST',
      path: '/api/admin/import?mode=commit',
      headers: { cookie, 'content-type': 'text/csv', origin: server.url },
      setupRequest: (request: { body?: string }, context: Record<string, unknown>) => {
        const title = `stress load ${counter}`;
        context.title = title;
        request.body = agreementRowCsv(pairs[counter++ % pairs.length]!, title);
        return request as never;
      },
      onResponse: (status: number, body: string, context: Record<string, unknown>) => {
        outcomes[outcomeOf(status, body)].push(String(context.title));
      },
    };
    const result = await autocannon({
      url: server.url,
      connections: CONNECTIONS,
      duration: DURATION,
      timeout: 30,
      // The write in the middle of each connection's cycle, so slow pages cannot keep connections from reaching it.
      requests: ((reads) => [...reads.slice(0, 5), write, ...reads.slice(5)])(readRequests(slugs(file, 'Pairing'), slugs(file, 'Place'))),
    });
    await server.stop();
    const { present, halfWritten } = presentWrites(file, outcomes.acknowledged);
    const seconds = DURATION;
    record(`Load ${CONNECTIONS} conn × ${seconds} s: requests`, `${result.requests.total} (${result.requests.average.toFixed(1)}/s), ${outcomes.acknowledged.length} writes acknowledged`, '> 0 writes', outcomes.acknowledged.length > 0);
    record('Load: errors / time-outs (30 s) / non-2xx', `${result.errors} / ${result.timeouts} / ${result.non2xx}`, '0 / 0 / 0', result.errors === 0 && result.timeouts === 0 && result.non2xx === 0);
    record('Load: latency p50 / p99 / max', `${result.latency.p50} / ${result.latency.p99} / ${result.latency.max} ms`, 'reported (pages are rendered per request: issue 10)', true);
    record('Load: writes refused / unanswered', `${outcomes.refused.length} / ${outcomes.unknown.length}`, '0 / 0', outcomes.refused.length === 0 && outcomes.unknown.length === 0);
    record('Load: acknowledged writes present afterwards', `${present.length} of ${outcomes.acknowledged.length}, ${halfWritten} half-written`, 'all, 0', present.length === outcomes.acknowledged.length && halfWritten === 0);
  } finally {
    await server.stop();
  }
}

async function importPhase() {
  const file = freshCopy('import');
  const server = await startServer(file, PORT);
  try {
    const cookie = await signIn(server.url);
    const { places, paired } = importInputs(file);
    const before = withDb(file, (sqlite) => (sqlite.prepare('SELECT count(*) n FROM Agreement').get() as { n: number }).n);
    const csv = buildImportCsv(places, paired, IMPORT_ROWS, 'stress-import');
    const reads = autocannon({
      url: server.url,
      connections: IMPORT_READERS,
      overallRate: IMPORT_READ_RATE,
      duration: 3_600,
      timeout: 30,
      requests: readRequests(slugs(file, 'Pairing'), slugs(file, 'Place')),
    });
    const started = Date.now();
    let inCommit!: () => void;
    const committing = new Promise<void>((resolve) => (inCommit = resolve));
    const importResponse = fetch(`${server.url}/api/admin/import?mode=commit`, { method: 'POST', headers: { cookie, 'content-type': 'text/csv', origin: server.url }, body: csv }).then(
      async (r) => {
        let body = '';
        const decoder = new TextDecoder();
        const reader = r.body!.getReader();
        for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
          body += decoder.decode(chunk.value);
          if (/"done":[1-9]/.test(body)) inCommit();
        }
        inCommit();
        return { status: r.status, body };
      },
    );
    // Saves while the import's transaction is open: each is either acknowledged (and
    // then stored) or refused (and then never stored).
    await committing;
    const saves: { title: string; outcome: Promise<WriteOutcome> }[] = [];
    const pairs = existingPairs(file);
    for (let i = 0; i < 6; i += 1) {
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      const title = `stress during-import ${i}`;
      saves.push({ title, outcome: writeAgreement(server.url, cookie, pairs[i % pairs.length]!, title).catch(() => 'unknown' as const) });
    }
    const imported = await importResponse;
    const importMs = Date.now() - started;
    reads.stop();
    const readResult = await reads;
    const outcomes = await Promise.all(saves.map(async (s) => ({ title: s.title, outcome: await s.outcome })));
    await server.stop();
    const done = JSON.parse(imported.body.trim().split('\n').at(-1)!) as { type: string; agreements?: number };
    const after = withDb(file, (sqlite) => (sqlite.prepare('SELECT count(*) n FROM Agreement').get() as { n: number }).n);
    const { stored } = presentWrites(file, []);
    const acknowledged = outcomes.filter((o) => o.outcome === 'acknowledged').map((o) => o.title);
    const refused = outcomes.filter((o) => o.outcome !== 'acknowledged').map((o) => o.title);
    record(`Import ${IMPORT_ROWS} rows under reads: time`, `${(importMs / 1000).toFixed(1)} s (${done.type}, ${done.agreements ?? 0} agreements)`, 'done', done.type === 'done' && done.agreements === IMPORT_ROWS);
    record(`Import: reads meanwhile (${IMPORT_READERS} conn, ${IMPORT_READ_RATE}/s) p50 / p99 / max`, `${readResult.latency.p50} / ${readResult.latency.p99} / ${readResult.latency.max} ms over ${readResult.requests.total} reads`, 'p99 < 1000 ms', readResult.latency.p99 < 1000 && readResult.requests.total > 0);
    if (readResult.non2xx) console.log(`  import-phase read status codes: ${JSON.stringify(readResult.statusCodeStats)}\n${server.output().slice(-3_000)}`);
    record('Import: read errors / time-outs / non-2xx', `${readResult.errors} / ${readResult.timeouts} / ${readResult.non2xx}`, '0 / 0 / 0', readResult.errors + readResult.timeouts + readResult.non2xx === 0);
    record(
      'Import: saves meanwhile acknowledged → stored / refused → stored',
      `${acknowledged.filter((t) => stored.has(t)).length} of ${acknowledged.length} / ${refused.filter((t) => stored.has(t)).length} of ${refused.length}`,
      'all / 0',
      acknowledged.every((t) => stored.has(t)) && refused.every((t) => !stored.has(t)),
    );
    record('Import: agreements added = rows + acknowledged saves', `${after - before}`, `${IMPORT_ROWS + acknowledged.length}`, after - before === IMPORT_ROWS + acknowledged.length);
  } finally {
    await server.stop();
  }
}

async function crashRun(run: number, duringImport: boolean) {
  const file = freshCopy(`crash-${run}`);
  const server: Server = await startServer(file, PORT + 10);
  const cookie = await signIn(server.url);
  const pairs = existingPairs(file);
  const acknowledged: string[] = [];
  const before = withDb(file, (sqlite) => (sqlite.prepare('SELECT count(*) n FROM Agreement').get() as { n: number }).n);
  const controller = new AbortController();
  let n = 0;
  const writer = async (lane: number) => {
    while (!controller.signal.aborted) {
      const title = `stress crash ${run}-${lane}-${n++}`;
      const outcome = await writeAgreement(server.url, cookie, pairs[n % pairs.length]!, title, controller.signal).catch(() => 'unknown' as const);
      if (outcome === 'acknowledged') acknowledged.push(title);
    }
  };
  const lanes = [0, 1, 2, 3].map(writer);
  let bigImport: Promise<unknown> = Promise.resolve();
  let committedRowsAtKill = 0;
  if (duringImport) {
    const { places, paired } = importInputs(file);
    const csv = buildImportCsv(places, paired, 2_000, 'stress-killed-import');
    // Kill once the server reports rows written inside the import's transaction.
    let inCommit!: () => void;
    const committing = new Promise<void>((resolve) => (inCommit = resolve));
    bigImport = fetch(`${server.url}/api/admin/import?mode=commit`, { method: 'POST', headers: { cookie, 'content-type': 'text/csv', origin: server.url }, body: csv, signal: controller.signal })
      .then(async (response) => {
        const decoder = new TextDecoder();
        const reader = response.body!.getReader();
        for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
          for (const match of decoder.decode(chunk.value).matchAll(/"done":(\d+)/g)) committedRowsAtKill = Math.max(committedRowsAtKill, Number(match[1]));
          if (committedRowsAtKill >= 100) inCommit();
        }
      })
      .catch(() => undefined);
    await Promise.race([committing, new Promise((resolve) => setTimeout(resolve, 60_000))]);
  } else {
    await new Promise((resolve) => setTimeout(resolve, 2_000 + ((run * 1_337) % 3_000)));
  }
  await server.kill9();
  controller.abort();
  await Promise.all([...lanes, bigImport]);
  const integrity = withDb(file, (sqlite) => (sqlite.pragma('integrity_check', { simple: true }) as string));
  const foreignKeys = withDb(file, (sqlite) => (sqlite.pragma('foreign_key_check') as unknown[]).length);
  const { present, stored, halfWritten } = presentWrites(file, acknowledged);
  const killedImportRows = withDb(file, (sqlite) => (sqlite.prepare("SELECT count(*) n FROM Agreement WHERE title LIKE 'stress-killed-import%'").get() as { n: number }).n);
  const after = withDb(file, (sqlite) => (sqlite.prepare('SELECT count(*) n FROM Agreement').get() as { n: number }).n);
  return { integrity, foreignKeys, committedRowsAtKill, acknowledged: acknowledged.length, lost: acknowledged.length - present.length, halfWritten, stored: stored.size, killedImportRows, duringImport, extra: after - before };
}

async function crashPhase() {
  const results: Awaited<ReturnType<typeof crashRun>>[] = [];
  for (let run = 1; run <= CRASH_RUNS; run += 1) {
    const result = await crashRun(run, run === CRASH_RUNS);
    console.log(`  kill -9 run ${run}: ${JSON.stringify(result)}`);
    results.push(result);
  }
  const sum = (key: 'acknowledged' | 'lost' | 'halfWritten' | 'foreignKeys') => results.reduce((total, r) => total + r[key], 0);
  record(`kill -9 during writes, ${CRASH_RUNS} runs: integrity_check ok`, `${results.filter((r) => r.integrity === 'ok').length} of ${CRASH_RUNS}`, `${CRASH_RUNS} of ${CRASH_RUNS}`, results.every((r) => r.integrity === 'ok'));
  record('kill -9: acknowledged writes lost', `${sum('lost')} of ${sum('acknowledged')}`, '0', sum('lost') === 0 && sum('acknowledged') > 0);
  record('kill -9: half-written records / foreign-key violations', `${sum('halfWritten')} / ${sum('foreignKeys')}`, '0 / 0', sum('halfWritten') === 0 && sum('foreignKeys') === 0);
  const killed = results.find((r) => r.duringImport)!;
  record(
    'kill -9 mid-import (2,000 rows): rows left',
    `${killed.killedImportRows} (killed after ${killed.committedRowsAtKill} rows written in its transaction)`,
    '0',
    killed.killedImportRows === 0 && killed.committedRowsAtKill > 0,
  );
}

function writeDocs() {
  const file = path.join(ROOT, 'docs/reliability.md');
  const table = [
    `Measured by \`npm run test:stress\` on ${new Date().toISOString().slice(0, 10)} (2-core machine shared with other jobs; production build).`,
    '',
    '| Check | Figure | Target | Result |',
    '| --- | --- | --- | --- |',
    ...rows.map((r) => `| ${r.check} | ${r.figure} | ${r.target} | ${r.pass ? 'pass' : 'FAIL'} |`),
  ].join('\n');
  const doc = readFileSync(file, 'utf8');
  const start = '<!-- stress:start -->';
  const end = '<!-- stress:end -->';
  const next = doc.includes(start) ? doc.replace(new RegExp(`${start}[\\s\\S]*${end}`), `${start}\n${table}\n${end}`) : `${doc}\n${start}\n${table}\n${end}\n`;
  writeFileSync(file, next);
}

async function main() {
  assertBuilt();
  const started = Date.now();
  mkdirSync(TMP, { recursive: true });
  await prepareDatabase(TEMPLATE);
  const phases = (process.env.STRESS_PHASES ?? 'startup,load,import,crash').split(',');
  if (phases.includes('startup')) await startupPhase();
  if (phases.includes('load')) await loadPhase();
  if (phases.includes('import')) await importPhase();
  if (phases.includes('crash')) await crashPhase();
  console.log(`\nStress run: ${((Date.now() - started) / 1000).toFixed(0)} s\n`);
  console.table(rows);
  if (process.env.STRESS_WRITE_DOCS !== '0') writeDocs();
  rmSync(TMP, { recursive: true, force: true });
  process.exit(rows.every((r) => r.pass) ? 0 : 1);
}

await main();
