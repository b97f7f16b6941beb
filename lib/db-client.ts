import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import { DriverAdapterError, type SqlDriverAdapter, type SqlDriverAdapterFactory, type SqlQuery } from '@prisma/driver-adapter-utils';
import { PrismaClient } from './generated/prisma/client';
import { env } from './env';
import { writeGate } from './db-write-gate';

export { resolveDatabaseUrl } from './database-url.mjs';

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

const WRITE_SQL = /^\s*(insert|update|delete|replace)\b/i;

type ClientOptions = {
  /**
   * Take the process's write gate (lib/db-write-gate.ts) for every write transaction
   * and wait for it before single write statements. Off only for a client whose
   * caller holds the gate itself (the CSV import's own connection).
   */
  gated?: boolean;
};

/** The better-sqlite3 adapter with our PRAGMAs and, optionally, the write gate. */
function adapterFactory(url: string, { gated = true }: ClientOptions): SqlDriverAdapterFactory {
  const base = new PrismaBetterSqlite3({ url, timeout: BUSY_TIMEOUT_MS });
  return {
    provider: base.provider,
    adapterName: base.adapterName,
    async connect() {
      const adapter = await base.connect();
      await adapter.executeScript(CONNECTION_PRAGMAS.map((p) => `PRAGMA ${p};`).join('\n'));
      return gated ? withWriteGate(adapter) : adapter;
    },
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
 * A PrismaClient on the SQLite file at `url`. Used by the app (lib/db.ts), the seed
 * and the tests, so all of them open the database the same way.
 */
export function createPrismaClient(url: string = env.databaseUrl, options: ClientOptions = {}): PrismaClient {
  return new PrismaClient({ adapter: adapterFactory(url, options) });
}
