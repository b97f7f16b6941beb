import { copyFileSync, rmSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { createPrismaClient } from '@/lib/db-client';
import { createTestDatabase } from '../helpers/db';
import { writeGate } from '@/lib/db-write-gate';
import { env } from '@/lib/env';

const pragma = async (name: string) => {
  const rows = await db.$queryRawUnsafe<Record<string, unknown>[]>(`PRAGMA ${name}`);
  return Object.values(rows[0] ?? {})[0];
};

describe("the app's SQLite connection", () => {
  it('runs in WAL mode with synchronous=NORMAL, foreign keys and a busy timeout', async () => {
    expect(await pragma('journal_mode')).toBe('wal');
    expect(Number(await pragma('synchronous'))).toBe(1); // NORMAL
    expect(Number(await pragma('foreign_keys'))).toBe(1);
    expect(Number(await pragma('busy_timeout'))).toBe(5000);
  });

  it('keeps those PRAGMAs after a transaction (libSQL used to move on to a fresh connection)', async () => {
    await db.$transaction(async (tx) => tx.appSecret.upsert({ where: { name: 'pragma-tx' }, create: { name: 'pragma-tx', value: 'x' }, update: {} }));
    expect(Number(await pragma('synchronous'))).toBe(1);
    expect(Number(await pragma('busy_timeout'))).toBe(5000);
    await db.appSecret.delete({ where: { name: 'pragma-tx' } });
  });

  it('runs on the driver DATABASE_DRIVER names (CI runs this file on both)', async () => {
    expect(env.database.driver).toBe(process.env.DATABASE_DRIVER || 'better-sqlite3');
    // vector32() exists in libSQL only: proof of which engine answers.
    const libsql = await db.$queryRawUnsafe("SELECT vector32('[1]') AS v").then(
      () => true,
      () => false,
    );
    expect(libsql).toBe(env.database.driver === 'libsql');
  });

  it('libSQL enforces foreign keys before any PRAGMA (what a libSQL server runs, where we send none)', async () => {
    const { createClient } = await import('@libsql/client');
    const raw = createClient({ url: env.databaseUrl });
    try {
      expect(Number((await raw.execute('PRAGMA foreign_keys')).rows[0]![0])).toBe(1);
    } finally {
      raw.close();
    }
  });

  it('a disconnected client leaves every committed write in the database file itself (no -wal left to copy)', async () => {
    const t = createTestDatabase('empty');
    const copy = `${t.file}.copy`;
    try {
      for (let i = 0; i < 3; i++) await t.db.$transaction(async (tx) => tx.appSecret.create({ data: { name: `wal-${i}`, value: 'v' } }));
      await t.db.$disconnect();
      copyFileSync(t.file, copy);
      const reopened = createPrismaClient(`file:${copy}`);
      expect(await reopened.appSecret.count({ where: { name: { startsWith: 'wal-' } } })).toBe(3);
      await reopened.$disconnect();
    } finally {
      await t.cleanup();
      for (const suffix of ['', '-wal', '-shm']) rmSync(`${copy}${suffix}`, { force: true });
    }
  });

  it('opens the file DATABASE_URL names', async () => {
    const rows = await db.$queryRawUnsafe<{ file: string }[]>('PRAGMA database_list');
    expect(`file:${rows[0]!.file}`).toBe(env.databaseUrl);
  });

  it('a write outside a transaction never lands inside (and dies with) another request’s transaction', async () => {
    let rolledBack = false;
    let enteredTx!: () => void;
    const inTx = new Promise<void>((resolve) => (enteredTx = resolve));
    const failing = db
      .$transaction(async (tx) => {
        await tx.appSecret.create({ data: { name: 'gate-tx', value: 'x' } });
        enteredTx();
        // Let the other request's write run while this transaction is open.
        await new Promise((resolve) => setTimeout(resolve, 100));
        throw new Error('rolled back');
      })
      .catch(() => (rolledBack = true));
    await inTx;
    await db.appSecret.create({ data: { name: 'gate-outside', value: 'kept' } });
    await failing;
    expect(rolledBack).toBe(true);
    expect(await db.appSecret.findUnique({ where: { name: 'gate-tx' } })).toBeNull();
    expect(await db.appSecret.findUnique({ where: { name: 'gate-outside' } })).toMatchObject({ value: 'kept' });
    await db.appSecret.delete({ where: { name: 'gate-outside' } });
  });

  it('a second connection of the process waits for the gate instead of freezing in SQLite busy waits', async () => {
    const other = createPrismaClient(env.databaseUrl, { gated: false });
    const release = await writeGate.acquire();
    const started = Date.now();
    let saved = false;
    const save = db.appSecret.create({ data: { name: 'gate-second', value: 'y' } }).then(() => (saved = true));
    try {
      await other.$transaction(async (tx) => {
        await tx.appSecret.create({ data: { name: 'gate-holder', value: 'z' } });
        // The event loop keeps turning while the other connection holds the write lock.
        await new Promise((resolve) => setTimeout(resolve, 300));
        expect(saved).toBe(false);
      });
    } finally {
      release();
    }
    await save;
    expect(Date.now() - started).toBeLessThan(4_000);
    expect(await db.appSecret.count({ where: { name: { in: ['gate-second', 'gate-holder'] } } })).toBe(2);
    await db.appSecret.deleteMany({ where: { name: { in: ['gate-second', 'gate-holder'] } } });
    await other.$disconnect();
  });
});
