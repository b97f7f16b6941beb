import { describe, expect, it } from 'vitest';
import {
  API_CONTENT_SECURITY_POLICY,
  createNonce,
  pageContentSecurityPolicy,
  pageSecurityHeaders,
  staticSecurityHeaders,
  tileSource,
} from '@/lib/security/headers';

const PROD = { development: false, production: true };
const DEV = { development: true, production: false };

function directives(policy: string): Map<string, string[]> {
  return new Map(policy.split(';').map((part) => part.trim().split(/\s+/)).map(([name, ...sources]) => [name, sources]));
}

describe('page Content-Security-Policy', () => {
  const csp = directives(pageContentSecurityPolicy('abc123==', PROD));

  it('allows scripts only by nonce and strict-dynamic, never inline or eval', () => {
    expect(csp.get('script-src')).toEqual(["'self'", "'nonce-abc123=='", "'strict-dynamic'"]);
    expect(csp.get('script-src')).not.toContain("'unsafe-inline'");
    expect(csp.get('script-src')).not.toContain("'unsafe-eval'");
  });

  it('forbids framing, plugins, foreign bases and foreign form targets', () => {
    expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(csp.get('base-uri')).toEqual(["'self'"]);
    expect(csp.get('form-action')).toEqual(["'self'"]);
    expect(csp.get('connect-src')).toEqual(["'self'"]);
    expect(csp.get('font-src')).toEqual(["'self'"]);
  });

  it('keeps inline styles to attributes; style elements need our origin or the nonce', () => {
    expect(csp.get('style-src-elem')).toEqual(["'self'", "'nonce-abc123=='"]);
    expect(csp.get('style-src-attr')).toEqual(["'unsafe-inline'"]);
  });

  it('lets Leaflet use data: and blob: images, and the tile host when one is configured', () => {
    expect(csp.get('img-src')).toEqual(["'self'", 'data:', 'blob:']);
    const withTiles = directives(pageContentSecurityPolicy('n', { ...PROD, tileUrl: 'https://{s}.tiles.example.org/{z}/{x}/{y}.png' }));
    expect(withTiles.get('img-src')).toEqual(["'self'", 'data:', 'blob:', 'https://*.tiles.example.org']);
  });

  it('adds eval and the HMR socket in development only', () => {
    const dev = directives(pageContentSecurityPolicy('n', DEV));
    expect(dev.get('script-src')).toContain("'unsafe-eval'");
    expect(dev.get('connect-src')).toContain('ws:');
    expect(csp.get('connect-src')).not.toContain('ws:');
  });
});

describe('tileSource', () => {
  it.each([
    ['https://tiles.example.org/{z}/{x}/{y}.png', 'https://tiles.example.org'],
    ['http://localhost:8080/{z}/{x}/{y}.png', 'http://localhost:8080'],
    ['https://{s}.tile.example.org/{z}/{x}/{y}.png', 'https://*.tile.example.org'],
    ['', null],
    [undefined, null],
    ['javascript:alert(1)', null],
    ["https://evil.org; script-src 'unsafe-inline'/{z}", null],
    ['https://{r}.example.org/{z}', null],
  ])('%s → %s', (template, expected) => {
    expect(tileSource(template)).toBe(expected);
  });
});

describe('header sets', () => {
  const names = (list: [string, string][]) => list.map(([name]) => name);

  it('a production page carries all seven headers', () => {
    const headers = new Map(pageSecurityHeaders('n', PROD));
    for (const name of ['Content-Security-Policy', 'X-Content-Type-Options', 'Referrer-Policy', 'X-Frame-Options', 'Permissions-Policy', 'Strict-Transport-Security', 'Cross-Origin-Opener-Policy']) {
      expect(headers.has(name), name).toBe(true);
    }
    expect(headers.get('X-Content-Type-Options')).toBe('nosniff');
    expect(headers.get('Referrer-Policy')).toBe('strict-origin-when-cross-origin');
    expect(headers.get('X-Frame-Options')).toBe('DENY');
    expect(headers.get('Strict-Transport-Security')).toMatch(/^max-age=\d{8,}; includeSubDomains$/);
    expect(headers.get('Permissions-Policy')).toMatch(/(^|, )camera=\(\)/);
    expect(headers.get('Permissions-Policy')).toMatch(/(^|, )geolocation=\(\)/);
    expect(headers.get('Permissions-Policy')).toMatch(/(^|, )microphone=\(\)/);
  });

  it('sends HSTS only from a production build', () => {
    expect(names(staticSecurityHeaders({ production: false }))).not.toContain('Strict-Transport-Security');
    expect(names(staticSecurityHeaders({ production: true }))).toContain('Strict-Transport-Security');
  });

  it('API responses may run and load nothing', () => {
    expect(directives(API_CONTENT_SECURITY_POLICY).get('default-src')).toEqual(["'none'"]);
    expect(directives(API_CONTENT_SECURITY_POLICY).get('frame-ancestors')).toEqual(["'none'"]);
  });
});

describe('createNonce', () => {
  it('gives 128 random bits in base64, different every time', () => {
    const nonces = new Set(Array.from({ length: 1000 }, createNonce));
    expect(nonces.size).toBe(1000);
    for (const nonce of nonces) expect(atob(nonce)).toHaveLength(16);
  });
});
