import { beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '@/lib/db';
import { deleteRecord } from '@/lib/actions/records/delete-record';
import { countRecords } from '@/lib/admin/dashboard-queries';
import { publicHrefOf } from '@/lib/admin/public-href';
import { actAs, makeUser } from '../helpers/users';

vi.mock('next/headers', async () => (await import('../helpers/session')).nextHeadersMock);
vi.mock('next/cache', async () => (await import('../helpers/session')).nextCacheMock);

/** Issue 12, item 22: record counts on the dashboard; a "Public page" link for every kind of record. */
beforeEach(async () => actAs(await makeUser('editor')));

describe('dashboard counts', () => {
  it('count the live records of each kind and the trash, and follow a delete', async () => {
    const before = await countRecords();
    expect(before.pairings.live).toBe(await db.pairing.count({ where: { deletedAt: null } }));
    expect(before.pairings.live).toBeGreaterThan(50);
    expect(before.sources.live).toBeGreaterThan(0);
    expect(before.trade.live).toBe(await db.tradeFigure.count({ where: { deletedAt: null } }));
    const agreement = await db.agreement.findFirstOrThrow({ where: { deletedAt: null } });
    expect(await deleteRecord({ entityType: 'agreement', id: agreement.id, version: agreement.version })).toMatchObject({ ok: true });
    const after = await countRecords();
    expect(after.agreements).toEqual({ live: before.agreements.live - 1, deleted: before.agreements.deleted + 1 });
  });
});

describe('public page of a record', () => {
  it('exists for every kind of record that readers see, and is absent once deleted', async () => {
    const pairing = await db.pairing.findUniqueOrThrow({ where: { slug: 'novogrudok-district--dunhuang' }, include: { agreements: true, sources: true, cnPlace: true } });
    const figure = await db.tradeFigure.findFirstOrThrow({ where: { deletedAt: null } });
    const project = await db.project.findFirstOrThrow({ where: { deletedAt: null } });
    expect(await publicHrefOf('pairing', pairing.id)).toBe('/pairings/novogrudok-district--dunhuang');
    expect(await publicHrefOf('place', pairing.cnPlaceId)).toBe(`/places/${pairing.cnPlace.slug}`);
    expect(await publicHrefOf('agreement', pairing.agreements[0]!.id)).toBe(`/pairings/novogrudok-district--dunhuang#agreement-${pairing.agreements[0]!.id}`);
    expect(await publicHrefOf('source', pairing.sources[0]!.id)).toMatch(new RegExp(`#source-${pairing.sources[0]!.key}$`));
    expect(await publicHrefOf('trade_figure', figure.id)).toBe('/trade');
    expect(await publicHrefOf('project', project.id)).toBe(`/projects/${project.slug}`);

    const agreement = pairing.agreements[0]!;
    expect(await deleteRecord({ entityType: 'agreement', id: agreement.id, version: agreement.version })).toMatchObject({ ok: true });
    expect(await publicHrefOf('agreement', agreement.id)).toBeNull();
  });
});
