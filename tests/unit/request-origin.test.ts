import { describe, expect, it } from 'vitest';
import { requestOrigin } from '@/lib/http/request-origin';
import { startupWarnings } from '@/lib/startup-check';

const headers = (entries: Record<string, string>) => new Headers(entries);
const forged = { host: 'atlas.example.org', 'x-forwarded-host': 'evil.example', 'x-forwarded-proto': 'https' };

describe('requestOrigin (issue 12, item 5)', () => {
  it('SITE_URL wins', () => {
    expect(requestOrigin(headers(forged), { siteUrl: 'https://atlas.example.org/' })).toBe('https://atlas.example.org');
  });

  it('without SITE_URL: the request host, not localhost:3000', () => {
    expect(requestOrigin(headers({ host: 'atlas.example.org:8080' }))).toBe('http://atlas.example.org:8080');
    expect(requestOrigin(headers({ host: '[::1]:3000' }))).toBe('http://[::1]:3000');
  });

  it('ignores X-Forwarded-Host/-Proto unless a proxy is trusted', () => {
    expect(requestOrigin(headers(forged))).toBe('http://atlas.example.org');
    expect(requestOrigin(headers(forged), { trustProxy: '0' })).toBe('http://atlas.example.org');
  });

  it('behind a trusted proxy: its X-Forwarded-Host/-Proto, the hops-th from the right', () => {
    expect(requestOrigin(headers(forged), { trustProxy: '1' })).toBe('https://evil.example');
    const chain = { host: '10.0.0.2', 'x-forwarded-host': 'spoofed.example, atlas.example.org', 'x-forwarded-proto': 'http, https' };
    expect(requestOrigin(headers(chain), { trustProxy: '1' })).toBe('https://atlas.example.org');
    expect(requestOrigin(headers({ host: 'atlas.example.org' }), { trustProxy: 'true' })).toBe('http://atlas.example.org');
  });

  it('a host that is not host[:port] falls back to localhost', () => {
    for (const host of ['"><script>', 'a b', 'x.example/path', 'user@x.example', ''])
      expect(requestOrigin(headers(host ? { host } : {}), { port: 3107 })).toBe('http://localhost:3107');
    expect(requestOrigin(headers({ host: 'x', 'x-forwarded-host': 'javascript:alert(1)' }), { trustProxy: '1', port: 80 })).toBe('http://localhost:80');
  });
});

describe('startupWarnings', () => {
  const production = { NODE_ENV: 'production', SESSION_SECRET: 'a-session-secret-that-is-long-enough-0123456789' };
  it('warns in production when SITE_URL is unset', () => {
    expect(startupWarnings(production)).toEqual([expect.stringMatching(/SITE_URL is not set/)]);
    expect(startupWarnings({ ...production, TRUST_PROXY: '1' })[0]).toMatch(/X-Forwarded-Host/);
  });
  it('is quiet with SITE_URL, and in development', () => {
    expect(startupWarnings({ ...production, SITE_URL: 'https://atlas.example.org' })).toEqual([]);
    expect(startupWarnings({ NODE_ENV: 'development' })).toEqual([]);
  });
});
