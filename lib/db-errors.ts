/**
 * Telling "the database cannot take writes right now" apart from a bug (docs/scaling.md,
 * "Failure modes"): the libSQL primary is unreachable (network errors from the client,
 * or an embedded replica that cannot forward its write), the file is read-only, or the
 * write lock stayed busy. Those are answered 503 with a message, never a bare 500.
 */

/** What an editor is told: nothing changed, reading goes on, try again later. */
export const DATABASE_UNAVAILABLE_MESSAGE =
  'The database cannot take changes right now (its primary server is unreachable, read-only or busy). Nothing was saved; reading the atlas still works. Try again in a few minutes.';

const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'EPIPE']);
/** @libsql/client error codes for a server that did not answer (hrana over HTTP or WebSocket). */
const LIBSQL_UNAVAILABLE_CODES = new Set(['SERVER_ERROR', 'HRANA_WEBSOCKET_ERROR', 'HRANA_CLOSED_ERROR', 'STREAM_EXPIRED', 'SYNC_ERROR']);
/** SQLite result codes (as the driver adapters report them) that mean "not now", not "wrong". */
const SQLITE_UNAVAILABLE = /^SQLITE_(READONLY|BUSY|CANTOPEN|IOERR)/;
/** The same as primary result codes (libSQL reports the number): BUSY 5, IOERR 10, READONLY 8, CANTOPEN 14. */
const SQLITE_UNAVAILABLE_CODES = new Set([5, 8, 10, 14]);
/** libSQL's embedded replica forwarding a write to a primary it cannot reach. */
const REPLICA_UNREACHABLE = /error trying to connect|connection refused|sync error|failed to connect|timed out/i;

type ErrorLike = { name?: unknown; message?: unknown; code?: unknown; cause?: unknown; meta?: unknown; errors?: unknown };

function causes(error: unknown): ErrorLike[] {
  const chain: ErrorLike[] = [];
  let current: unknown = error;
  while (current && typeof current === 'object' && chain.length < 8 && !chain.includes(current as ErrorLike)) {
    chain.push(current as ErrorLike);
    // Prisma keeps the driver's error under meta.driverAdapterError.cause.
    const meta = (current as ErrorLike).meta as { driverAdapterError?: { cause?: unknown } } | undefined;
    current = meta?.driverAdapterError?.cause ?? (current as ErrorLike).cause;
  }
  return chain;
}

/** True when `error` (from Prisma, a driver adapter or the libSQL client) means the database cannot write now. */
export function isDatabaseUnavailable(error: unknown): boolean {
  return causes(error).some((e) => {
    const code = typeof e.code === 'string' ? e.code : '';
    const original = (e as { originalCode?: unknown }).originalCode;
    const kind = (e as { kind?: unknown }).kind;
    const message = typeof e.message === 'string' ? e.message : '';
    if (NETWORK_CODES.has(code) || LIBSQL_UNAVAILABLE_CODES.has(code)) return true;
    if (typeof original === 'string' && (SQLITE_UNAVAILABLE.test(original) || SQLITE_UNAVAILABLE_CODES.has(Number(original) & 0xff))) return true;
    if (SQLITE_UNAVAILABLE.test(message)) return true;
    // The write gate (lib/db-client.ts) and the adapters report a lock wait that ran out as SocketTimeout.
    if (kind === 'SocketTimeout' || code === 'P1008') return true;
    // undici's "fetch failed" (the libSQL HTTP client) without a code on the cause.
    if (e.name === 'TypeError' && message === 'fetch failed') return true;
    return code.startsWith('SQLITE_') ? SQLITE_UNAVAILABLE.test(code) : /libsql/i.test(String(e.name)) && REPLICA_UNREACHABLE.test(message);
  });
}
