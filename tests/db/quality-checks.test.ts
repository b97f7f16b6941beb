import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { db } from '@/lib/db';
import { loadQualityChecks, QUALITY_CHECKS, type QualityCheckId } from '@/lib/quality/checks';
import { actAs, makeUser } from '../helpers/users';

vi.mock('next/headers', async () => (await import('../helpers/session')).nextHeadersMock);

const uid = () => randomUUID().slice(0, 8);
const goodSource = () => ({ key: `q-${uid()}`, title: 'A dated source', url: `https://example.org/${uid()}`, publishedDate: '2024-05-01', publishedPrecision: 'day' });
const fullNames = (en: string) => ({ nameEn: en, nameRu: `${en} ru`, nameBe: `${en} be`, nameZh: `${en} zh` });

async function place(country: 'BY' | 'CN', names: { nameEn: string; nameRu?: string | null; nameBe?: string | null; nameZh?: string | null }) {
  return db.place.create({ data: { slug: `q-${uid()}`, country, tier: 'locality', level: 'city', ...names, sources: { create: [goodSource(), goodSource()] } } });
}

/** A pairing of two fresh places; `agreements` and `sources` as given (two good sources by default). */
async function pairing(data: { stage: string; agreements?: { kind: string; date?: string | null; dateApproximate?: boolean; sources?: number }[]; sources?: number; establishedDate?: string | null; typeUncertain?: boolean }) {
  const by = await place('BY', fullNames(`Q By ${uid()}`));
  const cn = await place('CN', fullNames(`Q Cn ${uid()}`));
  return db.pairing.create({
    data: {
      slug: `q-${uid()}`, byPlaceId: by.id, cnPlaceId: cn.id, type: 'sister_city', stage: data.stage,
      typeUncertain: data.typeUncertain ?? false, establishedDate: data.establishedDate ?? null,
      sources: { create: Array.from({ length: data.sources ?? 2 }, goodSource) },
      agreements: {
        create: (data.agreements ?? []).map((a) => ({
          kind: a.kind, date: a.date ?? null, dateApproximate: a.dateApproximate ?? false, title: `Q ${a.kind} ${uid()}`,
          sources: { create: Array.from({ length: a.sources ?? 2 }, goodSource) },
        })),
      },
    },
    include: { agreements: true, byPlace: true },
  });
}

const ids = (checks: Awaited<ReturnType<typeof loadQualityChecks>>, check: QualityCheckId, type: string) =>
  checks.find((c) => c.id === check)!.items.filter((i) => i.entityType === type).map((i) => i.id);

/** The checks as a signed-in editor reads them (the loader refuses anyone else). */
async function asEditor() {
  await actAs(editor);
  return loadQualityChecks();
}

let editor: { id: number };
let clean: Awaited<ReturnType<typeof pairing>>;
const failing: Partial<Record<string, number>> = {};

beforeAll(async () => {
  editor = await makeUser('editor');
  clean = await pairing({ stage: 'established', agreements: [{ kind: 'twinning_agreement', date: '2019-05-14' }] });
  failing.establishedNoDoc = (await pairing({ stage: 'established', agreements: [{ kind: 'visit', date: '2018-01' }] })).id;
  failing.earlyButSigned = (await pairing({ stage: 'letter_of_intent', agreements: [{ kind: 'twinning_agreement', date: '2018' }] })).id;
  failing.undated = (await pairing({ stage: 'in_contact', agreements: [{ kind: 'visit', date: null }] })).id;
  failing.oneSource = (await pairing({ stage: 'in_contact', sources: 1, agreements: [{ kind: 'visit', date: '2020' }] })).id;
  const uncertainAgreement = await pairing({ stage: 'in_contact', typeUncertain: true, agreements: [{ kind: 'visit', date: '2021', dateApproximate: true, sources: 0 }] });
  failing.uncertainPairing = uncertainAgreement.id;
  failing.uncertainAgreement = uncertainAgreement.agreements[0].id;
  failing.noUrlSource = (await db.source.create({ data: { key: `q-${uid()}`, title: 'Printed, undated', url: null, publishedDate: null } })).id;
  failing.noNames = (await place('CN', { nameEn: `Q Unnamed ${uid()}`, nameRu: null, nameBe: '', nameZh: '无名' })).id;
});

describe('the data-quality desk', () => {
  it('finds a record made to fail each check', async () => {
    const checks = await asEditor();
    expect(checks.map((c) => c.id)).toEqual([...QUALITY_CHECKS]);
    expect(ids(checks, 'stage-contradicts-milestones', 'pairing')).toEqual(expect.arrayContaining([failing.establishedNoDoc, failing.earlyButSigned]));
    expect(ids(checks, 'undated-pairings', 'pairing')).toContain(failing.undated);
    expect(ids(checks, 'single-source', 'pairing')).toContain(failing.oneSource);
    expect(ids(checks, 'single-source', 'agreement')).toContain(failing.uncertainAgreement);
    expect(ids(checks, 'uncertain-flags', 'pairing')).toContain(failing.uncertainPairing);
    expect(ids(checks, 'uncertain-flags', 'agreement')).toContain(failing.uncertainAgreement);
    expect(ids(checks, 'incomplete-sources', 'source')).toContain(failing.noUrlSource);
    const unnamed = checks.find((c) => c.id === 'missing-names')!.items.find((i) => i.id === failing.noNames);
    expect(unnamed).toMatchObject({ href: `/admin/places/${failing.noNames}`, reason: { key: 'missingNames', terms: ['ru', 'be'] } });
    for (const check of checks) expect(check.count).toBe(check.items.length);
  });

  it('flags nothing about a clean record, and forgets a deleted one', async () => {
    const checks = await asEditor();
    const cleanKeys = new Set([`pairing ${clean.id}`, `agreement ${clean.agreements[0].id}`, `place ${clean.byPlaceId}`, `place ${clean.cnPlaceId}`]);
    for (const check of checks) expect(check.items.filter((i) => cleanKeys.has(`${i.entityType} ${i.id}`))).toEqual([]);
    const doomed = await pairing({ stage: 'in_contact' });
    expect(ids(await asEditor(), 'undated-pairings', 'pairing')).toContain(doomed.id);
    await db.pairing.update({ where: { id: doomed.id }, data: { deletedAt: new Date() } });
    expect(ids(await asEditor(), 'undated-pairings', 'pairing')).not.toContain(doomed.id);
  });

  it('prints the counts on the seeded data, and refuses a reader without a session', async () => {
    const checks = await asEditor();
    console.table(Object.fromEntries(checks.map((c) => [c.id, c.count])));
    // The seeded research has known gaps: undated pairings and single-source records among them.
    expect(checks.find((c) => c.id === 'undated-pairings')!.count).toBeGreaterThan(0);
    await actAs(null);
    await expect(loadQualityChecks()).rejects.toMatchObject({ status: 401 });
  });
});
