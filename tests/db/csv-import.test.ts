import { describe, expect, it, vi } from 'vitest';
import { db } from '@/lib/db';
import { IMPORT_COLUMNS, IMPORT_TEMPLATE, MAX_IMPORT_BYTES, MAX_IMPORT_ROWS } from '@/lib/import/columns';
import { commitPairingsCsv, validatePairingsCsv } from '@/lib/import/pairings-csv';
import { snapshotDatabase } from '../helpers/snapshot';
import { actAs, makeUser } from '../helpers/users';

vi.mock('next/headers', async () => (await import('../helpers/session')).nextHeadersMock);
vi.mock('next/cache', async () => (await import('../helpers/session')).nextCacheMock);

const header = IMPORT_COLUMNS.map((c) => c.name).join(',');
const row = (values: Partial<Record<(typeof IMPORT_COLUMNS)[number]['name'], string>>) =>
  IMPORT_COLUMNS.map((c) => {
    const value = values[c.name] ?? '';
    return /[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
  }).join(',');
const base = { type: 'friendship_city', stage: 'in_contact', source_url: 'https://example.org/csv-source', source_title: 'CSV source' };
const dbFile = () => process.env.DATABASE_URL!.replace(/^file:/, '');

async function importRoute(csv: string, mode: 'preview' | 'commit') {
  const { POST } = await import('@/app/api/admin/import/route');
  return POST(new Request(`http://127.0.0.1/api/admin/import?mode=${mode}`, { method: 'POST', headers: { 'content-type': 'text/csv' }, body: csv }));
}

describe('CSV import of pairings and agreements', () => {
  it('the template has every documented column', () => {
    expect(IMPORT_TEMPLATE.split('\r\n')[0]).toBe(header);
  });

  it('resolves partners by any spelling, previews per-row results and errors, and writes nothing', async () => {
    const before = snapshotDatabase(dbFile());
    const csv = [
      header,
      row({ ...base, by_place: 'Новогрудский район', cn_place: 'Lanzhou', agreement_kind: 'visit', agreement_date: '2019-09', agreement_title: 'Visit, with "quotes"' }),
      row({ ...base, by_place: 'Novogrudok District', cn_place: 'lanzhou', agreement_kind: 'memorandum', agreement_title: 'Second agreement, same pair' }),
      row({ ...base, by_place: 'Atlantis', cn_place: 'Dunhuang' }),
      row({ ...base, by_place: 'Dunhuang', cn_place: 'Gansu', stage: 'maybe', established: '2019-13', source_url: 'nope' }),
      row({ ...base, by_place: 'novogrudok-district', cn_place: 'dunhuang' }),
    ].join('\n');
    const { preview, plan } = await validatePairingsCsv(csv);
    expect(plan).toBeNull();
    expect(preview.rows.map((r) => r.status)).toEqual(['new_pairing', 'add_agreement', 'error', 'error', 'error']);
    const errorsOf = (line: number) => Object.fromEntries(preview.rows.find((r) => r.line === line)!.errors.map((e) => [e.column, e.message]));
    expect(errorsOf(4).by_place).toMatch(/No Belarusian place "Atlantis"/);
    expect(Object.keys(errorsOf(5))).toEqual(expect.arrayContaining(['by_place', 'stage', 'established', 'source_url']));
    expect(errorsOf(5).by_place).toMatch(/is a place in China/);
    expect(errorsOf(6).agreement_title).toMatch(/already exists/);
    expect(preview.counts).toEqual({ rows: 5, newPairings: 1, addAgreements: 1, errors: 3 });
    expect(snapshotDatabase(dbFile())).toEqual(before);
  });

  it('an impossible date names the month that is too short (the shared date rules, as in the forms)', async () => {
    const csv = [header, row({ ...base, by_place: 'Novogrudok District', cn_place: 'Lanzhou', established: '2023-02-30', agreement_kind: 'visit', agreement_title: 'Visit', agreement_date: '2024-04-31' })].join('\n');
    const { preview, plan } = await validatePairingsCsv(csv);
    expect(plan).toBeNull();
    const errors = Object.fromEntries(preview.rows[0]!.errors.map((e) => [e.column, e.message]));
    expect(errors.established).toBe('February 2023 has 28 days');
    expect(errors.agreement_date).toBe('April 2024 has 30 days');
  });

  it('reports a wrong header for the whole file', async () => {
    const { preview } = await validatePairingsCsv('by,cn\nMinsk,Beijing\n');
    expect(preview.fileErrors.join(' ')).toMatch(/Missing required column\(s\): by_place, cn_place/);
  });

  it('the route refuses a file with any invalid row (422) and imports nothing', async () => {
    await actAs(await makeUser('editor'));
    const before = snapshotDatabase(dbFile());
    const csv = [header, row({ ...base, by_place: 'Slonim District', cn_place: 'Lanzhou' }), row({ ...base, by_place: 'Slonim District', cn_place: 'Nowhere' })].join('\n');
    const response = await importRoute(csv, 'commit');
    expect(response.status).toBe(422);
    expect(snapshotDatabase(dbFile())).toEqual(before);
  });

  it('commits every row in one transaction: a failure on a late row leaves nothing behind', async () => {
    const editor = await makeUser('editor');
    const csv = [
      header,
      row({ ...base, by_place: 'Slonim District', cn_place: 'Lanzhou', agreement_kind: 'letter', agreement_title: 'Letter' }),
      row({ ...base, by_place: 'Slonim District', cn_place: 'Haikou', source_url: 'https://example.org/csv-2' }),
      row({ ...base, by_place: 'Pinsk', cn_place: 'Lanzhou' }),
    ].join('\n');
    const { plan } = await validatePairingsCsv(csv);
    expect(plan).toHaveLength(3);
    // Someone else adds the third pair between preview and commit.
    await db.pairing.create({
      data: {
        slug: 'concurrent-pinsk-lanzhou',
        byPlaceId: (await db.place.findUniqueOrThrow({ where: { slug: 'pinsk' } })).id,
        cnPlaceId: (await db.place.findUniqueOrThrow({ where: { slug: 'lanzhou' } })).id,
        type: 'sister_city',
        stage: 'established',
      },
    });
    const before = snapshotDatabase(dbFile());
    await expect(commitPairingsCsv(plan!, editor, () => undefined)).rejects.toThrow(/Line 4: .*already exists.*Nothing was imported/);
    expect(snapshotDatabase(dbFile())).toEqual(before);
  });

  it('logs an unexpected failure (not only "server error" to the editor) and imports nothing', async () => {
    const editor = await makeUser('editor');
    const { plan } = await validatePairingsCsv([header, row({ ...base, by_place: 'Slonim District', cn_place: 'Lanzhou' })].join('\n'));
    expect(plan).toHaveLength(1);
    await db.$executeRawUnsafe("CREATE TRIGGER test_disk_failure BEFORE INSERT ON Pairing BEGIN SELECT RAISE(ABORT, 'simulated disk failure'); END");
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      const before = snapshotDatabase(dbFile());
      await expect(commitPairingsCsv(plan!, editor, () => undefined)).rejects.toThrow('Line 2: server error. Nothing was imported.');
      expect(snapshotDatabase(dbFile())).toEqual(before);
      expect(logged).toHaveBeenCalledWith('[import] line 2 failed', expect.objectContaining({ meta: expect.objectContaining({ modelName: 'Pairing' }) }));
    } finally {
      await db.$executeRawUnsafe('DROP TRIGGER test_disk_failure');
    }
  });

  it('imports a valid file through the route with streamed progress, linking one source for all rows', async () => {
    await actAs(await makeUser('editor'));
    const pairs = [['Osipovichi District', 'Lanzhou'], ['Osipovichi District', 'Haikou'], ['Svetlogorsk District', 'Lanzhou']];
    const csv = [header, ...pairs.map(([by, cn]) => row({ ...base, by_place: by, cn_place: cn, source_url: 'https://example.org/one-source', agreement_kind: 'visit', agreement_date: '2021', agreement_title: `Visit ${by}` }))].join('\n');
    const response = await importRoute(csv, 'commit');
    expect(response.status).toBe(200);
    const events = (await response.text()).trim().split('\n').map((line) => JSON.parse(line) as { type: string; done?: number });
    expect(events[0]).toEqual({ type: 'progress', done: 0, total: 3 });
    expect(events.at(-1)).toMatchObject({ type: 'done', pairings: 3, agreements: 3 });
    const source = await db.source.findFirstOrThrow({ where: { url: 'https://example.org/one-source' }, include: { pairings: true, agreements: true } });
    expect(source.pairings).toHaveLength(3);
    expect(source.agreements).toHaveLength(3);
  });
});

describe('CSV import size limits', () => {
  it('refuses a body over the stated byte limit with 413 naming the limit, and writes nothing', async () => {
    await actAs(await makeUser('editor'));
    const before = snapshotDatabase(dbFile());
    // Cyrillic: under the limit in characters, over it in bytes.
    const big = `${header}\n${'Ж'.repeat(MAX_IMPORT_BYTES / 2 + 10)}`;
    const response = await importRoute(big, 'preview');
    expect(response.status).toBe(413);
    expect(((await response.json()) as { error: string }).error).toMatch(/larger than 8 MB/);
    expect(snapshotDatabase(dbFile())).toEqual(before);
  });

  it('refuses more rows than the stated row limit, naming it', async () => {
    const csv = [header, ...Array.from({ length: MAX_IMPORT_ROWS + 1 }, () => row({ ...base, by_place: 'pinsk', cn_place: 'lanzhou' }))].join('\n');
    const { preview, plan } = await validatePairingsCsv(csv);
    expect(plan).toBeNull();
    expect(preview.fileErrors.join(' ')).toMatch(/At most 10000 rows per file \(this one has 10001\)/);
  });
});
