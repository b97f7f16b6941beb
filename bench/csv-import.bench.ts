/**
 * CSV import of pairings + agreements (issue 5): validation (preview) and the
 * all-or-nothing commit for 1,000 and 5,000 rows on a freshly seeded database.
 * Rows pair every Belarusian place with every Chinese one not yet paired (≈2,300 new
 * pairings); the rest add agreements to pairings created earlier in the same file.
 * Prints time and rows/s per phase and the 5,000 / 1,000 ratio (≈5 means linear).
 *
 * Runs its worker in a child with the `react-server` condition (data modules import
 * `server-only`).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '..');
const TMP = path.join(ROOT, 'bench/.tmp');
const SIZES = [1_000, 5_000];

type Result = { rows: number; validateMs: number; commitMs: number; pairings: number; agreements: number };

async function worker(rows: number): Promise<void> {
  const { db } = await import('../lib/db');
  const { IMPORT_COLUMNS } = await import('../lib/import/columns');
  const { validatePairingsCsv, commitPairingsCsv } = await import('../lib/import/pairings-csv');
  const places = await db.place.findMany({ where: { deletedAt: null }, select: { id: true, slug: true, country: true } });
  const paired = new Set((await db.pairing.findMany({ select: { byPlaceId: true, cnPlaceId: true } })).map((p) => `${p.byPlaceId}:${p.cnPlaceId}`));
  const pairs: [string, string][] = [];
  for (const by of places.filter((p) => p.country === 'BY')) {
    for (const cn of places.filter((p) => p.country === 'CN')) if (!paired.has(`${by.id}:${cn.id}`)) pairs.push([by.slug, cn.slug]);
  }
  const header = IMPORT_COLUMNS.map((c) => c.name);
  const lines = [header.join(',')];
  for (let i = 0; i < rows; i += 1) {
    const [by, cn] = pairs[i % pairs.length]!;
    const values: Record<string, string> = {
      by_place: by, cn_place: cn, type: 'friendship_city', stage: 'in_contact', established: '', fields: 'culture;tourism', summary: '',
      agreement_kind: 'visit', agreement_date: `20${10 + (i % 15)}-0${1 + (i % 9)}`, agreement_title: `Delegation visit ${i}`,
      agreement_venue: '', agreement_signatories: '', source_url: `https://example.org/bench/${i % 50}`, source_title: `Bench source ${i % 50}`, source_publisher: 'Bench',
    };
    lines.push(header.map((h) => values[h] ?? '').join(','));
  }
  const csv = lines.join('\n');
  const actor = await db.user.create({ data: { email: `bench-${Date.now()}@atlas.test`, name: 'Bench', role: 'editor', passwordHash: 'x' } });
  let start = performance.now();
  const { preview, plan } = await validatePairingsCsv(csv);
  const validateMs = performance.now() - start;
  if (!plan) throw new Error(`Invalid bench file: ${JSON.stringify(preview.rows.find((r) => r.status === 'error'))}`);
  start = performance.now();
  const result = await commitPairingsCsv(plan, actor, () => undefined);
  const commitMs = performance.now() - start;
  process.stdout.write(`${JSON.stringify({ rows, validateMs, commitMs, pairings: result.pairings, agreements: result.agreements } satisfies Result)}\n`);
}

async function main(): Promise<void> {
  mkdirSync(TMP, { recursive: true });
  const { buildSyntheticDatabase } = await import('../scripts/synthetic/load-synthetic');
  const results: Result[] = [];
  for (const rows of SIZES) {
    const file = path.join(TMP, `import-${rows}.db`);
    rmSync(file, { force: true });
    await buildSyntheticDatabase(file, 0);
    const child = spawnSync(process.execPath, ['--conditions=react-server', '--import', 'tsx', import.meta.filename], {
      cwd: ROOT,
      env: { ...process.env, IMPORT_BENCH_ROWS: String(rows), DATABASE_URL: `file:${file}`, NODE_ENV: 'production' },
      encoding: 'utf8',
    });
    if (child.status !== 0) throw new Error(`Import bench (${rows} rows) failed:\n${child.stderr}`);
    results.push(JSON.parse(child.stdout.trim().split('\n').at(-1)!) as Result);
  }
  console.log('CSV import (pairings + agreements), in-process, seeded database\n');
  console.log(`${'rows'.padStart(6)} ${'validate ms'.padStart(12)} ${'commit ms'.padStart(10)} ${'rows/s'.padStart(8)}  created`);
  for (const r of results) {
    console.log(
      `${String(r.rows).padStart(6)} ${r.validateMs.toFixed(0).padStart(12)} ${r.commitMs.toFixed(0).padStart(10)} ${(r.rows / ((r.validateMs + r.commitMs) / 1000)).toFixed(0).padStart(8)}  ${r.pairings} pairings, ${r.agreements} agreements`,
    );
  }
  const [small, large] = results;
  if (small && large) console.log(`\n5,000 / 1,000 rows, total time: ${((large.validateMs + large.commitMs) / (small.validateMs + small.commitMs)).toFixed(1)}×`);
}

await (process.env.IMPORT_BENCH_ROWS ? worker(Number(process.env.IMPORT_BENCH_ROWS)) : main());
