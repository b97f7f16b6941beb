import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { createPrismaClient } from '@/lib/db-client';
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
