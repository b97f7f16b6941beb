import 'server-only';
import Database from 'better-sqlite3';
import { databaseFile } from '@/lib/database-url.mjs';
import { env } from '@/lib/env';

/**
 * An in-process cache of the public readers (docs/performance.md, "Caching model").
 *
 * Every entry remembers the *data generation* it was read under; a lookup under a
 * newer generation misses. The generation is two numbers:
 * - a counter that `revalidateAtlasData()` (every editor write, the CSV import) bumps;
 * - SQLite's `PRAGMA data_version`, read on a connection of our own that never writes.
 *   It changes whenever any *other* connection commits — the app's Prisma client, a
 *   CLI import, a restore, another server process, a test fixture — so a change made
 *   outside the app's write paths is seen on the next request too, which a tag alone
 *   cannot do. Reading it costs about a microsecond.
 *
 * Why not Next's caches: `unstable_cache` round-trips every hit through JSON (the
 * readers return `Date`s) and `'use cache'` needs `cacheComponents`, which refuses
 * `force-dynamic`/`connection()` — and the pages stay dynamic for the CSP nonce
 * (docs/security.md). Neither sees a write from outside the app.
 *
 * Values are shared between requests: callers must not mutate what a reader returns.
 */

type Entry = { generation: string; value: Promise<unknown> };
type Store = {
  entries: Map<string, Entry>;
  writes: number;
  watcher?: Database.Database | null;
  hits: number;
  misses: number;
};

/** Entries kept (least recently used dropped first). A filtered page is a few hundred KB at most. */
const MAX_ENTRIES = 500;

// On globalThis: Next loads server modules once per layer (pages, route handlers), and
// a write in a server action must invalidate what the route handlers cached too.
const globalStore = globalThis as unknown as { atlasReadCache?: Store };
const store: Store = (globalStore.atlasReadCache ??= { entries: new Map(), writes: 0, hits: 0, misses: 0 });

/**
 * Off under Vitest unless a test turns it on (`ATLAS_READ_CACHE=1`): the tests swap the
 * database file under one process (tests/db/*), which a watcher opened on the first
 * file would not see. Off by choice with `ATLAS_READ_CACHE=0`.
 */
function enabled(): boolean {
  const setting = process.env.ATLAS_READ_CACHE;
  if (setting !== undefined) return setting !== '0';
  return !process.env.VITEST;
}

function watcher(): Database.Database | null {
  if (store.watcher !== undefined) return store.watcher;
  try {
    store.watcher = env.databaseUrl.startsWith('file:')
      ? new Database(databaseFile(env.databaseUrl), { readonly: true, fileMustExist: true })
      : null;
  } catch {
    store.watcher = null;
  }
  return store.watcher;
}

function generation(): string {
  const connection = watcher();
  // Without a local file (another driver) only the in-process counter invalidates.
  const version = connection ? (connection.pragma('data_version', { simple: true }) as number) : 0;
  return `${store.writes}:${version}`;
}

/** Called by `revalidateAtlasData()`: everything read before this write is stale. */
export function invalidateReadCache(): void {
  store.writes += 1;
  store.entries.clear();
}

/** Hit and miss counts since start (the bench prints them). */
export function readCacheStats() {
  return { hits: store.hits, misses: store.misses, entries: store.entries.size };
}

/** For readers whose last argument may be `{ all: true }`: whole exports are read afresh, not kept. */
export function wantsAll(...args: unknown[]): boolean {
  const last = args[args.length - 1];
  return typeof last === 'object' && last !== null && (last as { all?: unknown }).all === true;
}

/**
 * `fn` with its results cached per argument list (JSON of the arguments) and data
 * generation. Concurrent calls with the same arguments share one read; a failed read
 * is not kept.
 */
export function cachedRead<Args extends unknown[], Result>(
  name: string,
  fn: (...args: Args) => Promise<Result>,
  options: { skip?: (...args: Args) => boolean } = {},
): (...args: Args) => Promise<Result> {
  return (...args: Args) => {
    if (!enabled() || options.skip?.(...args)) return fn(...args);
    const key = `${name}:${JSON.stringify(args)}`;
    const current = generation();
    const entry = store.entries.get(key);
    if (entry && entry.generation === current) {
      store.hits += 1;
      // Re-insert: Map order is the LRU order.
      store.entries.delete(key);
      store.entries.set(key, entry);
      return entry.value as Promise<Result>;
    }
    store.misses += 1;
    const value = fn(...args);
    store.entries.set(key, { generation: current, value });
    value.catch(() => {
      if (store.entries.get(key)?.value === value) store.entries.delete(key);
    });
    if (store.entries.size > MAX_ENTRIES) store.entries.delete(store.entries.keys().next().value!);
    return value;
  };
}
