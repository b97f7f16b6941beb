import 'server-only';
import { trustedProxyHops } from './client-address';

/**
 * The public origin of the site for absolute links (citations, canonical, og:url,
 * sitemap). SITE_URL wins when it is set. Without it the request says where the reader
 * came from: its Host header, or, only when TRUST_PROXY says a proxy stands in front,
 * that proxy's X-Forwarded-Host/-Proto (the hops-th entry from the right, as for
 * X-Forwarded-For in client-address.ts: whatever a client wrote further left is ignored).
 * A value that is not a plain host[:port] falls back to localhost, so a forged header
 * can never put markup or another scheme into a citation.
 */
const HOST = /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*|\[[0-9a-f:.]+\])(?::\d{1,5})?$/i;

type OriginOptions = { siteUrl?: string; trustProxy?: string; port?: number };

function fromTheRight(value: string | null, hops: number): string | undefined {
  const chain = (value ?? '').split(',').map((entry) => entry.trim()).filter(Boolean);
  return chain[Math.max(0, chain.length - hops)];
}

export function requestOrigin(headers: Headers, { siteUrl, trustProxy, port = 3000 }: OriginOptions = {}): string {
  if (siteUrl) return siteUrl.replace(/\/+$/, '');
  const hops = trustedProxyHops(trustProxy);
  const forwardedHost = hops > 0 ? fromTheRight(headers.get('x-forwarded-host'), hops) : undefined;
  const forwardedProto = hops > 0 ? fromTheRight(headers.get('x-forwarded-proto'), hops)?.toLowerCase() : undefined;
  const host = forwardedHost ?? headers.get('host') ?? '';
  // The app itself speaks plain HTTP (server.mjs); HTTPS is a proxy's job.
  const protocol = forwardedProto === 'https' ? 'https' : 'http';
  return HOST.test(host) ? `${protocol}://${host.toLowerCase()}` : `http://localhost:${port}`;
}
