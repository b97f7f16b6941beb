import { beforeAll, describe, expect, it, vi } from 'vitest';
import { db } from '@/lib/db';
import type { ActionResult } from '@/lib/actions/result';
import { createAgreement } from '@/lib/actions/agreements/create-agreement';
import { updateAgreement } from '@/lib/actions/agreements/update-agreement';
import { revertChange } from '@/lib/actions/audit/revert-change';
import { createPairing } from '@/lib/actions/pairings/create-pairing';
import { updatePairing } from '@/lib/actions/pairings/update-pairing';
import { createPlace } from '@/lib/actions/places/create-place';
import { updatePlace } from '@/lib/actions/places/update-place';
import { createProject } from '@/lib/actions/projects/create-project';
import { updateProject } from '@/lib/actions/projects/update-project';
import { createSource } from '@/lib/actions/sources/create-source';
import { updateSource } from '@/lib/actions/sources/update-source';
import { createTradeFigure } from '@/lib/actions/trade/create-trade-figure';
import { updateTradeFigure } from '@/lib/actions/trade/update-trade-figure';
import type { EditValues } from '@/lib/audit/changes';
import { editedColumns, readSnapshot, snapshotColumns } from '@/lib/audit/entities';
import { ENTITY_TYPES, type EntityType } from '@/lib/audit/types';
import type { Tx } from '@/lib/db-types';
import { actAs, makeUser } from '../helpers/users';

vi.mock('next/headers', async () => (await import('../helpers/session')).nextHeadersMock);
vi.mock('next/cache', async () => (await import('../helpers/session')).nextCacheMock);

/**
 * For every entity: create a record through the editors' real action with a value in
 * every edited column, edit it so that every one of them changes, then revert the
 * edit, checking the row and the audit snapshot after each step. The columns come
 * from lib/audit/entities.ts (COLUMNS), the expected values are typed EditValues<T>:
 * a new column fails this test (or its compile) until the write path saves it.
 */

type Ids = Awaited<ReturnType<typeof loadIds>>;
type Case<T extends EntityType> = {
  create: (ids: Ids) => Promise<ActionResult<{ id: number }>>;
  update: (ids: Ids, id: number, version: number) => Promise<ActionResult<{ id: number; version: number }>>;
  /** What the record holds after create, and after the edit: every edited column and link. */
  first: (ids: Ids) => EditValues<T>;
  second: (ids: Ids) => EditValues<T>;
};

async function loadIds() {
  const place = async (slug: string) => (await db.place.findUniqueOrThrow({ where: { slug } })).id;
  const pairing = async (slug: string) => (await db.pairing.findUniqueOrThrow({ where: { slug } })).id;
  const sources = (await db.source.findMany({ where: { deletedAt: null }, orderBy: { id: 'asc' }, take: 2 })).map((s) => s.id);
  return {
    minskOblast: await place('minsk-oblast'),
    minsk: await place('minsk'),
    gansu: await place('gansu'),
    dunhuang: await place('dunhuang'),
    novogrudok: await place('novogrudok-district'),
    pairingA: await pairing('grodno-oblast--gansu'),
    pairingB: await pairing('minsk--beijing'),
    sourceA: sources[0],
    sourceB: sources[1],
  };
}

const existing = (id: number) => [{ mode: 'existing', id }];
const str = (value: unknown) => (value === null ? '' : String(value));

const CASES: { [T in EntityType]: Case<T> } = {
  place: {
    first: (ids) => ({
      country: 'BY', level: 'district', tier: 'locality', regionId: ids.minskOblast, parentCityId: ids.minsk,
      nameEn: 'Column Test District', nameRu: 'Тестовый район', nameBe: 'Тэставы раён', nameZh: '测试区', lat: 53.5, lon: 27.25,
      coordNote: 'centroid', population: 12_345, populationYear: 2019, areaKm2: 321.5, summary: 'First summary',
      altNames: [{ name: 'Column Alt A', lang: 'und', kind: 'alternative' }], sourceIds: [ids.sourceA],
    }),
    second: (ids) => ({
      country: 'CN', level: 'province', tier: 'region', regionId: null, parentCityId: null,
      nameEn: 'Column Test Province', nameRu: 'Тестовая провинция', nameBe: 'Тэставая правінцыя', nameZh: '测试省', lat: 36.5, lon: 103.75,
      coordNote: 'admin centre', population: 9_876_543, populationYear: 2022, areaKm2: 45_678.25, summary: 'Second summary',
      altNames: [{ name: 'Column Alt B', lang: 'und', kind: 'alternative' }], sourceIds: [ids.sourceB],
    }),
    create: (ids) => createPlace(placeForm(CASES.place.first(ids))),
    update: (ids, id, version) => updatePlace({ id, version, ...placeForm(CASES.place.second(ids)) }),
  },
  pairing: {
    first: (ids) => ({
      type: 'sister_city', typeUncertain: false, stage: 'in_contact', stageUncertain: false, establishedDate: '2019-09',
      establishedPrecision: 'month', establishedYear: 2019, establishedApproximate: false, summary: 'First summary', notes: 'First notes',
      fields: ['culture'], sourceIds: [ids.sourceA],
    }),
    second: (ids) => ({
      type: 'friendship_city', typeUncertain: true, stage: 'established', stageUncertain: true, establishedDate: '2021-03-15',
      establishedPrecision: 'day', establishedYear: 2021, establishedApproximate: true, summary: 'Second summary', notes: 'Second notes',
      fields: ['education', 'tourism'], sourceIds: [ids.sourceB],
    }),
    create: async (ids) => {
      const v = CASES.pairing.first(ids);
      return createPairing({
        by: { mode: 'existing', id: ids.novogrudok },
        cn: { mode: 'existing', id: ids.gansu },
        ...pairingForm(v),
        agreement: null,
      });
    },
    update: (ids, id, version) => updatePairing({ id, version, ...pairingForm(CASES.pairing.second(ids)) }),
  },
  agreement: {
    first: (ids) => ({
      pairingId: ids.pairingA, kind: 'memorandum', date: '2018', datePrecision: 'year', dateYear: 2018, dateApproximate: false,
      title: 'First title', venue: 'Minsk', signatories: 'A and B', summary: 'First summary', notes: 'First notes', sourceIds: [ids.sourceA],
    }),
    second: (ids) => ({
      pairingId: ids.pairingB, kind: 'twinning_agreement', date: '2020-06-01', datePrecision: 'day', dateYear: 2020, dateApproximate: true,
      title: 'Second title', venue: 'Beijing', signatories: 'C and D', summary: 'Second summary', notes: 'Second notes', sourceIds: [ids.sourceB],
    }),
    create: (ids) => createAgreement(agreementForm(CASES.agreement.first(ids))),
    update: (ids, id, version) => updateAgreement({ id, version, ...agreementForm(CASES.agreement.second(ids)) }),
  },
  project: {
    first: (ids) => ({
      nameEn: 'Column Project A', nameRu: 'Проект А', nameZh: '项目甲', country: 'BY', locationText: 'Near Minsk', placeId: ids.minsk,
      lat: 53.9, lon: 27.56, coordNote: 'site', partnersText: 'Partner A', sectors: '["logistics"]', status: 'planned',
      statusUncertain: false, startYear: 2015, endYear: 2018, keyFigures: '100 jobs', summary: 'First summary', notes: 'First notes',
      pairingIds: [ids.pairingA], sourceIds: [ids.sourceA],
    }),
    second: (ids) => ({
      nameEn: 'Column Project B', nameRu: 'Проект Б', nameZh: '项目乙', country: 'CN', locationText: 'Dunhuang oasis', placeId: ids.dunhuang,
      lat: 40.14, lon: 94.66, coordNote: 'gate', partnersText: 'Partner B', sectors: '["medicine","tourism"]', status: 'operating',
      statusUncertain: true, startYear: 2019, endYear: 2024, keyFigures: '200 beds', summary: 'Second summary', notes: 'Second notes',
      pairingIds: [ids.pairingB], sourceIds: [ids.sourceB],
    }),
    create: (ids) => createProject(projectForm(CASES.project.first(ids))),
    update: (ids, id, version) => updateProject({ id, version, ...projectForm(CASES.project.second(ids)) }),
  },
  trade_figure: {
    first: (ids) => ({
      scope: 'region', byPlaceId: ids.minskOblast, cnPlaceId: null, year: 2019, periodKind: 'year', monthFrom: 1, monthTo: 12,
      periodApproximate: false, flow: 'total', value: 100.5, currency: 'USD', scale: 1_000_000, growthPct: 5.5, reporter: 'Belstat',
      approximate: false, notes: 'First notes', sourceIds: [ids.sourceA],
    }),
    second: (ids) => ({
      scope: 'city', byPlaceId: ids.minsk, cnPlaceId: ids.dunhuang, year: 2021, periodKind: 'months', monthFrom: 2, monthTo: 8,
      periodApproximate: true, flow: 'by_export', value: 250.25, currency: 'CNY', scale: 1_000, growthPct: -3, reporter: 'GACC',
      approximate: true, notes: 'Second notes', sourceIds: [ids.sourceB],
    }),
    create: (ids) => createTradeFigure(tradeForm(CASES.trade_figure.first(ids))),
    update: (ids, id, version) => updateTradeFigure({ id, version, ...tradeForm(CASES.trade_figure.second(ids)) }),
  },
  source: {
    first: () => ({
      url: 'https://example.org/column-test-a', title: 'First title', publisher: 'Publisher A', language: 'en',
      publishedDate: '2019', publishedPrecision: 'year', notes: 'First notes',
    }),
    second: () => ({
      url: 'https://example.org/column-test-b', title: 'Second title', publisher: 'Publisher B', language: 'zh',
      publishedDate: '2020-05', publishedPrecision: 'month', notes: 'Second notes',
    }),
    create: (ids) => createSource(sourceForm(CASES.source.first(ids))),
    update: (ids, id, version) => updateSource({ id, version, ...sourceForm(CASES.source.second(ids)) }),
  },
};

/* The form each editor submits for a wanted record: strings, as the browser sends them. */
function placeForm(v: EditValues<'place'>) {
  return {
    country: v.country, level: v.level, regionId: str(v.regionId), parentCityId: str(v.parentCityId), nameEn: v.nameEn,
    nameRu: str(v.nameRu), nameBe: str(v.nameBe), nameZh: str(v.nameZh), altNames: v.altNames.map((n) => n.name).join('; '),
    lat: str(v.lat), lon: str(v.lon), coordNote: str(v.coordNote), population: str(v.population),
    populationYear: str(v.populationYear), areaKm2: str(v.areaKm2), summary: str(v.summary), sources: existing(v.sourceIds[0]),
  };
}
function pairingForm(v: EditValues<'pairing'>) {
  return {
    type: v.type, typeUncertain: v.typeUncertain ? 'on' : '', stage: v.stage, stageUncertain: v.stageUncertain ? 'on' : '',
    established: str(v.establishedDate), establishedApproximate: v.establishedApproximate ? 'on' : '', fields: v.fields,
    summary: str(v.summary), notes: str(v.notes), sources: existing(v.sourceIds[0]),
  };
}
function agreementForm(v: EditValues<'agreement'>) {
  return {
    pairingId: String(v.pairingId), kind: v.kind, date: str(v.date), dateApproximate: v.dateApproximate ? 'on' : '', title: v.title,
    venue: str(v.venue), signatories: str(v.signatories), summary: str(v.summary), notes: str(v.notes), sources: existing(v.sourceIds[0]),
  };
}
function projectForm(v: EditValues<'project'>) {
  return {
    nameEn: v.nameEn, nameRu: str(v.nameRu), nameZh: str(v.nameZh), country: v.country, locationText: str(v.locationText),
    placeId: str(v.placeId), lat: str(v.lat), lon: str(v.lon), coordNote: str(v.coordNote), partnersText: str(v.partnersText),
    sectors: (JSON.parse(v.sectors) as string[]).join('; '), status: v.status, statusUncertain: v.statusUncertain ? 'on' : '',
    startYear: str(v.startYear), endYear: str(v.endYear), keyFigures: str(v.keyFigures), summary: str(v.summary), notes: str(v.notes),
    pairingIds: v.pairingIds.map(String), sources: existing(v.sourceIds[0]),
  };
}
function tradeForm(v: EditValues<'trade_figure'>) {
  return {
    scope: v.scope, byPlaceId: str(v.byPlaceId), cnPlaceId: str(v.cnPlaceId), year: str(v.year), periodKind: v.periodKind,
    monthFrom: String(v.monthFrom), monthTo: String(v.monthTo), periodApproximate: v.periodApproximate ? 'on' : '', flow: v.flow,
    value: String(v.value), currency: v.currency, scale: String(v.scale), growthPct: str(v.growthPct), reporter: str(v.reporter),
    approximate: v.approximate ? 'on' : '', notes: str(v.notes), sources: existing(v.sourceIds[0]),
  };
}
function sourceForm(v: EditValues<'source'>) {
  return {
    url: str(v.url), title: v.title, publisher: str(v.publisher), language: str(v.language), published: str(v.publishedDate),
    notes: str(v.notes),
  };
}

const MODEL = { place: 'place', pairing: 'pairing', agreement: 'agreement', project: 'project', trade_figure: 'tradeFigure', source: 'source' } as const;

/** The row, its current snapshot and the last audit event all hold `expected`, column by column. */
async function expectStored(type: EntityType, id: number, expected: Record<string, unknown>, action: string) {
  const row = (await (db[MODEL[type]] as unknown as { findUniqueOrThrow(a: object): Promise<Record<string, unknown>> }).findUniqueOrThrow({ where: { id } }));
  const snapshot = (await readSnapshot(db as unknown as Tx, type, id)) as Record<string, unknown>;
  const event = await db.auditEvent.findFirstOrThrow({ where: { entityType: type, entityId: id }, orderBy: { id: 'desc' } });
  expect(event.action).toBe(action);
  const logged = JSON.parse(event.after!) as Record<string, unknown>;
  const columns = editedColumns(type) as string[];
  expect(columns.length).toBeGreaterThan(0);
  for (const column of columns) {
    expect(row[column], `${type}.${column} in the row`).toEqual(expected[column]);
    expect(snapshot[column], `${type}.${column} in the snapshot`).toEqual(expected[column]);
    expect(logged[column], `${type}.${column} in the audit log`).toEqual(expected[column]);
  }
  for (const link of Object.keys(expected).filter((key) => !columns.includes(key))) {
    expect(snapshot[link], `${type}.${link} in the snapshot`).toEqual(expected[link]);
    expect(logged[link], `${type}.${link} in the audit log`).toEqual(expected[link]);
  }
  // Columns the form does not set (slug, key, seed-only notes) are in every snapshot too.
  for (const column of snapshotColumns(type) as string[]) expect(logged, `${type}.${column}`).toHaveProperty(column);
  return event;
}

let ids: Ids;
let editor: Awaited<ReturnType<typeof makeUser>>;
let admin: Awaited<ReturnType<typeof makeUser>>;

beforeAll(async () => {
  ids = await loadIds();
  editor = await makeUser('editor');
  admin = await makeUser('admin');
});

describe('every column of every entity is saved, audited and reverted', () => {
  it('covers every entity type', () => {
    expect(Object.keys(CASES).sort()).toEqual([...ENTITY_TYPES].sort());
  });

  it.each([...ENTITY_TYPES])('%s', async (type) => {
    const c = CASES[type] as unknown as Case<EntityType>;
    const first = c.first(ids) as Record<string, unknown>;
    const second = c.second(ids) as Record<string, unknown>;
    for (const column of editedColumns(type) as string[]) {
      expect(first, `no test value for ${type}.${column}`).toHaveProperty(column);
      expect(second[column], `${type}.${column} must change in the edit`).not.toEqual(first[column]);
    }

    await actAs(editor);
    const created = await c.create(ids);
    expect(created, JSON.stringify(created)).toMatchObject({ ok: true });
    if (!created.ok) return;
    const id = created.data.id;
    await expectStored(type, id, first, 'create');

    const { version } = await (db[MODEL[type]] as unknown as { findUniqueOrThrow(a: object): Promise<{ version: number }> }).findUniqueOrThrow({ where: { id } });
    const updated = await c.update(ids, id, version);
    expect(updated, JSON.stringify(updated)).toMatchObject({ ok: true });
    const edit = await expectStored(type, id, second, 'update');
    const before = JSON.parse(edit.before!) as Record<string, unknown>;
    for (const column of editedColumns(type) as string[]) expect(before[column], `${type}.${column} before the edit`).toEqual(first[column]);

    await actAs(admin);
    expect(await revertChange({ eventId: edit.id })).toMatchObject({ ok: true });
    await expectStored(type, id, first, 'revert');
  });
});
