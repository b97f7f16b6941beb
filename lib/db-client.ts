import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaLibSql } from '@prisma/adapter-libsql';
import type { Client, Config, InStatement, Transaction, TransactionMode } from '@libsql/client';
import { DriverAdapterError, type SqlDriverAdapter, type SqlDriverAdapterFactory, type SqlQuery } from '@prisma/driver-adapter-utils';
import { PrismaClient } from './generated/prisma/client';
import { env } from './env';
import { writeGate } from './db-write-gate';
import { databaseFile, isRemoteDatabaseUrl, type DatabaseConfig, type DatabaseDriver } from './database-url.mjs';

/** How long a statement waits for another process's write lock before SQLITE_BUSY. */
export const BUSY_TIMEOUT_MS = 5_000;

/**
 * Set on every connection when it opens (docs/reliability.md, "SQLite settings"):
 * WAL lets readers go on while one connection writes; synchronous=NORMAL in WAL mode
 * can lose the last commits on power loss but never corrupts the file; foreign keys
 * are off by default in SQLite.
 */
export const CONNECTION_PRAGMAS = [
  'journal_mode = WAL',
  'synchronous = NORMAL',
  'foreign_keys = ON',
  `busy_timeout = ${BUSY_TIMEOUT_MS}`,
] as const;

/**
 * The PRAGMAs that apply to a connection of this configuration. A libSQL server (sqld,
 * Turso) owns its file: journal mode and synchronous are the server's settings (sqld
 * runs its own WAL, which is what it replicates), a PRAGMA sent over HTTP would last
 * one request only, and busy waits happen in the server. libSQL builds with foreign
 * keys on by default (tests/db/db-client.test.ts checks the embedded engine's default),
 * which is what the server runs. An embedded replica's file is written only by sync
 * (writes go to the primary), so its journal is libSQL's business too.
 */
export function connectionPragmas(config: Pick<DatabaseConfig, 'remote' | 'syncUrl'>): readonly string[] {
  if (config.remote) return [];
  if (config.syncUrl) return ['foreign_keys = ON'];
  return CONNECTION_PRAGMAS;
}

const pragmaScript = (pragmas: readonly string[]) => pragmas.map((p) => `PRAGMA ${p};`).join('\n');

const BEGIN: Record<TransactionMode, string> = { write: 'BEGIN IMMEDIATE', read: 'BEGIN TRANSACTION READONLY', deferred: 'BEGIN DEFERRED' };

/**
 * A transaction on the client's own connection. For a local file the libSQL client
 * hands its connection to each transaction and opens a fresh one for whatever
 * follows, and never closes the old one: every save would leak a connection (closed
 * only by the garbage collector, so the WAL is never checkpointed on disconnect), and
 * each fresh one would start with SQLite's defaults instead of our PRAGMAs. Prisma's
 * libSQL adapter holds its lock for the whole transaction, so nothing else uses the
 * connection meanwhile.
 */
function sameConnectionTransaction(client: Client): Transaction {
  let open = true;
  const tx: Transaction = {
    execute: (stmt: InStatement) => client.execute(stmt),
    batch: async (stmts: InStatement[]) => {
      const results = [];
      for (const stmt of stmts) results.push(await client.execute(stmt));
      return results;
    },
    executeMultiple: () => Promise.reject(new Error('executeMultiple inside a transaction is not supported here')),
    commit: async () => {
      await client.execute('COMMIT');
      open = false;
    },
    rollback: async () => {
      if (!open) return;
      open = false;
      await client.execute('ROLLBACK');
    },
    close: () => void tx.rollback(),
    get closed() {
      return !open;
    },
  };
  return tx;
}

/** PrismaLibSql whose transactions on a local file (or embedded replica) stay on one connection. */
class PrismaLibSqlOneConnection extends PrismaLibSql {
  override createClient(config: Config): Client {
    const client = super.createClient(config);
    // A server (hrana) transaction is a stream of its own; leave it to the client.
    if (isRemoteDatabaseUrl(config.url)) return client;
    client.transaction = async (mode: TransactionMode = 'write') => {
      await client.execute(BEGIN[mode]);
      return sameConnectionTransaction(client);
    };
    return client;
  }
}

/** The driver's adapter factory for `config` (DATABASE_DRIVER, lib/database-url.mjs). */
function driverFactory(config: DatabaseConfig): SqlDriverAdapterFactory {
  if (config.driver === 'better-sqlite3') return new PrismaBetterSqlite3({ url: config.url, timeout: BUSY_TIMEOUT_MS });
  return new PrismaLibSqlOneConnection({
    url: config.url,
    authToken: config.authToken,
    syncUrl: config.syncUrl,
    syncInterval: config.syncIntervalSeconds,
    // busy_timeout for a local file; ignored for a server URL.
    timeout: BUSY_TIMEOUT_MS,
  });
}

const WRITE_SQL = /^\s*(insert|update|delete|replace)\b/i;

type ClientOptions = {
  /**
   * Take the process's write gate (lib/db-write-gate.ts) for every write transaction
   * and wait for it before single write statements. Off only for a client whose
   * caller holds the gate itself (the CSV import's own connection).
   */
  gated?: boolean;
  /** Another driver than DATABASE_DRIVER's for a file (the tests' setup builds one database per driver). */
  driver?: DatabaseDriver;
};

/**
 * The configured driver's adapter with our PRAGMAs and, optionally, the write gate.
 * The gate matters for libSQL on a local file as much as for better-sqlite3: both
 * run SQLite synchronously on the one thread. Against a server it only orders this
 * instance's writes, which the primary serialises anyway.
 */
function adapterFactory(config: DatabaseConfig, { gated = true }: ClientOptions): SqlDriverAdapterFactory {
  const base = driverFactory(config);
  const script = pragmaScript(connectionPragmas(config));
  return {
    provider: base.provider,
    adapterName: base.adapterName,
    async connect() {
      const adapter = await base.connect();
      if (script) await adapter.executeScript(script);
      if (config.driver === 'libsql' && !config.remote && !config.syncUrl) checkpointOnDispose(adapter);
      return gated ? withWriteGate(adapter) : adapter;
    },
  };
}

/**
 * libSQL does not checkpoint the WAL when its last connection closes (SQLite and
 * better-sqlite3 do): without this, a disconnected database file lacks its latest
 * commits until the -wal file next to it is replayed, and a copy of the file alone
 * (tests, `cp` as a backup) silently loses them.
 */
function checkpointOnDispose(adapter: SqlDriverAdapter) {
  const dispose = adapter.dispose.bind(adapter);
  adapter.dispose = async () => {
    await adapter.executeScript('PRAGMA wal_checkpoint(TRUNCATE);').catch(() => undefined);
    return dispose();
  };
}

function withWriteGate(adapter: SqlDriverAdapter): SqlDriverAdapter {
  const startTransaction = adapter.startTransaction.bind(adapter);
  const queryRaw = adapter.queryRaw.bind(adapter);
  const executeRaw = adapter.executeRaw.bind(adapter);
  // A write outside a transaction would otherwise run inside whichever transaction
  // is open on this connection (and vanish if that one rolls back).
  const waitForGate = async (query: SqlQuery) => {
    if (!WRITE_SQL.test(query.sql)) return;
    if (!(await writeGate.whenFree(BUSY_TIMEOUT_MS))) throw new DriverAdapterError({ kind: 'SocketTimeout' });
  };
  adapter.queryRaw = async (query) => {
    await waitForGate(query);
    return queryRaw(query);
  };
  adapter.executeRaw = async (query) => {
    await waitForGate(query);
    return executeRaw(query);
  };
  adapter.startTransaction = async (isolationLevel) => {
    const release = await writeGate.acquire();
    try {
      const tx = await startTransaction(isolationLevel);
      const commit = tx.commit.bind(tx);
      const rollback = tx.rollback.bind(tx);
      tx.commit = () => commit().finally(release);
      tx.rollback = () => rollback().finally(release);
      return tx;
    } catch (error) {
      release();
      throw error;
    }
  };
  return adapter;
}

/**
 * The configured database with another URL: a test's or a script's own file, opened
 * through the driver DATABASE_DRIVER names (a server URL always through libsql).
 */
export function databaseConfigFor(url: string, base: DatabaseConfig = env.database): DatabaseConfig {
  if (url === base.url) return base;
  const remote = isRemoteDatabaseUrl(url);
  return { ...base, url, remote, file: remote ? null : databaseFile(url), driver: remote ? 'libsql' : base.driver, syncUrl: remote ? undefined : base.syncUrl };
}

/**
 * A PrismaClient on the configured database (or the one at `url`, through the
 * configured driver). Used by the app (lib/db.ts), the seed, the scripts and the
 * tests, so all of them open the database the same way.
 */
export function createPrismaClient(url: string = env.databaseUrl, options: ClientOptions = {}): PrismaClient {
  const config = databaseConfigFor(url);
  const driver = config.remote ? config.driver : (options.driver ?? config.driver);
  return new PrismaClient({ adapter: adapterFactory({ ...config, driver }, options) });
}
