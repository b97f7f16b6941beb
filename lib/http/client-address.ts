import 'server-only';

/**
 * The client's address, for rate limits. Next.js route handlers and server actions do
 * not expose the socket: Next copies `socket.remoteAddress` into X-Forwarded-For only
 * when the request has none (`??=` in next/dist/server/base-server.js), so a client can
 * always put any address there itself. Hence:
 *
 * - TRUST_PROXY=<hops> (e.g. `1` behind one nginx that appends `$proxy_add_x_forwarded_for`):
 *   the address the outermost trusted proxy saw — the hops-th entry from the RIGHT of
 *   X-Forwarded-For; whatever the client wrote further left is ignored.
 * - unset, under server.mjs (npm start, the e2e server): the socket address, which
 *   server.mjs writes into X-Atlas-Socket-Address (overwriting any client's value).
 * - unset, under `next dev` / `next start`: no trustworthy source, so every client shares
 *   one bucket ("direct"). Known-device cookies (lib/auth/known-device.ts) keep owners
 *   apart from attackers in that mode.
 */
export const DIRECT_CLIENT = 'direct';

export function trustedProxyHops(value = process.env.TRUST_PROXY): number {
  if (!value || value === '0' || value === 'false') return 0;
  if (value === 'true') return 1;
  const hops = Number(value);
  if (!Number.isInteger(hops) || hops < 0 || hops > 10) throw new Error(`TRUST_PROXY must be a number of proxy hops (0–10); got "${value}"`);
  return hops;
}

export function clientAddress(headers: Headers): string {
  const hops = trustedProxyHops();
  if (hops === 0) {
    const socket = process.env.ATLAS_SOCKET_ADDRESS_HEADER === '1' ? headers.get('x-atlas-socket-address') : null;
    return (socket || DIRECT_CLIENT).slice(0, 64);
  }
  const chain = (headers.get('x-forwarded-for') ?? '').split(',').map((entry) => entry.trim()).filter(Boolean);
  const address = chain[Math.max(0, chain.length - hops)];
  return (address ?? DIRECT_CLIENT).slice(0, 64);
}
