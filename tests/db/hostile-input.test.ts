/**
 * Hostile input never gets a 500 (issue 8). Every server action (enumerated from the
 * code, as tests/db/write-authorization.test.ts does), every write route and every
 * public API query and path parameter gets the corpus of tests/helpers/hostile-corpus.ts
 * plus property-based inputs (fast-check) — signed in as an editor or admin, so
 * validation really runs. Each answer must be a 4xx or a field-error result, never a
 * 5xx or a thrown exception, and a rejected write must commit nothing: a second SQLite
 * connection watches `PRAGMA data_version` around every call, and a checksum of every
 * table (tests/helpers/snapshot.ts) is compared around each block of rejected inputs.
 * The HTTP-level cases (percent-encoding, methods, body sizes, cross-origin actions)
 * are in tests/e2e/hostile-http.spec.ts.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { placesQuery, projectsQuery, sourcesQuery, tradeParams } from '@/lib/api/params';
import { db } from '@/lib/db';
import { atlasFilterParams } from '@/lib/filters/schema';
import { textValues, wholeInputs, fieldValues, naughtyStrings, type HostileValue } from '../helpers/hostile-corpus';
import { ROOT } from '../helpers/paths';
import { appSourceFiles } from '../helpers/source-files';
import { snapshotDatabase } from '../helpers/snapshot';
import { actAs, makeUser } from '../helpers/users';

vi.mock('next/headers', async () => (await import('../helpers/session')).nextHeadersMock);
vi.mock('next/cache', async () => (await import('../helpers/session')).nextCacheMock);

const rel = (file: string) => path.relative(ROOT, file).split(path.sep).join('/');
const files = appSourceFiles();
const isServerModule = (file: string) => /^\s*(?:\/\/[^\n]*\n|\/\*[\s\S]*?\*\/\s*)*\s*['"]use server['"]/.test(readFileSync(file, 'utf8'));
// The reader's suggestion action takes (state, FormData), not one input object: its refusals
// (size, honeypot, timing, validation, rate limit) are tested in tests/db/suggestions.test.ts.
const FORM_DATA_ACTIONS = /[/\\]suggestions[/\\]submit-suggestion\.ts$/;
const actionFiles = files.filter((f) => isServerModule(f) && !FORM_DATA_ACTIONS.test(f));
const routeFiles = files.filter((f) => /[/\\]route\.tsx?$/.test(f));

const dbFile = () => process.env.DATABASE_URL!.replace(/^file:/, '');
let watcher: Database.Database;
const dataVersion = () => watcher.pragma('data_version', { simple: true }) as number;
const checksum = (skip: string[] = []) => {
  const snapshot = snapshotDatabase(dbFile());
  delete snapshot.AppSecret;
  for (const table of skip) delete snapshot[table];
  return createHash('sha256').update(JSON.stringify(snapshot)).digest('hex');
};

/** Inputs tried and answers seen, per target class, for docs/security.md. */
const tally = new Map<string, { inputs: number; fiveXx: number; statuses: Map<number, number> }>();
function count(target: string, status: number) {
  const entry = tally.get(target) ?? { inputs: 0, fiveXx: 0, statuses: new Map() };
  entry.inputs += 1;
  if (status >= 500) entry.fiveXx += 1;
  entry.statuses.set(status, (entry.statuses.get(status) ?? 0) + 1);
  tally.set(target, entry);
}

type Failure = { target: string; input: string; problem: string };
const describeInput = (value: unknown) => {
  try {
    return (JSON.stringify(value) ?? String(value)).slice(0, 120);
  } catch {
    return String(value).slice(0, 120);
  }
};

let editor: Awaited<ReturnType<typeof makeUser>>;
let admin: Awaited<ReturnType<typeof makeUser>>;
/** The account the user-management actions are aimed at (they may really change it). */
let target: Awaited<ReturnType<typeof makeUser>>;

beforeAll(async () => {
  editor = await makeUser('editor');
  admin = await makeUser('admin');
  target = await makeUser('editor');
  watcher = new Database(dbFile(), { readonly: true });
  await actAs(admin); // creates the session secret (AppSecret) before anything is watched
});

afterAll(async () => {
  watcher?.close();
  await actAs(null);
  const rows = [...tally.entries()].map(([target, t]) => `${target}: ${t.inputs} inputs, ${t.fiveXx} × 5xx, statuses ${JSON.stringify(Object.fromEntries(t.statuses))}`);
  console.log(`[hostile-input] ${[...tally.values()].reduce((n, t) => n + t.inputs, 0)} inputs\n${rows.join('\n')}`);
});

/** Valid-looking inputs per action, from the same loaders and form values the edit pages use. */
async function baseInputs(): Promise<Record<string, Record<string, unknown>>> {
  const forms = await import('@/lib/admin/form-values');
  const pick = async <T,>(find: () => Promise<T | null>) => (await find())!;
  const pairingRow = await db.pairing.findFirstOrThrow({ where: { deletedAt: null }, select: { id: true } });
  const placeRow = await db.place.findFirstOrThrow({ where: { deletedAt: null, tier: 'locality' }, select: { id: true } });
  const agreementRow = await db.agreement.findFirstOrThrow({ where: { deletedAt: null }, select: { id: true } });
  const projectRow = await db.project.findFirstOrThrow({ where: { deletedAt: null }, select: { id: true } });
  const tradeRow = await db.tradeFigure.findFirstOrThrow({ where: { deletedAt: null }, select: { id: true } });
  const sourceRow = await db.source.findFirstOrThrow({ where: { deletedAt: null }, select: { id: true } });
  const pairing = forms.pairingFormValues(await pick(() => import('@/lib/pairings/admin-queries').then((m) => m.getPairingForEdit(pairingRow.id))));
  const place = forms.placeFormValues(await pick(() => import('@/lib/places/admin-queries').then((m) => m.getPlaceForEdit(placeRow.id))));
  const agreement = forms.agreementFormValues(await pick(() => import('@/lib/agreements/admin-queries').then((m) => m.getAgreementForEdit(agreementRow.id))));
  const project = forms.projectFormValues(await pick(() => import('@/lib/projects/admin-queries').then((m) => m.getProjectForEdit(projectRow.id))));
  const trade = forms.tradeFormValues(await pick(() => import('@/lib/trade/admin-queries').then((m) => m.getTradeFigureForEdit(tradeRow.id))));
  const source = forms.sourceFormValues(await pick(() => import('@/lib/sources/admin-queries').then((m) => m.getSourceForEdit(sourceRow.id))));
  const create = (values: Record<string, unknown>) => Object.fromEntries(Object.entries(values).filter(([key]) => key !== 'id' && key !== 'version'));
  const event = await db.auditEvent.findFirst({ select: { id: true } });
  // An id no corpus value names: a whole input such as { id: 1 } is of the right shape for
  // the review actions (their only field), and would really review suggestion 1.
  const suggestion = await db.suggestion.create({
    data: { id: 700_000 + Math.floor(Math.random() * 100_000), reference: `SCA-H${Date.now().toString(36).toUpperCase()}`, kind: 'correction', entityType: 'pairing', entityId: pairingRow.id, sourceUrl: 'https://example.org/s', message: 'Hostile-input base', locale: 'en' },
  });
  return {
    changeOwnPassword: { currentPassword: 'not the password', newPassword: 'a new long enough password', confirmPassword: 'a new long enough password' },
    resetUserPassword: { id: target.id, password: 'another long enough password' },
    acceptSuggestion: { id: suggestion.id },
    rejectSuggestion: { id: suggestion.id, reason: 'No source says so' },
    updatePairing: pairing,
    createPairing: { ...create(pairing), by: { mode: 'existing', id: place.id }, agreement: null },
    updatePlace: place,
    // Creates copy an existing record: validation runs in full, and a valid one is refused as a
    // duplicate instead of adding hundreds of rows (which would make the run slow).
    createPlace: create(place),
    updateAgreement: agreement,
    createAgreement: create(agreement),
    updateProject: project,
    createProject: create(project),
    updateTradeFigure: trade,
    createTradeFigure: create(trade),
    updateSource: source,
    createSource: create(source),
    deleteRecord: { entityType: 'pairing', id: pairingRow.id, version: pairing.version },
    restoreRecord: { entityType: 'pairing', id: pairingRow.id, version: pairing.version },
    revertChange: { eventId: event?.id ?? 1 },
    createUser: { email: 'hostile-new@atlas.test', name: 'Hostile New', role: 'editor', password: 'a long enough password' },
    updateUser: { id: target.id, role: 'editor', disabled: false },
  };
}

/**
 * A wrong current password is counted against the account like a failed sign-in
 * (lib/auth/rate-limit.ts): refusing it writes the throttle by design. For these actions
 * a refusal may change the throttle tables, and nothing else.
 */
const THROTTLED_ACTIONS = new Set(['changeOwnPassword']);
const THROTTLE_TABLES = ['SignInThrottle', 'SignInAttempt'];
let refusalsMayThrottle = false;

type ActionResultLike = { ok: boolean; status?: number; error?: unknown; fieldErrors?: unknown };
const REFUSALS = [400, 401, 403, 404, 409, 413, 422, 429];

async function callAction(target: string, action: (input: unknown) => Promise<unknown>, input: unknown, failures: Failure[]) {
  const before = dataVersion();
  let result: ActionResultLike;
  try {
    result = (await action(input)) as ActionResultLike;
  } catch (error) {
    count(target, 500);
    failures.push({ target, input: describeInput(input), problem: `threw ${String(error).slice(0, 200)}` });
    return false;
  }
  const status = result.ok ? 200 : (result.status ?? 500);
  count(target, status);
  if (result.ok) return true;
  if (!REFUSALS.includes(status) || typeof result.error !== 'string') failures.push({ target, input: describeInput(input), problem: `answered ${status}: ${String(result.error)}` });
  if (!refusalsMayThrottle && dataVersion() !== before) failures.push({ target, input: describeInput(input), problem: `refused with ${status} but committed a change` });
  return false;
}

/** Property-based inputs: the valid object with random keys replaced, dropped or added. */
function mutations(base: Record<string, unknown>, runs: number, seed: number): unknown[] {
  const keys = Object.keys(base);
  const arbitrary = fc.oneof(
    fc.anything({ maxDepth: 3 }),
    fc.record(Object.fromEntries(keys.map((k) => [k, fc.oneof(fc.constant(base[k]), fc.anything({ maxDepth: 2 }), fc.string(), fc.integer())])), { requiredKeys: [] }),
    fc.dictionary(fc.oneof(fc.constantFrom(...keys), fc.string()), fc.anything({ maxDepth: 2 })).map((extra) => ({ ...base, ...extra })),
  );
  return fc.sample(arbitrary, { numRuns: runs, seed });
}

describe('server actions answer every hostile input with a refusal or a result, never a 500', () => {
  it('finds them in the code', () => {
    expect(actionFiles.length).toBeGreaterThanOrEqual(15);
  });

  it.each(actionFiles.map((file) => [rel(file), file] as const))('%s', async (_name, file) => {
    const loaded = (await import(file)) as Record<string, unknown>;
    const actions = Object.entries(loaded).filter(([, v]) => typeof v === 'function') as [string, (input: unknown) => Promise<unknown>][];
    expect(actions.length).toBeGreaterThan(0);
    await actAs(admin); // the base inputs come from the admin loaders, which check the session
    const bases = await baseInputs();
    const failures: Failure[] = [];
    for (const [name, action] of actions) {
      const base = bases[name];
      expect(base, `a valid-looking input for ${name}`).toBeDefined();
      const isAdminAction = /\badminAction\s*\(/.test(readFileSync(file, 'utf8'));
      await actAs(isAdminAction ? admin : editor);
      const target = `server action ${name}`;

      // 1. Whole inputs of every class: none is an object of the right shape, so all are refused.
      refusalsMayThrottle = THROTTLED_ACTIONS.has(name);
      const skipped = refusalsMayThrottle ? THROTTLE_TABLES : [];
      const sumBefore = checksum(skipped);
      for (const { value } of wholeInputs) {
        if (await callAction(target, action, value, failures)) failures.push({ target, input: describeInput(value), problem: 'accepted a non-object input' });
      }
      expect(checksum(skipped), `${name}: tables unchanged after the refused whole inputs`).toBe(sumBefore);

      // 2. Missing fields (each key dropped); 3. each field set to each hostile value; 4. fast-check
      // mutations. Some of these are valid and saved; the refused ones are checked one by one.
      for (const key of Object.keys(base)) {
        await callAction(target, action, Object.fromEntries(Object.entries(base).filter(([k]) => k !== key)), failures);
      }
      // Every other value per field (alternating between fields), so each value still reaches every
      // action. A free-text field stores most values as they are (a valid save, hundreds of rows and
      // slow): after 6 saves through one field its remaining values are left out.
      for (const [i, key] of Object.keys(base).entries()) {
        let saved = 0;
        for (const { value } of fieldValues.filter((_: HostileValue, j) => (i + j) % 2 === 0)) {
          if ((await callAction(target, action, { ...base, [key]: value }, failures)) && ++saved >= 6) break;
        }
      }
      const stringFields = Object.keys(base).filter((k) => typeof base[k] === 'string');
      const naughtyInputs = naughtyStrings.filter((_, i) => i % 8 === 0).map((v, i) => ({ ...base, [stringFields[i % Math.max(1, stringFields.length)] ?? 'x']: v.value }));
      for (const input of [...naughtyInputs, ...mutations(base, 60, name.length)]) await callAction(target, action, input, failures);
    }
    expect(failures.slice(0, 20)).toEqual([]);
  });
});

type RouteModule = Record<string, ((request: Request, context?: unknown) => Promise<Response>) | undefined>;

async function callRoute(target: string, handler: NonNullable<RouteModule[string]>, request: Request, failures: Failure[], context?: unknown) {
  let response: Response;
  try {
    response = await handler(request, context);
  } catch (error) {
    count(target, 500);
    failures.push({ target, input: request.url.slice(0, 160), problem: `threw ${String(error).slice(0, 200)}` });
    return 500;
  }
  count(target, response.status);
  if (response.status >= 500) failures.push({ target, input: request.url.slice(0, 160), problem: `answered ${response.status}: ${(await response.text()).slice(0, 200)}` });
  return response.status;
}

const TEN_MB = 'x'.repeat(10 * 1024 * 1024);
const rawBodies: { label: string; body: BodyInit; type: string }[] = [
  { label: 'invalid JSON', body: '{"email": ', type: 'application/json' },
  { label: 'JSON array', body: '[1,2,3]', type: 'application/json' },
  { label: 'JSON string', body: '"x"', type: 'application/json' },
  { label: 'invalid UTF-8', body: new Uint8Array([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x3a, 0xc0, 0xaf, 0x7d]), type: 'application/json' },
  { label: 'deep JSON', body: `${'['.repeat(100_000)}${']'.repeat(100_000)}`, type: 'application/json' },
  { label: 'form garbage', body: '%%%&&&===%zz', type: 'application/x-www-form-urlencoded' },
  { label: 'bad multipart', body: '--x\r\nContent-Disposition: form-data; name="a"\r\n\r\nb', type: 'multipart/form-data; boundary=y' },
  { label: 'multipart without boundary', body: 'abc', type: 'multipart/form-data' },
  { label: 'no content type', body: 'hello', type: '' },
  { label: 'CSV garbage', body: '\u0000\u0001,,,"\n"""', type: 'text/csv' },
  { label: '10 MB body', body: TEN_MB, type: 'application/json' },
  { label: '10 MB CSV', body: TEN_MB, type: 'text/csv' },
];

describe('write routes answer hostile bodies with 4xx, never a 500', () => {
  const writeRoutes = routeFiles.filter((f) => /app[/\\]api[/\\](admin|auth)[/\\]/.test(f));

  it('finds them in the code', () => {
    expect(writeRoutes.map(rel)).toEqual(expect.arrayContaining(['app/api/admin/import/route.ts', 'app/api/auth/sign-in/route.ts']));
  });

  it.each(writeRoutes.map((file) => [rel(file), file] as const))('%s', async (name, file) => {
    const loaded = (await import(file)) as RouteModule;
    const failures: Failure[] = [];
    await actAs(editor);
    // Sign-in records throttle counters and sign-out revokes the caller's session: both write
    // by design, so only their status codes are checked, not the tables.
    const writesByDesign = name.includes('sign-in') || name.includes('sign-out');
    const sumBefore = writesByDesign ? '' : checksum();
    for (const method of ['POST', 'PUT', 'PATCH', 'DELETE'] as const) {
      const handler = loaded[method];
      if (!handler) continue;
      const target = `${method} ${name}`;
      const url = (query: string) => `http://127.0.0.1/${name.replace(/^app\//, '').replace(/\/route\.ts$/, '')}${query}`;
      for (const query of ['?mode=preview', '?mode=commit', '?mode=%00', '']) {
        for (const raw of rawBodies) {
          const headers: Record<string, string> = raw.type ? { 'content-type': raw.type } : {};
          await callRoute(target, handler, new Request(url(query), { method, headers, body: raw.body }), failures);
        }
      }
      // JSON bodies of every class (the sign-in route hashes each well-formed attempt: a sample there).
      const inputs = writesByDesign ? wholeInputs.filter((_, i) => i % 10 === 0) : wholeInputs;
      for (const { value } of inputs) {
        let body: string;
        try {
          body = JSON.stringify({ email: value, password: value, csv: value }) ?? 'null';
        } catch {
          continue; // a value JSON cannot carry (deep nesting is covered by the raw bodies)
        }
        await callRoute(target, handler, new Request(url('?mode=preview'), { method, headers: { 'content-type': 'application/json' }, body }), failures);
      }
      // CSV bodies made of naughty strings (the import's parser and validator).
      if (name.includes('import')) {
        for (const { value } of naughtyStrings.filter((_, i) => i % 3 === 0)) {
          const csv = `by_slug,cn_slug,type,stage\n${String(value)},${String(value)},${String(value)},${String(value)}\n`;
          await callRoute(target, handler, new Request(url('?mode=commit'), { method, headers: { 'content-type': 'text/csv' }, body: csv }), failures);
        }
      }
    }
    for (const method of ['GET'] as const) {
      const handler = loaded[method];
      if (!handler) continue;
      for (const value of textValues) {
        const params = new URLSearchParams({ q: value, country: value });
        await callRoute(`GET ${name}`, handler, new Request(`http://127.0.0.1/api/x?${params}`), failures);
      }
    }
    if (!writesByDesign) expect(checksum(), `${name}: tables unchanged`).toBe(sumBefore);
    expect(failures.slice(0, 20)).toEqual([]);
  });
});

describe('public API answers hostile query and path parameters with 200 or 4xx, never a 500', () => {
  const apiRoutes = routeFiles.filter((f) => /app[/\\]api[/\\]v1[/\\]/.test(f));
  const sample = [...new Set([...fieldValues.map((v) => v.value).filter((v): v is string => typeof v === 'string'), ...textValues.filter((_, i) => i % 6 === 0)])];

  const filterParams = [...Object.keys(atlasFilterParams.shape), 'format'];
  const PARAMS_OF: Record<string, string[]> = {
    agreements: filterParams,
    pairings: filterParams,
    geojson: filterParams,
    places: Object.keys(placesQuery.shape),
    projects: Object.keys(projectsQuery.shape),
    sources: Object.keys(sourcesQuery.shape),
    trade: Object.keys(tradeParams.shape),
  };

  it.each(apiRoutes.map((file) => [rel(file), file] as const))('%s', async (name, file) => {
    await actAs(null);
    const loaded = (await import(file)) as RouteModule;
    const handler = loaded.GET!;
    const failures: Failure[] = [];
    const target = `GET ${name}`;
    const pathname = `/${name.replace(/^app\//, '').replace(/\/route\.ts$/, '')}`;
    const pathParam = /\[(\w+)\]/.exec(name)?.[1];
    if (pathParam) {
      for (const value of textValues) {
        const url = `http://127.0.0.1${pathname.replace(`[${pathParam}]`, encodeURIComponent(value.toWellFormed()))}`;
        await callRoute(target, handler, new Request(url), failures, { params: Promise.resolve({ [pathParam]: value }) });
      }
    } else {
      const PARAMS = [...(PARAMS_OF[name.split('/')[3]] ?? []), 'unknown'];
      for (const param of PARAMS) {
        for (const value of param === 'q' ? textValues : PARAMS.length === 1 ? sample.slice(0, 50) : sample) {
          await callRoute(target, handler, new Request(`http://127.0.0.1${pathname}?${new URLSearchParams({ [param]: value })}`), failures);
        }
      }
      // Property-based: random combinations of known and unknown parameters.
      const query = fc.dictionary(fc.oneof(fc.constantFrom(...PARAMS), fc.string()), fc.oneof(fc.string(), fc.constantFrom(...sample)), { maxKeys: 6 });
      for (const params of fc.sample(query, { numRuns: 150, seed: 8 })) {
        await callRoute(target, handler, new Request(`http://127.0.0.1${pathname}?${new URLSearchParams(params)}`), failures);
      }
    }
    expect(failures.slice(0, 20)).toEqual([]);
  });
});
