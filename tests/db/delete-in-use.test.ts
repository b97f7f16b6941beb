import { randomUUID } from 'node:crypto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '@/lib/db';
import { createAgreement } from '@/lib/actions/agreements/create-agreement';
import { updateAgreement } from '@/lib/actions/agreements/update-agreement';
import { createPairing } from '@/lib/actions/pairings/create-pairing';
import { deleteRecord } from '@/lib/actions/records/delete-record';
import { restoreRecord } from '@/lib/actions/records/restore-record';
import { revertChange } from '@/lib/actions/audit/revert-change';
import { getPairingDetail } from '@/lib/pairings/queries';
import { pairingsGeoJson } from '@/lib/geo/pairings-geojson';
import { atlasFiltersSchema } from '@/lib/filters/schema';
import { actAs, makeUser } from '../helpers/users';

vi.mock('next/headers', async () => (await import('../helpers/session')).nextHeadersMock);
vi.mock('next/cache', async () => (await import('../helpers/session')).nextCacheMock);

/**
 * Issue 12, item 4: deleting (or reverting the creation of) a record that live records
 * still use is refused, naming them with links; a deleted record cannot be edited; a
 * record cannot be restored while what it points at is deleted. So no public page, API
 * answer or GeoJSON feature can point at a deleted record.
 */
const newSource = () => ({ mode: 'new', url: `https://example.org/${randomUUID()}`, title: 'Test source', publisher: 'Tests' });
let admin: Awaited<ReturnType<typeof makeUser>>;

beforeEach(async () => {
  admin = await makeUser('admin');
  await actAs(admin);
});

async function newPairingWithNewCnPlace(name: string) {
  const gansu = (await db.place.findUniqueOrThrow({ where: { slug: 'gansu' } })).id;
  const result = await createPairing({
    by: { mode: 'existing', id: (await db.place.findUniqueOrThrow({ where: { slug: 'minsk' } })).id },
    cn: { mode: 'new', place: { country: 'CN', level: 'prefecture_city', regionId: String(gansu), nameEn: name, nameZh: '测试市', lat: '37.93', lon: '102.64' } },
    type: 'friendship_city',
    stage: 'in_contact',
    agreement: { kind: 'visit', date: '2019-09', title: `Visit to ${name}` },
    sources: [newSource()],
  });
  if (!result.ok) throw new Error(result.error);
  return db.pairing.findUniqueOrThrow({ where: { id: result.data.id }, include: { cnPlace: true, agreements: true } });
}

describe('a place in use', () => {
  it('cannot be deleted: the refusal names the pairing with a link, and nothing changes', async () => {
    const pairing = await db.pairing.findFirstOrThrow({ where: { slug: 'novogrudok-district--dunhuang' }, include: { cnPlace: true } });
    const dunhuang = pairing.cnPlace;
    const result = await deleteRecord({ entityType: 'place', id: dunhuang.id, version: dunhuang.version });
    expect(result).toMatchObject({ ok: false, status: 409 });
    if (result.ok) return;
    expect(result.error).toMatch(/still used by/);
    expect(result.references).toContainEqual({ entityType: 'pairing', id: pairing.id, label: 'Novogrudok District – Dunhuang', href: `/admin/pairings/${pairing.id}` });
    expect(result.referenceCount).toBe(result.references!.length);
    const after = await db.place.findUniqueOrThrow({ where: { id: dunhuang.id } });
    expect(after).toMatchObject({ deletedAt: null, version: dunhuang.version });
    expect(await getPairingDetail(pairing.slug)).not.toBeNull();
  });

  it('reverting its creation is refused too, so the pairing page, API and GeoJSON never point at a deleted place', async () => {
    const pairing = await newPairingWithNewCnPlace(`Test Wuwei ${randomUUID().slice(0, 6)}`);
    const created = await db.auditEvent.findFirstOrThrow({ where: { entityType: 'place', entityId: pairing.cnPlaceId, action: 'create' } });
    const result = await revertChange({ eventId: created.id });
    expect(result).toMatchObject({ ok: false, status: 409, references: [{ entityType: 'pairing', id: pairing.id, href: `/admin/pairings/${pairing.id}` }] });
    expect((await db.place.findUniqueOrThrow({ where: { id: pairing.cnPlaceId } })).deletedAt).toBeNull();
    const detail = await getPairingDetail(pairing.slug);
    expect(detail).not.toBeNull();
    const geo = await pairingsGeoJson(atlasFiltersSchema.parse({}));
    expect(geo.features.map((f) => (f as { id: string }).id)).toContain(`place:${pairing.cnPlace.slug}`);
  });

  it('can be deleted once nothing uses it: agreement, then pairing, then place — and restored only in the reverse order', async () => {
    const pairing = await newPairingWithNewCnPlace(`Test Free ${randomUUID().slice(0, 6)}`);
    const [agreement] = pairing.agreements;
    const refused = await deleteRecord({ entityType: 'pairing', id: pairing.id, version: pairing.version });
    expect(refused).toMatchObject({ ok: false, status: 409, references: [{ entityType: 'agreement', id: agreement!.id, label: agreement!.title }] });

    expect(await deleteRecord({ entityType: 'agreement', id: agreement!.id, version: agreement!.version })).toMatchObject({ ok: true });
    expect(await deleteRecord({ entityType: 'pairing', id: pairing.id, version: pairing.version })).toMatchObject({ ok: true });
    const place = await db.place.findUniqueOrThrow({ where: { id: pairing.cnPlaceId } });
    expect(await deleteRecord({ entityType: 'place', id: place.id, version: place.version })).toMatchObject({ ok: true });

    // Restoring the pairing first would bring back a pairing whose partner is deleted.
    const deletedPairing = await db.pairing.findUniqueOrThrow({ where: { id: pairing.id } });
    const early = await restoreRecord({ entityType: 'pairing', id: pairing.id, version: deletedPairing.version });
    expect(early).toMatchObject({ ok: false, status: 409, referencesDeleted: true, references: [{ entityType: 'place', id: place.id, href: `/admin/places/${place.id}` }] });
    expect((await db.pairing.findUniqueOrThrow({ where: { id: pairing.id } })).deletedAt).not.toBeNull();

    expect(await restoreRecord({ entityType: 'place', id: place.id, version: place.version + 1 })).toMatchObject({ ok: true });
    expect(await restoreRecord({ entityType: 'pairing', id: pairing.id, version: deletedPairing.version })).toMatchObject({ ok: true });
  });
});

describe('a source cited by records', () => {
  it('cannot be deleted while cited; the refusal lists the citing records', async () => {
    const source = await db.source.findFirstOrThrow({ where: { deletedAt: null, pairings: { some: { slug: 'novogrudok-district--dunhuang' } } } });
    const result = await deleteRecord({ entityType: 'source', id: source.id, version: source.version });
    expect(result).toMatchObject({ ok: false, status: 409 });
    if (result.ok) return;
    expect(result.references?.map((r) => r.label)).toContain('Novogrudok District – Dunhuang');
    expect((await db.source.findUniqueOrThrow({ where: { id: source.id } })).deletedAt).toBeNull();
  });
});

describe('a deleted record', () => {
  it('is read-only until restored: a save is refused and changes nothing', async () => {
    const pairing = await db.pairing.findFirstOrThrow({ where: { slug: 'novogrudok-district--dunhuang' } });
    const made = await createAgreement({ pairingId: pairing.id, kind: 'visit', date: '2021-05', title: 'Visit to delete', sources: [newSource()] });
    if (!made.ok) throw new Error(made.error);
    const agreement = await db.agreement.findUniqueOrThrow({ where: { id: made.data.id }, include: { sources: true } });
    expect(await deleteRecord({ entityType: 'agreement', id: agreement.id, version: agreement.version })).toMatchObject({ ok: true });
    const input = {
      id: agreement.id,
      version: agreement.version + 1,
      pairingId: pairing.id,
      kind: 'visit',
      date: '2021-05',
      title: 'Edited while deleted',
      sources: agreement.sources.map((s) => ({ mode: 'existing', id: s.id })),
    };
    const result = await updateAgreement(input);
    expect(result).toMatchObject({ ok: false, status: 409 });
    if (!result.ok) expect(result.error).toMatch(/restore it/);
    expect(await db.agreement.findUniqueOrThrow({ where: { id: agreement.id } })).toMatchObject({ title: 'Visit to delete', version: agreement.version + 1 });
  });
});
