import 'server-only';
import type { Tx } from '@/lib/db-types';
import type { Agreement, Pairing, Place, Prisma, Project, Source, TradeFigure } from '@/lib/generated/prisma/client';
import type { EntityType, Snapshot } from './types';

/**
 * What the write and audit path does with each column of each entity. Every column
 * Prisma knows must be listed (`satisfies Record<Prisma.<Model>ScalarFieldEnum, …>`),
 * so a column added to schema.prisma is a compile error here until it is classified,
 * and an `edited` column is then a compile error in the entity's write.ts until its
 * value builder sets it (see `EditedValues`).
 *
 * - `edited`: set by every save of the editor's form (directly or derived, like `tier`
 *   from `level`); kept in the audit snapshot; a revert restores it.
 * - `created`: set once when the record is created (slugs, partners, keys); in the
 *   snapshot and restored by a revert, never changed by an edit.
 * - `kept`: in the snapshot and restored by a revert, but no editor form sets it
 *   (it comes from the seed files): an edit leaves it as it is.
 * - `system`: kept by the generic code (`id`, `version`, timestamps, `deletedAt`) or by
 *   the seed alone (`seedKey`); not part of what an editor saves.
 */
type Role = 'edited' | 'created' | 'kept' | 'system';

const SYSTEM = { id: 'system', version: 'system', createdAt: 'system', updatedAt: 'system', deletedAt: 'system' } as const;

export const COLUMNS = {
  place: {
    ...SYSTEM,
    slug: 'created', country: 'edited', tier: 'edited', level: 'edited', regionId: 'edited', parentCityId: 'edited',
    nameEn: 'edited', nameRu: 'edited', nameBe: 'edited', nameZh: 'edited', lat: 'edited', lon: 'edited', coordNote: 'edited',
    population: 'edited', populationYear: 'edited', populationNote: 'kept', areaKm2: 'edited', summary: 'edited',
    // Translations come from the seed's translation files until the editor forms get their inputs.
    summaryRu: 'kept', summaryBe: 'kept', summaryZh: 'kept', translatedBy: 'kept',
  } as const satisfies Record<Prisma.PlaceScalarFieldEnum, Role>,
  pairing: {
    ...SYSTEM,
    slug: 'created', byPlaceId: 'created', cnPlaceId: 'created', type: 'edited', typeUncertain: 'edited', stage: 'edited',
    stageUncertain: 'edited', establishedDate: 'edited', establishedPrecision: 'edited', establishedYear: 'edited',
    establishedApproximate: 'edited', summary: 'edited', notes: 'edited',
    summaryRu: 'kept', summaryBe: 'kept', summaryZh: 'kept', translatedBy: 'kept',
  } as const satisfies Record<Prisma.PairingScalarFieldEnum, Role>,
  agreement: {
    ...SYSTEM,
    seedKey: 'system', pairingId: 'edited', kind: 'edited', date: 'edited', datePrecision: 'edited', dateYear: 'edited',
    dateApproximate: 'edited', title: 'edited', venue: 'edited', signatories: 'edited', summary: 'edited', notes: 'edited',
    sourcesUncertain: 'kept',
    titleRu: 'kept', titleBe: 'kept', titleZh: 'kept', summaryRu: 'kept', summaryBe: 'kept', summaryZh: 'kept', translatedBy: 'kept',
  } as const satisfies Record<Prisma.AgreementScalarFieldEnum, Role>,
  project: {
    ...SYSTEM,
    slug: 'created', nameEn: 'edited', nameRu: 'edited', nameZh: 'edited', country: 'edited', locationText: 'edited',
    placeId: 'edited', lat: 'edited', lon: 'edited', coordNote: 'edited', partnersText: 'edited', sectors: 'edited',
    status: 'edited', statusUncertain: 'edited', startYear: 'edited', endYear: 'edited', keyFigures: 'edited',
    summary: 'edited', notes: 'edited', nameBe: 'kept', summaryRu: 'kept', summaryBe: 'kept', summaryZh: 'kept', translatedBy: 'kept',
  } as const satisfies Record<Prisma.ProjectScalarFieldEnum, Role>,
  trade_figure: {
    ...SYSTEM,
    seedKey: 'system', scope: 'edited', byPlaceId: 'edited', cnPlaceId: 'edited', year: 'edited', periodKind: 'edited',
    monthFrom: 'edited', monthTo: 'edited', periodApproximate: 'edited', flow: 'edited', value: 'edited', currency: 'edited',
    scale: 'edited', growthPct: 'edited', reporter: 'edited', approximate: 'edited', notes: 'edited',
  } as const satisfies Record<Prisma.TradeFigureScalarFieldEnum, Role>,
  source: {
    ...SYSTEM,
    key: 'created', url: 'edited', title: 'edited', publisher: 'edited', language: 'edited', publishedDate: 'edited',
    publishedPrecision: 'edited', notes: 'edited',
  } as const satisfies Record<Prisma.SourceScalarFieldEnum, Role>,
} as const satisfies Record<EntityType, Record<string, Role>>;

/** The row type of each entity, as Prisma returns it. */
type Rows = { place: Place; pairing: Pairing; agreement: Agreement; project: Project; trade_figure: TradeFigure; source: Source };

type ColumnsWith<T extends EntityType, R extends Role> = {
  [K in keyof (typeof COLUMNS)[T]]: (typeof COLUMNS)[T][K] extends R ? K : never;
}[keyof (typeof COLUMNS)[T]] &
  keyof Rows[T] &
  string;

export type EditedColumn<T extends EntityType> = ColumnsWith<T, 'edited'>;
export type SnapshotColumn<T extends EntityType> = ColumnsWith<T, 'edited' | 'created' | 'kept'>;

/** Every column an editor's save sets, each required: what an entity's value builder returns. */
export type EditedValues<T extends EntityType> = { [K in EditedColumn<T>]: Rows[T][K] };

export type AltName = { name: string; lang: string; kind: string };

/** The links each entity keeps in its snapshot (written back on revert). */
export type RelationValues = {
  place: { altNames: AltName[]; sourceIds: number[] };
  pairing: { fields: string[]; sourceIds: number[] };
  agreement: { sourceIds: number[] };
  project: { pairingIds: number[]; sourceIds: number[] };
  trade_figure: { sourceIds: number[] };
  source: Record<never, never>;
};

/** A record as the audit log keeps it, typed per entity. */
export type EntitySnapshot<T extends EntityType> = { id: number; version: number; deletedAt: string | null } & {
  [K in SnapshotColumn<T>]: Rows[T][K];
} & RelationValues[T];

/** What a create needs: every edited and created column (kept ones optional) and every link. */
export type CreateValues<T extends EntityType> = EditedValues<T> & { [K in ColumnsWith<T, 'created'>]: Rows[T][K] } & {
  [K in ColumnsWith<T, 'kept'>]?: Rows[T][K];
} & RelationValues[T];

/** Links of a record kept in its snapshot and written back on revert. */
type Relation = {
  select: Record<string, unknown>;
  read: (row: Record<string, unknown>) => unknown;
  write: (tx: Tx, id: number, value: unknown, snapshot: Snapshot) => Promise<void>;
  /** Columns whose change also means rewriting this relation. */
  dependsOn?: readonly string[];
};

type Model = 'place' | 'pairing' | 'agreement' | 'project' | 'tradeFigure' | 'source';

/** The minimal delegate surface the generic code uses (every model has it). */
type Delegate = {
  findUnique(args: { where: { id: number }; select: Record<string, unknown> }): Promise<Record<string, unknown> | null>;
  updateMany(args: { where: { id: number; version: number }; data: Record<string, unknown> }): Promise<{ count: number }>;
  update(args: { where: { id: number }; data: Record<string, unknown> }): Promise<unknown>;
  create(args: { data: Record<string, unknown>; select: { id: true } }): Promise<{ id: number }>;
};

const MODEL: Record<EntityType, Model> = {
  place: 'place',
  pairing: 'pairing',
  agreement: 'agreement',
  project: 'project',
  trade_figure: 'tradeFigure',
  source: 'source',
};

export function delegate(tx: Tx, type: EntityType): Delegate {
  return tx[MODEL[type]] as unknown as Delegate;
}

const ids = (value: unknown) => (value as { id: number }[]).map((row) => row.id).sort((a, b) => a - b);

function manyToMany(model: Model, relation: string): Relation {
  return {
    select: { [relation]: { select: { id: true } } },
    read: (row) => ids(row[relation]),
    write: async (tx, id, value) => {
      const linked = (value as number[]).map((linkedId) => ({ id: linkedId }));
      await (tx[model] as unknown as Delegate).update({ where: { id }, data: { [relation]: { set: linked } } });
    },
  };
}

/** Official names live on Place and in PlaceName (search reads only PlaceName). */
const placeNames: Relation = {
  select: { names: { where: { kind: { not: 'official' } }, select: { name: true, lang: true, kind: true }, orderBy: { id: 'asc' } } },
  read: (row) => row.names,
  dependsOn: ['nameEn', 'nameRu', 'nameBe', 'nameZh'],
  write: async (tx, id, value, snapshot) => {
    const rows = new Map<string, AltName>();
    const official: [unknown, string][] = [[snapshot.nameEn, 'en'], [snapshot.nameRu, 'ru'], [snapshot.nameBe, 'be'], [snapshot.nameZh, 'zh']];
    for (const [name, lang] of official) if (typeof name === 'string' && name) rows.set(`${lang}\u0000${name}`, { name, lang, kind: 'official' });
    for (const alt of value as AltName[]) if (!rows.has(`${alt.lang}\u0000${alt.name}`)) rows.set(`${alt.lang}\u0000${alt.name}`, alt);
    await tx.placeName.deleteMany({ where: { placeId: id } });
    await tx.placeName.createMany({ data: [...rows.values()].map((row) => ({ ...row, placeId: id })) });
  },
};

const pairingFields: Relation = {
  select: { fields: { select: { field: true }, orderBy: { field: 'asc' } } },
  read: (row) => (row.fields as { field: string }[]).map((f) => f.field),
  write: async (tx, id, value) => {
    await tx.pairingField.deleteMany({ where: { pairingId: id } });
    await tx.pairingField.createMany({ data: (value as string[]).map((field) => ({ pairingId: id, field })) });
  },
};

/** Every link of every entity, exhaustive over `RelationValues` (a missing one is a compile error). */
const RELATIONS: { [T in EntityType]: Record<keyof RelationValues[T], Relation> } = {
  place: { altNames: placeNames, sourceIds: manyToMany('place', 'sources') },
  pairing: { fields: pairingFields, sourceIds: manyToMany('pairing', 'sources') },
  agreement: { sourceIds: manyToMany('agreement', 'sources') },
  project: { pairingIds: manyToMany('project', 'pairings'), sourceIds: manyToMany('project', 'sources') },
  trade_figure: { sourceIds: manyToMany('tradeFigure', 'sources') },
  source: {},
};

/** The columns of a snapshot (what a revert may restore), derived from COLUMNS. */
export function snapshotColumns<T extends EntityType>(type: T): SnapshotColumn<T>[] {
  return Object.entries(COLUMNS[type])
    .filter(([, role]) => role !== 'system')
    .map(([column]) => column as SnapshotColumn<T>);
}

/** The columns every save of the editor's form sets, derived from COLUMNS. */
export function editedColumns<T extends EntityType>(type: T): EditedColumn<T>[] {
  return Object.entries(COLUMNS[type])
    .filter(([, role]) => role === 'edited')
    .map(([column]) => column as EditedColumn<T>);
}

/** The record as the audit log keeps it, or null when there is no such row. */
export async function readSnapshot<T extends EntityType>(tx: Tx, type: T, id: number): Promise<EntitySnapshot<T> | null> {
  const columns: string[] = snapshotColumns(type);
  const select: Record<string, unknown> = { id: true, version: true, deletedAt: true };
  for (const column of columns) select[column] = true;
  for (const relation of Object.values<Relation>(RELATIONS[type])) Object.assign(select, relation.select);
  const row = await delegate(tx, type).findUnique({ where: { id }, select });
  if (!row) return null;
  const snapshot: Record<string, unknown> = {
    id: row.id,
    version: row.version,
    deletedAt: row.deletedAt instanceof Date ? row.deletedAt.toISOString() : null,
  };
  for (const column of columns) snapshot[column] = row[column] ?? null;
  for (const [name, relation] of Object.entries<Relation>(RELATIONS[type])) snapshot[name] = relation.read(row);
  return snapshot as EntitySnapshot<T>;
}

/** The column values of a snapshot or of changes, as Prisma data (links and unknown keys left out). */
export function scalarData(type: EntityType, values: Record<string, unknown>) {
  const data: Record<string, unknown> = {};
  for (const column of snapshotColumns(type)) if (column in values) data[column] = values[column];
  return data;
}

/**
 * Writes the links of a full snapshot (after the row itself): all of them, or only
 * those touched by `changed` keys.
 */
export async function writeRelations(tx: Tx, type: EntityType, id: number, values: Snapshot, changed?: readonly string[]) {
  for (const [name, relation] of Object.entries<Relation>(RELATIONS[type])) {
    const touched = !changed || changed.includes(name) || (relation.dependsOn ?? []).some((key) => changed.includes(key));
    if (touched && values[name] !== undefined) await relation.write(tx, id, values[name], values);
  }
}

/** Form input minus its `sources` refs (which become `sourceIds`). */
export function withoutSources<T extends { sources: unknown }>(input: T): Omit<T, 'sources'> {
  const copy: Partial<T> = { ...input };
  delete copy.sources;
  return copy as Omit<T, 'sources'>;
}

