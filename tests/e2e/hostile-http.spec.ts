import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { snapshotDatabase } from '../helpers/snapshot';

/**
 * Hostile requests at the HTTP level against the built server (issue 8): what only a
 * real server sees — malformed percent-encoding in paths and queries, unsupported
 * methods, server-action requests with malformed, oversized or cross-origin bodies
 * (decoded by Next before our code runs). Every answer must be < 500, and nothing may
 * change in the database. Raw requests go through node:http so the bytes on the wire
 * are exactly the hostile ones (a browser or URL parser would normalise them); the
 * editor's session comes from the real sign-in route. In-process inputs (field values,
 * query parameters) are in tests/db/hostile-input.test.ts.
 */
const ROOT = path.resolve(import.meta.dirname, '../..');
const PORT = Number(process.env.E2E_PORT ?? 3100);
const DB_FILE = path.resolve(ROOT, (process.env.E2E_DATABASE_URL ?? 'file:./tests/.tmp/e2e.db').replace(/^file:/, ''));
const EDITOR = 'hostile-editor@atlas.test';
const PASSWORD = 'hostile editor password';
const ORIGIN = `http://127.0.0.1:${PORT}`;

type Answer = { status: number; headers: http.IncomingHttpHeaders; body: string };
function send(method: string, target: string, { headers = {}, body, chunked = false }: { headers?: Record<string, string>; body?: string | Buffer; chunked?: boolean } = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const payload = typeof body === 'string' ? Buffer.from(body) : body;
    let answered = false;
    const request = http.request(
      // A fresh connection each time (agent: false): a refused upload leaves its socket unusable.
      { host: '127.0.0.1', port: PORT, method, path: target, agent: false, headers: { ...headers, ...(payload && !chunked ? { 'content-length': String(payload.length) } : {}) }, insecureHTTPParser: true },
      (response) => {
        answered = true;
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks).toString('utf8').slice(0, 2000) }));
        response.on('error', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks).toString('utf8') }));
      },
    );
    request.setTimeout(30_000, () => request.destroy(new Error(`timeout: ${method} ${target.slice(0, 80)}`)));
    // A server that refuses a large body answers and closes before reading it all: status 0
    // (counted as a failure) only when no answer came at all.
    request.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE' && error.code !== 'ECONNRESET') return reject(error);
      setTimeout(() => resolve({ status: 0, headers: {}, body: String(error) }), 1000);
    });
    // Written in pieces, with backpressure, stopping once the server has answered (as a
    // browser's upload does), so the answer is read rather than lost to a broken pipe.
    const pieces = payload ? Array.from({ length: Math.ceil(payload.length / 65_536) }, (_, i) => payload.subarray(i * 65_536, (i + 1) * 65_536)) : [];
    const writeNext = () => {
      while (pieces.length > 0 && !answered && !request.destroyed) {
        if (!request.write(pieces.shift()!)) return void request.once('drain', writeNext);
      }
      if (!request.destroyed) request.end();
    };
    writeNext();
  });
}

/** Answers per target class; a 5xx anywhere fails the test at the end (after the tally is printed). */
const tally = new Map<string, { inputs: number; fiveXx: number; examples: string[] }>();
function record(target: string, label: string, answer: Answer) {
  const entry = tally.get(target) ?? { inputs: 0, fiveXx: 0, examples: [] };
  entry.inputs += 1;
  if (answer.status >= 500 || answer.status === 0) {
    entry.fiveXx += 1;
    if (entry.examples.length < 5) entry.examples.push(`${label.slice(0, 100)} → ${answer.status} ${answer.body.slice(0, 80)}`);
  }
  tally.set(target, entry);
  return answer;
}
function report() {
  const lines = [...tally.entries()].map(([target, t]) => `${target}: ${t.inputs} requests, ${t.fiveXx} × 5xx${t.examples.length ? `\n    ${t.examples.join('\n    ')}` : ''}`);
  console.log(`[hostile-http]\n${lines.join('\n')}`);
  return [...tally.values()].reduce((n, t) => n + t.fiveXx, 0);
}

function tables() {
  const snapshot = snapshotDatabase(DB_FILE);
  // Sign-in bookkeeping, not atlas data: attempts and throttles are recorded by design, and
  // a sign-out request revokes the caller's session whatever its body says.
  for (const table of ['SignInAttempt', 'SignInThrottle', 'Session', 'AppSecret', 'User']) delete snapshot[table];
  return snapshot;
}

const BAD_SEGMENTS = [
  '%', '%2', '%zz', '%G0', '%%', '%u0041', '%E0%A4%A', '%C0%AF', '%ED%A0%80', '%FF', '%FE%FF', '%E2%82', '%F0%9F%98',
  '%25', 'a%25b', '%2525', '%25zz', '%25%25', 'minsk%25', '%00', 'a%00b', '%2e%2e', '%2F', '..%2F..%2Fetc%2Fpasswd',
  '%0d%0aSet-Cookie:%20x=1', '%3Cscript%3Ealert(1)%3C%2Fscript%3E', '%27%20OR%201=1--', '\xff', 'é', 'x'.repeat(4000),
];
const PATH_TEMPLATES = ['/en/places/{}', '/en/pairings/{}', '/en/projects/{}', '/en/{}', '/{}', '/{}/places/minsk', '/en/admin/{}', '/api/v1/places/{}', '/api/v1/pairings/{}', '/api/v1/projects/{}', '/api/v1/{}', '/api/{}'];
const QUERY_TARGETS = ['/en', '/en/timeline', '/en/agreements', '/en/projects', '/api/v1/agreements', '/api/v1/pairings', '/api/v1/places', '/api/v1/projects', '/api/v1/sources', '/api/v1/trade', '/api/v1/geojson'];
const BAD_QUERIES = ['?q=%', '?q=%zz', '?q=%FF', '?q=%ED%A0%80', '?%zz=1', '?stage=%', '?q=%00', '?q=a%25', '?page=%', '?a[b][c]=1', `?q=${'a'.repeat(9000)}`, '?q=%E0%A4%A&format=csv'];
const METHODS = ['TRACE', 'TRACK', 'PROPFIND', 'SEARCH', 'MKCOL', 'LOCK', 'PURGE', 'PUT', 'PATCH', 'DELETE', 'FOO'];
const METHOD_TARGETS = ['/en', '/en/places/minsk', '/api/v1/pairings', '/api/v1/places/minsk', '/api/auth/sign-in', '/api/admin/import', '/api/nope', '/sitemap.xml'];


test('hostile paths, queries and methods never get a 5xx', async () => {
  test.setTimeout(240_000);
  const before = tables();
  for (const template of PATH_TEMPLATES) {
    for (const segment of BAD_SEGMENTS) {
      const target = template.replace('{}', segment);
      const answer = record(`path ${template}`, target, await send('GET', target));
      if (answer.status < 500) expect.soft([200, 301, 302, 303, 307, 308, 400, 404], target.slice(0, 80)).toContain(answer.status);
    }
  }
  for (const pathname of QUERY_TARGETS) for (const query of BAD_QUERIES) record(`query ${pathname}`, pathname + query, await send('GET', pathname + query));
  for (const pathname of METHOD_TARGETS) {
    for (const method of METHODS) {
      const answer = record(`method on ${pathname}`, `${method} ${pathname}`, await send(method, pathname));
      if (['TRACE', 'TRACK', 'PROPFIND', 'SEARCH', 'MKCOL', 'LOCK', 'PURGE', 'FOO'].includes(method) && answer.status < 500 && answer.status !== 400) {
        expect.soft(answer.status, `${method} ${pathname}`).toBe(405);
        expect.soft(answer.headers.allow, `${method} ${pathname} names the allowed methods`).toMatch(/GET/);
      }
    }
  }
  expect(tables()).toEqual(before);
  expect(report()).toBe(0);
});

/** The server actions of the build, with a page each is served from (any page accepts any action). */
function buildActions() {
  const manifest = JSON.parse(readFileSync(path.join(ROOT, '.next/server/server-reference-manifest.json'), 'utf8')) as {
    node: Record<string, { exportedName?: string; workers: Record<string, unknown> }>;
  };
  return Object.entries(manifest.node).map(([id, entry]) => {
    const page = Object.keys(entry.workers)[0]!
      .replace(/^app/, '')
      .replace(/\/page$/, '')
      .replace(/\/\([^)]*\)/g, '')
      .replace('[locale]', 'en')
      .replace(/\[[^\]]+\]/g, '1');
    return { id, name: entry.exportedName ?? id, page };
  });
}

const deepArray = `${'['.repeat(50_000)}${']'.repeat(50_000)}`;
const ACTION_BODIES: { label: string; body: string | Buffer; type?: string }[] = [
  { label: 'empty', body: '' },
  { label: 'truncated', body: '[' },
  { label: 'not JSON', body: 'not json at all' },
  { label: 'object, not an argument list', body: '{"a":1}' },
  { label: 'string', body: '"x"' },
  { label: 'no arguments', body: '[]' },
  { label: 'empty object', body: '[{}]' },
  { label: 'wrong types', body: '[null, 1, true, "x"]' },
  ...['$Q1', '$@1', '$F1', '$K1', '$T1', '$n1e999', '$Dnot-a-date', '$B1', '$R1', '$1:a:b', '$h1', '$S', '$W1', '$i1', '$l1', '$Y', '$Z', '$E', '$undefined', '$$x', '$'].map((ref) => ({ label: `reference ${ref}`, body: JSON.stringify([ref]) })),
  { label: 'nested reference', body: JSON.stringify([{ a: '$Q99', b: ['$@7'] }]) },
  { label: 'deeply nested', body: deepArray },
  { label: 'too many arguments', body: JSON.stringify(Array.from({ length: 2000 }, () => 1)) },
  { label: 'invalid UTF-8', body: Buffer.from([0x5b, 0x22, 0xff, 0xfe, 0xc0, 0xaf, 0x22, 0x5d]) },
  { label: 'lone surrogate', body: '["\\ud800"]' },
  { label: 'multipart without boundary', body: 'abc', type: 'multipart/form-data' },
  { label: 'multipart, wrong boundary', body: '--x\r\nContent-Disposition: form-data; name="1"\r\n\r\nb\r\n--x--', type: 'multipart/form-data; boundary=y' },
  { label: 'multipart, truncated', body: '--y\r\nContent-Disposition: form-data; name="0"\r\n\r\n["$K1"]', type: 'multipart/form-data; boundary=y' },
  { label: 'url-encoded', body: 'a=%zz&b', type: 'application/x-www-form-urlencoded' },
  { label: 'JSON type', body: '[{}]', type: 'application/json' },
];

async function signInCookie(): Promise<string> {
  try {
    execFileSync(path.join(ROOT, 'node_modules/.bin/tsx'), ['scripts/user-create.ts', '--email', EDITOR, '--role', 'editor', '--name', 'Hostile Editor'], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: `file:${DB_FILE}`, ATLAS_USER_PASSWORD: PASSWORD },
      stdio: 'pipe',
    });
  } catch (error) {
    if (!String((error as { stderr?: Buffer }).stderr).includes('already has an account')) throw error;
  }
  const answer = await send('POST', '/api/auth/sign-in', { headers: { 'content-type': 'application/json', origin: ORIGIN }, body: JSON.stringify({ email: EDITOR, password: PASSWORD }) });
  expect(answer.status).toBe(200);
  const cookie = ([] as string[]).concat(answer.headers['set-cookie'] ?? []).map((c) => c.split(';')[0]).join('; ');
  expect(cookie).toContain('atlas_session=');
  return cookie;
}

test('server actions: malformed, oversized and cross-origin requests get 4xx, never a 5xx, and change nothing', async () => {
  test.setTimeout(300_000);
  const actions = buildActions();
  expect(actions.length).toBeGreaterThanOrEqual(17);
  const cookie = await signInCookie();
  const before = tables();
  const actionHeaders = (id: string, type = 'text/plain;charset=UTF-8', extra: Record<string, string> = {}) => ({
    'next-action': id,
    accept: 'text/x-component',
    'content-type': type,
    origin: ORIGIN,
    ...extra,
  });
  // Anonymous: a forged session cookie gets past proxy.ts's optimistic admin redirect, so
  // Next decodes the body (as it does for the editor) before the action refuses the caller.
  const callers = [
    { label: 'anonymous', page: (p: string) => p, extra: { cookie: 'atlas_session=forged' } as Record<string, string> },
    { label: 'anonymous, public page', page: () => '/en', extra: {} as Record<string, string> },
    { label: 'editor', page: (p: string) => p, extra: { cookie } },
  ];
  for (const action of actions) {
    for (const caller of callers) {
      const target = `action ${action.name} (${caller.label})`;
      for (const { label, body, type } of ACTION_BODIES) {
        record(target, label, await send('POST', caller.page(action.page), { headers: actionHeaders(action.id, type, caller.extra), body }));
      }
      for (const origin of ['https://evil.example', 'null', 'http://[', `http://127.0.0.1:${PORT + 1}`]) {
        const answer = record(target, `origin ${origin}`, await send('POST', caller.page(action.page), { headers: actionHeaders(action.id, undefined, { ...caller.extra, origin }), body: '[{}]' }));
        if (answer.status < 500) expect.soft(answer.status, `cross-origin ${origin}`).toBe(403);
      }
      const big = JSON.stringify(['x'.repeat(1_100_000)]);
      const tooBig = record(target, '1.1 MB body', await send('POST', caller.page(action.page), { headers: actionHeaders(action.id, undefined, caller.extra), body: big }));
      if (tooBig.status < 500) expect.soft(tooBig.status, '1.1 MB action body').toBe(413);
      record(target, '1.1 MB chunked body', await send('POST', caller.page(action.page), { headers: actionHeaders(action.id, undefined, caller.extra), body: big, chunked: true }));
    }
  }
  // 10 MB bodies, with and without Content-Length, and unknown action ids.
  const tenMb = JSON.stringify(['x'.repeat(10 * 1024 * 1024)]);
  for (const action of actions.slice(0, 2)) {
    record('action, 10 MB body', action.name, await send('POST', '/en', { headers: actionHeaders(action.id), body: tenMb }));
    record('action, 10 MB body', `${action.name} chunked`, await send('POST', '/en', { headers: actionHeaders(action.id), body: tenMb, chunked: true }));
  }
  for (const id of ['x', '0'.repeat(42), `7f${'0'.repeat(40)}`, '../../etc/passwd', '%zz', 'a'.repeat(5000)]) {
    record('unknown action id', id, await send('POST', '/en', { headers: actionHeaders(id), body: '[{}]' }));
  }
  expect(tables()).toEqual(before);
  expect(report()).toBe(0);
});

test('write routes refuse oversized and malformed bodies with 4xx', async () => {
  test.setTimeout(120_000);
  const cookie = await signInCookie();
  const before = tables();
  const headers = (type: string) => ({ 'content-type': type, origin: ORIGIN, cookie });
  const tenMb = 'x'.repeat(10 * 1024 * 1024);
  for (const route of ['/api/auth/sign-in', '/api/admin/import?mode=preview', '/api/auth/sign-out']) {
    const target = `POST ${route.split('?')[0]}`;
    for (const [label, type, body, chunked] of [
      ['10 MB JSON', 'application/json', tenMb, false],
      ['10 MB chunked', 'application/json', tenMb, true],
      ['invalid JSON', 'application/json', '{"email":', false],
      ['invalid UTF-8', 'application/json', Buffer.from([0x7b, 0xff, 0xfe, 0x7d]), false],
      ['deep JSON', 'application/json', deepArray, false],
      ['bad multipart', 'multipart/form-data; boundary=y', '--x\r\n\r\n', false],
    ] as const) {
      const answer = record(target, label, await send('POST', route, { headers: headers(type), body, chunked }));
      if (label.startsWith('10 MB') && answer.status !== 0) expect.soft(answer.status, `${label} to ${route}`).toBe(413);
    }
  }
  expect(tables()).toEqual(before);
  expect(report()).toBe(0);
});
