import { describe, expect, it, vi } from 'vitest';
import { db } from '@/lib/db';
import { commitPairingsCsv, validatePairingsCsv } from '@/lib/import/pairings-csv';
import { buildImportCsv } from '../helpers/import-csv';
import { makeUser } from '../helpers/users';

vi.mock('next/headers', async () => (await import('../helpers/session')).nextHeadersMock);
vi.mock('next/cache', async () => (await import('../helpers/session')).nextCacheMock);

async function importPlan(rows: number, tag: string) {
  const places = await db.place.findMany({ where: { deletedAt: null }, select: { id: true, slug: true, country: true } });
  const paired = new Set((await db.pairing.findMany({ select: { byPlaceId: true, cnPlaceId: true } })).map((p) => `${p.byPlaceId}:${p.cnPlaceId}`));
  const { plan, preview } = await validatePairingsCsv(buildImportCsv(places, paired, rows, tag));
  if (!plan) throw new Error(JSON.stringify(preview.fileErrors.concat(preview.rows.filter((r) => r.status === 'error').map((r) => JSON.stringify(r)))));
  return plan;
}

describe('a CSV import while other requests run', () => {
  it('other requests keep being answered, see no half-imported state, and a save refused meanwhile is never applied', async () => {
    const editor = await makeUser('editor');
    const plan = await importPlan(120, 'concurrent');
    const pairingsBefore = await db.pairing.count();
    let finished = false;
    const commit = commitPairingsCsv(plan, editor, () => undefined).finally(() => (finished = true));

    // Reads during the commit: answered while it runs, and always the state before it.
    const seen: number[] = [];
    while (!finished && seen.length < 20) {
      seen.push(await db.pairing.count());
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    // A save that cannot get the write lock within its wait is refused…
    const refused = await db
      .$transaction((tx) => tx.source.create({ data: { key: 'refused-during-import', url: 'https://example.org/refused-during-import', title: 'Refused' } }), { maxWait: 100 })
      .then(
        () => false,
        () => true,
      );
    const result = await commit;

    expect(seen.length).toBeGreaterThanOrEqual(5);
    expect(new Set(seen)).toEqual(new Set([pairingsBefore]));
    expect(result.pairings + result.agreements).toBeGreaterThan(0);
    expect(await db.pairing.count()).toBe(pairingsBefore + result.pairings);
    expect(refused).toBe(true);
    // …and stays refused: not applied once the import has finished.
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(await db.source.count({ where: { url: 'https://example.org/refused-during-import' } })).toBe(0);
    // Saves go through again afterwards.
    await db.$transaction((tx) => tx.source.create({ data: { key: 'after-import', url: 'https://example.org/after-import', title: 'After' } }));
    expect(await db.source.count({ where: { url: 'https://example.org/after-import' } })).toBe(1);
  });
});
