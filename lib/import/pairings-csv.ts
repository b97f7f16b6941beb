import 'server-only';
import Papa from 'papaparse';
import { db } from '@/lib/db';
import { createPrismaClient } from '@/lib/db-client';
import { isDatabaseUnavailable } from '@/lib/db-errors';
import { writeGate } from '@/lib/db-write-gate';
import { ActionError } from '@/lib/errors';
import type { Actor } from '@/lib/audit/changes';
import { createAgreement } from '@/lib/agreements/write';
import { pairingCreateSchema, type PairingCreate } from '@/lib/pairings/schema';
import { createPairing } from '@/lib/pairings/write';
import { resolveSourceRefs } from '@/lib/sources/write';
import { IMPORT_COLUMNS, MAX_IMPORT_ROWS, type ImportPreview, type ImportRowReport } from './columns';

type CsvRow = Record<string, string>;
type PlannedRow = { line: number; input: PairingCreate; pairKey: string; addsTo: number | 'file' | null };

const REQUIRED = IMPORT_COLUMNS.filter((c) => c.required).map((c) => c.name);
const KNOWN = new Set<string>(IMPORT_COLUMNS.map((c) => c.name));

/** Which CSV column a schema path came from, so errors point at the cell. */
function columnOf(path: string): string {
  if (path.startsWith('by')) return 'by_place';
  if (path.startsWith('cn')) return 'cn_place';
  if (path.startsWith('agreement.')) return `agreement_${path.split('.')[1]}`;
  if (path.startsWith('agreement')) return 'agreement_title';
  if (path.startsWith('sources.0.')) return `source_${path.split('.')[2]}`;
  if (path.startsWith('sources')) return 'source_url';
  return path.split('.')[0] ?? path;
}

const norm = (text: string) => text.normalize('NFKC').trim().toLowerCase();

/** Every slug and spelling of every live place → its ids, per country. */
async function placeIndex() {
  const places = await db.place.findMany({
    where: { deletedAt: null },
    select: { id: true, slug: true, country: true, nameEn: true, names: { select: { name: true } } },
  });
  const index = { BY: new Map<string, Set<number>>(), CN: new Map<string, Set<number>>() };
  const slugs = new Map<string, { id: number; country: string }>();
  const names = new Map<number, string>();
  for (const place of places) {
    const map = index[place.country as 'BY' | 'CN'];
    if (!map) continue;
    names.set(place.id, place.nameEn);
    slugs.set(place.slug, { id: place.id, country: place.country });
    for (const key of [place.slug, place.nameEn, ...place.names.map((n) => n.name)]) {
      const k = norm(key);
      if (!map.has(k)) map.set(k, new Set());
      map.get(k)!.add(place.id);
    }
  }
  return { index, slugs, names };
}

export function parseCsv(text: string): { header: string[]; rows: CsvRow[]; errors: string[] } {
  const parsed = Papa.parse<CsvRow>(text.replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: 'greedy',
    transformHeader: (h) => h.trim().toLowerCase(),
    transform: (value) => value.trim(),
  });
  const errors = parsed.errors
    .filter((e) => e.code !== 'TooManyFields' && e.code !== 'TooFewFields')
    .slice(0, 5)
    .map((e) => `Line ${(e.row ?? 0) + 2}: ${e.message}`);
  return { header: parsed.meta.fields ?? [], rows: parsed.data, errors };
}

/**
 * Checks every row with the same zod schema as the new-pairing form, after resolving
 * partner names to places. Nothing is written. Returns the report for the preview
 * and, when every row is valid, the plan to commit.
 */
export async function validatePairingsCsv(text: string): Promise<{ preview: ImportPreview; plan: PlannedRow[] | null }> {
  const { header, rows, errors } = parseCsv(text);
  const fileErrors = [...errors];
  const missing = REQUIRED.filter((c) => !header.includes(c));
  if (missing.length) fileErrors.push(`Missing required column(s): ${missing.join(', ')}. Download the template for the expected header.`);
  const unknown = header.filter((h) => h && !KNOWN.has(h));
  if (unknown.length) fileErrors.push(`Unknown column(s): ${unknown.join(', ')}.`);
  if (rows.length === 0) fileErrors.push('The file has no data rows.');
  if (rows.length > MAX_IMPORT_ROWS) fileErrors.push(`At most ${MAX_IMPORT_ROWS} rows per file (this one has ${rows.length}); split it.`);
  const empty: ImportPreview = { fileErrors, rows: [], counts: { rows: rows.length, newPairings: 0, addAgreements: 0, errors: 0 } };
  if (fileErrors.length) return { preview: empty, plan: null };

  const { index, slugs, names } = await placeIndex();
  const existing = new Map(
    (await db.pairing.findMany({ select: { id: true, byPlaceId: true, cnPlaceId: true, deletedAt: true } })).map((p) => [`${p.byPlaceId}:${p.cnPlaceId}`, p]),
  );
  const inFile = new Set<string>();
  const reports: ImportRowReport[] = [];
  const plan: PlannedRow[] = [];

  for (const [i, row] of rows.entries()) {
    if (i % VALIDATE_BATCH === VALIDATE_BATCH - 1) await yieldToEventLoop();
    const line = i + 2;
    const rowErrors: { column: string; message: string }[] = [];
    const resolve = (column: 'by_place' | 'cn_place', country: 'BY' | 'CN') => {
      const value = row[column] ?? '';
      if (!value) {
        rowErrors.push({ column, message: 'Required' });
        return null;
      }
      // A slug names one place exactly, even when it is also another place's spelling (jilin / Jilin City).
      const bySlug = slugs.get(value.trim().toLowerCase());
      if (bySlug?.country === country) return bySlug.id;
      const ids = [...(index[country].get(norm(value)) ?? [])];
      if (ids.length === 1) return ids[0]!;
      const other = index[country === 'BY' ? 'CN' : 'BY'].get(norm(value));
      rowErrors.push({
        column,
        message:
          ids.length > 1
            ? `"${value}" matches ${ids.length} places (${ids.map((id) => names.get(id)).join(', ')}); use the slug`
            : other
              ? `"${value}" is a place in ${country === 'BY' ? 'China' : 'Belarus'}, not ${country === 'BY' ? 'Belarus' : 'China'}`
              : `No ${country === 'BY' ? 'Belarusian' : 'Chinese'} place "${value}" in the atlas; add it first (Places → New place)`,
      });
      return null;
    };
    const byId = resolve('by_place', 'BY');
    const cnId = resolve('cn_place', 'CN');
    const hasAgreement = Boolean(row.agreement_kind || row.agreement_title || row.agreement_date);
    const parsed = pairingCreateSchema.safeParse({
      by: { mode: 'existing', id: byId ?? 0 },
      cn: { mode: 'existing', id: cnId ?? 0 },
      type: row.type ?? '',
      stage: row.stage ?? '',
      established: row.established,
      fields: row.fields,
      summary: row.summary,
      agreement: hasAgreement
        ? { kind: row.agreement_kind ?? '', date: row.agreement_date, title: row.agreement_title ?? '', venue: row.agreement_venue, signatories: row.agreement_signatories }
        : null,
      sources: [{ mode: 'new', url: row.source_url ?? '', title: row.source_title ?? '', publisher: row.source_publisher }],
    });
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const column = columnOf(issue.path.map(String).join('.'));
        if ((column === 'by_place' && byId === null) || (column === 'cn_place' && cnId === null)) continue;
        rowErrors.push({ column, message: issue.message });
      }
    }
    const label = `${row.by_place ?? '?'} – ${row.cn_place ?? '?'}`;
    let addsTo: PlannedRow['addsTo'] = null;
    if (byId !== null && cnId !== null) {
      const key = `${byId}:${cnId}`;
      const found = existing.get(key);
      if (found?.deletedAt) rowErrors.push({ column: 'cn_place', message: 'This pairing exists but is deleted; restore it first' });
      else if (found || inFile.has(key)) {
        addsTo = found ? found.id : 'file';
        if (!hasAgreement) rowErrors.push({ column: 'agreement_title', message: 'This pairing already exists; a further row must add an agreement' });
      }
      inFile.add(key);
    }
    const status = rowErrors.length ? 'error' : addsTo !== null ? 'add_agreement' : 'new_pairing';
    reports.push({ line, status, label, errors: rowErrors });
    if (parsed.success && status !== 'error') plan.push({ line, input: parsed.data, pairKey: `${byId}:${cnId}`, addsTo });
  }

  const counts = {
    rows: rows.length,
    newPairings: reports.filter((r) => r.status === 'new_pairing').length,
    addAgreements: reports.filter((r) => r.status === 'add_agreement').length,
    errors: reports.filter((r) => r.status === 'error').length,
  };
  return { preview: { fileErrors, rows: reports, counts }, plan: counts.errors === 0 ? plan : null };
}

/** Lets requests queued behind this one run (reads, progress output) before going on. */
const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Longest stretch the commit holds the thread before letting other requests run (≈ 3 rows). */
const SLICE_MS = 20;

/** How long an import waits for another one (or a save) to finish writing before it is refused. */
const GATE_WAIT_MS = 30_000;

/** Rows checked between two yields: validating 5,000 rows would otherwise hold the thread for seconds. */
const VALIDATE_BATCH = 200;

/**
 * Writes a validated plan in ONE transaction: every row or none (a server killed
 * mid-commit leaves nothing, SQLite rolls the open transaction back on reopening).
 * `onProgress` is called as rows are written (the route streams it to the browser).
 *
 * Why this does not stall the server (docs/reliability.md, "CSV import"): the
 * transaction runs on its own connection, so every other request keeps reading the
 * last committed state from the WAL while it runs, and it yields the event loop at
 * least every 20 ms. It holds the process's write gate meanwhile: other saves wait for it
 * (asynchronously, with Prisma's maxWait) and are refused — never applied later —
 * when the wait runs out.
 */
export async function commitPairingsCsv(plan: PlannedRow[], actor: Actor, onProgress: (done: number) => void, signal?: AbortSignal) {
  const started = Date.now();
  const release = await writeGate.acquire(GATE_WAIT_MS);
  if (!release) throw new ActionError(409, 'Another import is being written; nothing was imported. Try again in a minute.');
  // A client that gave up while waiting was told nothing was imported: keep it so.
  if (signal?.aborted) {
    release();
    throw new ActionError(409, 'The request was cancelled; nothing was imported.');
  }
  const importDb = createPrismaClient(undefined, { gated: false });
  try {
    return await importDb.$transaction(
      async (tx) => {
        const sourceCache = new Map<string, number>();
        const created = new Map<string, number>();
        let pairings = 0;
        let agreements = 0;
        let lastYield = Date.now();
        for (const [i, row] of plan.entries()) {
          try {
            const sourceIds = await resolveSourceRefs(tx, row.input.sources, actor, 'sources', sourceCache);
            if (row.addsTo === null) {
              const result = await createPairing(tx, row.input, sourceIds, actor);
              created.set(row.pairKey, result.id);
              pairings++;
              if (result.agreementId) agreements++;
            } else {
              const pairingId = row.addsTo === 'file' ? created.get(row.pairKey) : row.addsTo;
              if (!pairingId || !row.input.agreement) throw new ActionError(422, 'No pairing to add this agreement to');
              await createAgreement(tx, pairingId, row.input.agreement, sourceIds, actor);
              agreements++;
            }
          } catch (error) {
            // A primary that went away is no fault of this line: the route answers 503.
            if (isDatabaseUnavailable(error)) throw error;
            // The editor is told "server error"; the cause must reach the log, not vanish here.
            if (!(error instanceof ActionError)) console.error(`[import] line ${row.line} failed`, error);
            const reason = error instanceof ActionError ? error.message : 'server error';
            throw new ActionError(422, `Line ${row.line}: ${reason}. Nothing was imported.`);
          }
          if (i % 25 === 24 || i === plan.length - 1) onProgress(i + 1);
          if (Date.now() - lastYield >= SLICE_MS) {
            await yieldToEventLoop();
            lastYield = Date.now();
          }
        }
        return { pairings, agreements, sources: sourceCache.size, ms: Date.now() - started };
      },
      { timeout: 15 * 60_000, maxWait: 30_000 },
    );
  } finally {
    await importDb.$disconnect();
    release();
  }
}
