import { afterEach, describe, expect, it } from 'vitest';
import { clientAddress, DIRECT_CLIENT } from '@/lib/http/client-address';

const headers = (entries: Record<string, string>) => new Headers(entries);

afterEach(() => {
  delete process.env.TRUST_PROXY;
  delete process.env.ATLAS_SOCKET_ADDRESS_HEADER;
});

describe('clientAddress', () => {
  it('ignores a client-written X-Forwarded-For without a trusted proxy (one shared bucket)', () => {
    expect(clientAddress(headers({ 'x-forwarded-for': '6.6.6.6' }))).toBe(DIRECT_CLIENT);
    expect(clientAddress(headers({ 'x-atlas-socket-address': '6.6.6.6' }))).toBe(DIRECT_CLIENT);
  });

  it('uses the socket address server.mjs wrote, not X-Forwarded-For', () => {
    process.env.ATLAS_SOCKET_ADDRESS_HEADER = '1';
    expect(clientAddress(headers({ 'x-forwarded-for': '6.6.6.6', 'x-atlas-socket-address': '127.0.0.1' }))).toBe('127.0.0.1');
  });

  it('behind N trusted proxies takes the N-th entry from the right, so spoofed entries on the left do not count', () => {
    process.env.TRUST_PROXY = '1';
    expect(clientAddress(headers({ 'x-forwarded-for': '6.6.6.6, 203.0.113.9' }))).toBe('203.0.113.9');
    process.env.TRUST_PROXY = '2';
    expect(clientAddress(headers({ 'x-forwarded-for': '6.6.6.6, 203.0.113.9, 10.0.0.2' }))).toBe('203.0.113.9');
    process.env.TRUST_PROXY = 'lots';
    expect(() => clientAddress(headers({}))).toThrow(/TRUST_PROXY/);
  });
});
