import 'server-only';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { EntityType, Snapshot } from './types';

export type Tx = Prisma.TransactionClient;

/** Links of a record kept in its snapshot and written back on revert. */
type Relation = {
  select: Record<string, unknown>;
  read: (row: Record<string, unknown>) => unknown;
  write: (tx: Tx, id: number, value: unknown, snapshot: Snapshot) => Promise<void>;
  /** Columns whose change also means rewriting this relation. */
  dependsOn?: readonly string[];
};

type EntityDefinition = {
  model: 'place' | 'pairing' | 'agreement' | 'project' | 'tradeFigure' | 'source';
  /** Columns an editor may change (and a revert may restore). */
  scalars: readonly string[];
  relations: Record<string, Relation>;
};

/** The minimal delegate surface the generic code uses (every model has it). */
type Delegate = {
  findUnique(args: { where: { id: number }; select: Record<string, unknown> }): Promise<Record<string, unknown> | null>;
  updateMany(args: { where: { id: number; version: number }; data: Record<string, unknown> }): Promise<{ count: number }>;
  update(args: { where: { id: number }; data: Record<string, unknown> }): Promise<unknown>;
  create(args: { data: Record<string, unknown>; select: { id: true } }): Promise<{ id: number }>;
};

export function delegate(tx: Tx, type: EntityType): Delegate {
  return tx[ENTITIES[type].model] as unknown as Delegate;
}

const ids = (value: unknown) => (value as { id: number }[]).map((row) => row.id).sort((a, b) => a - b);

function manyToMany(model: EntityDefinition['model'], relation: string): Relation {
  return {
    select: { [relation]: { select: { id: true } } },
    read: (row) => ids(row[relation]),
    write: async (tx, id, value) => {
      const linked = (value as number[]).map((linkedId) => ({ id: linkedId }));
      await (tx[model] as unknown as Delegate).update({ where: { id }, data: { [relation]: { set: linked } } });
    },
  };
}

type AltName = { name: string; lang: string; kind: string };

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

export const ENTITIES: Record<EntityType, EntityDefinition> = {
  place: {
    model: 'place',
    scalars: [
      'slug', 'country', 'tier', 'level', 'regionId', 'parentCityId', 'nameEn', 'nameRu', 'nameBe', 'nameZh', 'lat', 'lon',
      'coordNote', 'population', 'populationYear', 'populationNote', 'areaKm2', 'summary',
    ],
    relations: { altNames: placeNames, sourceIds: manyToMany('place', 'sources') },
  },
  pairing: {
    model: 'pairing',
    scalars: [
      'slug', 'byPlaceId', 'cnPlaceId', 'type', 'typeUncertain', 'stage', 'stageUncertain', 'establishedDate',
      'establishedPrecision', 'establishedYear', 'establishedApproximate', 'summary', 'notes',
    ],
    relations: { fields: pairingFields, sourceIds: manyToMany('pairing', 'sources') },
  },
  agreement: {
    model: 'agreement',
    scalars: [
      'pairingId', 'kind', 'date', 'datePrecision', 'dateYear', 'dateApproximate', 'title', 'venue', 'signatories', 'summary', 'notes',
    ],
    relations: { sourceIds: manyToMany('agreement', 'sources') },
  },
  project: {
    model: 'project',
    scalars: [
      'slug', 'nameEn', 'nameRu', 'nameZh', 'country', 'locationText', 'placeId', 'lat', 'lon', 'coordNote', 'partnersText',
      'sectors', 'status', 'statusUncertain', 'startYear', 'endYear', 'keyFigures', 'summary', 'notes',
    ],
    relations: { pairingIds: manyToMany('project', 'pairings'), sourceIds: manyToMany('project', 'sources') },
  },
  trade_figure: {
    model: 'tradeFigure',
    scalars: [
      'scope', 'byPlaceId', 'cnPlaceId', 'year', 'periodKind', 'monthFrom', 'monthTo', 'periodApproximate', 'flow', 'value',
      'currency', 'scale', 'growthPct', 'reporter', 'approximate', 'notes',
    ],
    relations: { sourceIds: manyToMany('tradeFigure', 'sources') },
  },
  source: {
    model: 'source',
    scalars: ['key', 'url', 'title', 'publisher', 'language', 'publishedDate', 'publishedPrecision', 'notes'],
    relations: {},
  },
};

/** The record as the audit log keeps it, or null when there is no such row. */
export async function readSnapshot(tx: Tx, type: EntityType, id: number): Promise<Snapshot | null> {
  const definition = ENTITIES[type];
  const select: Record<string, unknown> = { id: true, version: true, deletedAt: true };
  for (const column of definition.scalars) select[column] = true;
  for (const relation of Object.values(definition.relations)) Object.assign(select, relation.select);
  const row = await delegate(tx, type).findUnique({ where: { id }, select });
  if (!row) return null;
  const snapshot: Record<string, unknown> = {
    id: row.id,
    version: row.version,
    deletedAt: row.deletedAt instanceof Date ? row.deletedAt.toISOString() : null,
  };
  for (const column of definition.scalars) snapshot[column] = row[column] ?? null;
  for (const [name, relation] of Object.entries(definition.relations)) snapshot[name] = relation.read(row);
  return snapshot as Snapshot;
}

/** The column values of a snapshot, as Prisma data. */
export function scalarData(type: EntityType, values: Record<string, unknown>) {
  const data: Record<string, unknown> = {};
  for (const column of ENTITIES[type].scalars) if (column in values) data[column] = values[column];
  return data;
}

/**
 * Writes the links of a full snapshot (after the row itself): all of them, or only
 * those touched by `changed` keys.
 */
export async function writeRelations(tx: Tx, type: EntityType, id: number, values: Snapshot, changed?: readonly string[]) {
  for (const [name, relation] of Object.entries(ENTITIES[type].relations)) {
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
