import { describe, expect, it } from 'vitest';
import { actionBodyProblem } from '@/lib/http/action-body';
import { ACTION_BODY_LIMIT, refuseRequest } from '@/lib/http/request-guard.mjs';

const get = (url: string, headers: Record<string, string> = {}, method = 'GET') => refuseRequest({ method, url, headers });
const action = (headers: Record<string, string>) =>
  refuseRequest({ method: 'POST', url: '/en/admin/pairings/new', headers: { host: 'atlas.test', 'next-action': '7f00', ...headers } });

describe('request guard (server.mjs): what Next.js would answer with a 500', () => {
  it('lets ordinary requests through', () => {
    for (const url of ['/', '/en', '/en/places/minsk?q=%D0%BC%zz', '/api/v1/pairings?stage=established', '/en/places/%D0%BC%D0%B8%D0%BD%D1%81%D0%BA']) {
      expect(get(url), url).toBeNull();
    }
    expect(action({ origin: 'http://atlas.test', 'content-length': '120' })).toBeNull();
    expect(action({ 'content-length': '120' }), 'no Origin (not a browser): Next lets it through too').toBeNull();
  });

  it('refuses malformed percent-encoding and encoded "%" in the path with 400 and a message', () => {
    for (const url of ['/en/places/%zz', '/en/places/a%25b', '/api/v1/places/%E0%A4%A', '/%', '/en/%ED%A0%80', '/api/v1/pairings/%2525']) {
      const refusal = get(url);
      expect(refusal?.status, url).toBe(400);
      expect(refusal?.body, url).toMatch(/percent-encoding|an encoded/);
    }
    expect(get('/api/v1/places/%zz')?.headers['content-type']).toMatch(/json/);
    expect(get('/en/places/%zz')?.headers['content-type']).toMatch(/text\/plain/);
  });

  it('answers TRACE and other unsupported methods with 405 and Allow', () => {
    for (const method of ['TRACE', 'TRACK', 'PROPFIND', 'CONNECT']) {
      const refusal = get('/api/v1/pairings', {}, method);
      expect(refusal?.status, method).toBe(405);
      expect(refusal?.headers.allow).toBe('GET, HEAD, OPTIONS');
      // Issue 13: the public API's refusals are problem+json with CORS, like its answers.
      expect(refusal?.headers['content-type']).toBe('application/problem+json; charset=utf-8');
      expect(refusal?.headers['access-control-allow-origin']).toBe('*');
      expect(JSON.parse(refusal!.body)).toMatchObject({ type: 'about:blank', status: 405, error: 'method_not_allowed' });
    }
    expect(get('/en', {}, 'TRACE')?.headers.allow).toBe('GET, HEAD, POST');
  });

  it('refuses cross-origin server actions with 403, oversize with 413, a missing length with 411', () => {
    for (const origin of ['https://evil.example', 'null', 'http://[', 'http://atlas.test:8080']) {
      expect(action({ origin, 'content-length': '10' })?.status, origin).toBe(403);
    }
    expect(action({ 'content-length': String(ACTION_BODY_LIMIT + 1) })?.status).toBe(413);
    expect(action({ 'content-length': 'ten' })?.status).toBe(413);
    expect(action({ 'transfer-encoding': 'chunked' })?.status).toBe(411);
    expect(JSON.parse(action({ 'content-length': String(ACTION_BODY_LIMIT + 1) })!.body).message).toMatch(/larger than 1 MB/);
  });
});

describe('server-action bodies (proxy.ts): what React cannot decode', () => {
  it('accepts what the forms send: one plain object, with React escapes', () => {
    expect(actionBodyProblem('text/plain;charset=UTF-8', JSON.stringify([{ nameEn: 'Minsk', note: '$$5', lat: '$undefined', n: 1 }]))).toBeNull();
    expect(actionBodyProblem('text/plain', '[{"at":"$D2024-01-02T03:04:05.000Z","big":"$n12"}]')).toBeNull();
  });

  it.each([
    ['', 400],
    ['[', 400],
    ['{"a":1}', 400],
    ['"x"', 400],
    ['["$Q1"]', 400],
    ['[{"a":["$@1"]}]', 400],
    ['["$K1"]', 400],
    ['["$Dnot-a-date"]', 400],
    [JSON.stringify(Array.from({ length: 10 }, () => 1)), 400],
    [`${'['.repeat(100)}${']'.repeat(100)}`, 400],
  ])('refuses %s', (body, status) => {
    expect(actionBodyProblem('text/plain;charset=UTF-8', body)?.status).toBe(status);
  });

  const form = (entries: [string, string | Blob][]) => {
    const data = new FormData();
    for (const [name, value] of entries) data.append(name, value);
    return data;
  };
  const multipart = 'multipart/form-data; boundary=x';

  it('lets a form\'s FormData through as React sends it (useActionState: state and form data)', () => {
    expect(actionBodyProblem(multipart, '', form([['0', '[{"ok":null},"$K1"]'], ['_1_message', 'Hello'], ['_1_sourceUrl', 'https://example.org']]))).toBeNull();
    expect(actionBodyProblem(multipart, '', form([['0', '["$K1"]']]))).toBeNull(); // an empty form
  });

  it.each([
    ['no argument list', form([['_1_message', 'x']]), 400],
    ['a reference to form data it does not carry', form([['0', '["$K2"]'], ['_1_x', 'y']]), 400],
    ['another kind of reference', form([['0', '["$Q1"]']]), 400],
    ['a field outside any form data', form([['0', '["$K1"]'], ['message', 'x']]), 400],
    ['a file', form([['0', '["$K1"]'], ['_1_file', new Blob(['x'])]]), 415],
  ])('refuses multipart with %s', (_name, data, status) => {
    expect(actionBodyProblem(multipart, '', data)?.status).toBe(status);
  });

  it('refuses other content types with 415', () => {
    expect(actionBodyProblem('multipart/form-data; boundary=x', '--x--')?.status).toBe(415);
    expect(actionBodyProblem('', '[{}]')?.status).toBe(415);
  });
});
