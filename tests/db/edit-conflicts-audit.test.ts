import { randomUUID } from 'node:crypto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '@/lib/db';
import { createPairing } from '@/lib/actions/pairings/create-pairing';
import { updatePairing } from '@/lib/actions/pairings/update-pairing';
import { updatePlace } from '@/lib/actions/places/update-place';
import { deleteRecord } from '@/lib/actions/records/delete-record';
import { restoreRecord } from '@/lib/actions/records/restore-record';
import { revertChange } from '@/lib/actions/audit/revert-change';
import { createAgreement } from '@/lib/actions/agreements/create-agreement';
import { nextCacheMock } from '../helpers/session';
import { actAs, makeUser } from '../helpers/users';

vi.mock('next/headers', async () => (await import('../helpers/session')).nextHeadersMock);
vi.mock('next/cache', async () => (await import('../helpers/session')).nextCacheMock);

/** A source no other test uses, so whether it is created or reused never depends on order. */
const newSource = () => ({ mode: 'new', url: `https://example.org/${randomUUID()}`, title: 'Test source', publisher: 'Tests' });
let editorA: Awaited<ReturnType<typeof makeUser>>;
let editorB: Awaited<ReturnType<typeof makeUser>>;
let admin: Awaited<ReturnType<typeof makeUser>>;

async function placeId(slug: string) {
  return (await db.place.findUniqueOrThrow({ where: { slug } })).id;
}

async function pairingInput(id: number) {
  const p = await db.pairing.findUniqueOrThrow({ where: { id }, include: { sources: true, fields: true } });
  return {
    id,
    version: p.version,
    type: p.type,
    stage: p.stage,
    established: p.establishedDate ?? '',
    fields: p.fields.map((f) => f.field),
    summary: p.summary ?? '',
    notes: p.notes ?? '',
    sources: p.sources.map((s) => ({ mode: 'existing', id: s.id })),
  };
}

// Fresh accounts for every test: each test reads only its own users' audit events, so
// the tests pass alone, in any order and shuffled (vitest --sequence.shuffle).
beforeEach(async () => {
  editorA = await makeUser('editor');
  editorB = await makeUser('editor');
  admin = await makeUser('admin');
});

describe('creating a pairing', () => {
  it('creates partners inline, the pairing, its agreement and a source in one go, each logged', async () => {
    await actAs(editorA);
    const source = newSource();
    const gansu = await placeId('gansu');
    const result = await createPairing({
      by: { mode: 'new', place: { country: 'BY', level: 'district', regionId: String(await placeId('minsk-oblast')), nameEn: 'Test District A', lat: '53.0', lon: '27.5' } },
      cn: { mode: 'new', place: { country: 'CN', level: 'prefecture_city', regionId: String(gansu), nameEn: 'Test City A', nameZh: '测试市' } },
      type: 'friendship_city',
      stage: 'in_contact',
      fields: ['culture'],
      agreement: { kind: 'visit', date: '2019-09', title: 'Delegation visit' },
      sources: [source],
    });
    expect(result).toMatchObject({ ok: true });
    if (!result.ok) return;
    const pairing = await db.pairing.findUniqueOrThrow({
      where: { id: result.data.id },
      include: { byPlace: { include: { names: true } }, agreements: true, sources: true, fields: true },
    });
    expect(pairing.slug).toBe('test-district-a--test-city-a');
    expect(pairing.byPlace.names.map((n) => n.name)).toContain('Test District A');
    expect(pairing.agreements[0]).toMatchObject({ kind: 'visit', date: '2019-09', datePrecision: 'month', dateYear: 2019 });
    expect(pairing.sources.map((s) => s.url)).toEqual([source.url]);
    const events = await db.auditEvent.findMany({ where: { userId: editorA.id }, orderBy: { id: 'asc' } });
    expect(events.map((e) => `${e.action} ${e.entityType}`)).toEqual(['create source', 'create place', 'create place', 'create pairing', 'create agreement']);
    expect(events.find((e) => e.entityType === 'pairing')?.label).toBe('Test District A – Test City A');
    expect(nextCacheMock.revalidatePath).toHaveBeenCalled();
  });

  it('refuses a duplicate (same two partners) with a link to the existing pairing, writing nothing', async () => {
    await actAs(editorA);
    const existing = await db.pairing.findFirstOrThrow({ where: { slug: 'novogrudok-district--dunhuang' } });
    const count = await db.place.count();
    const result = await createPairing({
      by: { mode: 'existing', id: existing.byPlaceId },
      cn: { mode: 'existing', id: existing.cnPlaceId },
      type: 'sister_city',
      stage: 'established',
      agreement: null,
      sources: [{ ...newSource(), url: 'https://example.org/duplicate' }],
    });
    expect(result).toMatchObject({ ok: false, status: 422, existing: { href: `/admin/pairings/${existing.id}` } });
    expect(await db.source.count({ where: { url: 'https://example.org/duplicate' } })).toBe(0);
    expect(await db.place.count()).toBe(count);
  });

  it('refuses a Chinese place on the Belarusian side (checked on the server for existing places)', async () => {
    await actAs(editorA);
    const result = await createPairing({
      by: { mode: 'existing', id: await placeId('gansu') },
      cn: { mode: 'existing', id: await placeId('dunhuang') },
      type: 'sister_city',
      stage: 'established',
      sources: [newSource()],
    });
    expect(result).toMatchObject({ ok: false, status: 422, fieldErrors: { 'by.id': [expect.stringMatching(/Belarus/)] } });
  });
});

describe('two editors, one record (optimistic concurrency)', () => {
  it('refuses the second, stale save and says who changed what', async () => {
    const pairing = await db.pairing.findFirstOrThrow({ where: { slug: 'grodno-oblast--gansu' } });
    const seenByA = await pairingInput(pairing.id);
    const seenByB = await pairingInput(pairing.id);

    await actAs(editorA);
    const first = await updatePairing({ ...seenByA, stage: 'suspended', notes: 'Changed by A' });
    expect(first).toMatchObject({ ok: true, data: { version: seenByA.version + 1 } });

    await actAs(editorB);
    const second = await updatePairing({ ...seenByB, summary: 'B wants this' });
    expect(second).toMatchObject({ ok: false, status: 409 });
    if (second.ok) return;
    expect(second.error).toMatch(/changed by Test editor/);
    expect(second.conflict?.changes).toEqual(
      expect.arrayContaining([expect.objectContaining({ field: 'stage', before: 'established', after: 'suspended' })]),
    );
    const now = await db.pairing.findUniqueOrThrow({ where: { id: pairing.id } });
    expect(now).toMatchObject({ stage: 'suspended', notes: 'Changed by A', version: seenByA.version + 1 });
    expect(now.summary).toBe(pairing.summary);
  });

  it('a place edited with a stale version is refused too', async () => {
    await actAs(editorA);
    const place = await db.place.findUniqueOrThrow({ where: { slug: 'dunhuang' }, include: { sources: true } });
    const input = {
      id: place.id, version: place.version - 0, country: place.country, level: place.level, regionId: place.regionId, nameEn: 'Dunhuang',
      nameZh: place.nameZh, lat: place.lat, lon: place.lon, sources: place.sources.map((s) => ({ mode: 'existing', id: s.id })),
    };
    expect(await updatePlace(input)).toMatchObject({ ok: true });
    expect(await updatePlace(input)).toMatchObject({ ok: false, status: 409 });
  });
});

describe('audit log, delete/restore and revert', () => {
  it('records before and after of an update and reverts it (the revert is logged too)', async () => {
    await actAs(editorA);
    const pairing = await db.pairing.findFirstOrThrow({ where: { slug: 'minsk--beijing' } });
    const input = await pairingInput(pairing.id);
    const updated = await updatePairing({ ...input, stage: 'approved', fields: [...input.fields, 'sport'] });
    expect(updated.ok).toBe(true);
    const event = await db.auditEvent.findFirstOrThrow({ where: { entityType: 'pairing', entityId: pairing.id, action: 'update' }, orderBy: { id: 'desc' } });
    expect(JSON.parse(event.before!)).toMatchObject({ stage: pairing.stage, version: pairing.version });
    expect(JSON.parse(event.after!)).toMatchObject({ stage: 'approved', fields: expect.arrayContaining(['sport']) });

    // Editors revert their own changes only (tests/db/editor-account.test.ts); admins anyone's.
    await actAs(editorB);
    expect(await revertChange({ eventId: event.id })).toMatchObject({ ok: false, status: 403 });

    await actAs(admin);
    const reverted = await revertChange({ eventId: event.id });
    expect(reverted).toMatchObject({ ok: true });
    const after = await db.pairing.findUniqueOrThrow({ where: { id: pairing.id }, include: { fields: true } });
    expect(after.stage).toBe(pairing.stage);
    expect(after.fields.map((f) => f.field).sort()).toEqual([...input.fields].sort());
    const revertEvent = await db.auditEvent.findFirstOrThrow({ where: { revertOfId: event.id } });
    expect(revertEvent).toMatchObject({ action: 'revert', userId: admin.id, entityId: pairing.id });
  });

  it('refuses to revert a change that later changes built on', async () => {
    await actAs(editorA);
    const pairing = await db.pairing.findFirstOrThrow({ where: { slug: 'minsk--shanghai' } });
    const first = await updatePairing({ ...(await pairingInput(pairing.id)), notes: 'first' });
    expect(first.ok).toBe(true);
    const firstEvent = await db.auditEvent.findFirstOrThrow({ where: { entityType: 'pairing', entityId: pairing.id }, orderBy: { id: 'desc' } });
    expect((await updatePairing({ ...(await pairingInput(pairing.id)), notes: 'second' })).ok).toBe(true);
    await actAs(admin);
    expect(await revertChange({ eventId: firstEvent.id })).toMatchObject({ ok: false, status: 409 });
    expect((await db.pairing.findUniqueOrThrow({ where: { id: pairing.id } })).notes).toBe('second');
  });

  it('soft-deletes, restores, and reverting a create deletes the record softly', async () => {
    await actAs(editorA);
    // Nothing may use it, or the delete is refused (tests/db/delete-in-use.test.ts): its agreements go first.
    const pairing = await db.pairing.findFirstOrThrow({ where: { slug: 'minsk--shenzhen', projects: { none: {} } }, include: { agreements: true } });
    for (const a of pairing.agreements) expect(await deleteRecord({ entityType: 'agreement', id: a.id, version: a.version })).toMatchObject({ ok: true });
    const deleted = await deleteRecord({ entityType: 'pairing', id: pairing.id, version: pairing.version });
    expect(deleted).toMatchObject({ ok: true });
    expect((await db.pairing.findUniqueOrThrow({ where: { id: pairing.id } })).deletedAt).not.toBeNull();
    expect(await deleteRecord({ entityType: 'pairing', id: pairing.id, version: pairing.version })).toMatchObject({ status: 409 });
    const restored = await restoreRecord({ entityType: 'pairing', id: pairing.id, version: pairing.version + 1 });
    expect(restored).toMatchObject({ ok: true });
    expect((await db.pairing.findUniqueOrThrow({ where: { id: pairing.id } })).deletedAt).toBeNull();

    const made = await createAgreement({ pairingId: pairing.id, kind: 'visit', date: '2021-05', title: 'Visit to revert', sources: [newSource()] });
    expect(made).toMatchObject({ ok: true });
    const created = await db.auditEvent.findFirstOrThrow({ where: { entityType: 'agreement', action: 'create', userId: editorA.id } });
    await actAs(admin);
    expect(await revertChange({ eventId: created.id })).toMatchObject({ ok: true });
    expect((await db.agreement.findUniqueOrThrow({ where: { id: created.entityId } })).deletedAt).not.toBeNull();
  });
});
