import type { RelationValues, SnapshotColumn } from '@/lib/audit/entities';

/** The entities whose changes the public sees (sources, trade figures and users stay editorial). */
export const PUBLIC_CHANGE_TYPES = ['pairing', 'agreement', 'place', 'project'] as const;
export type PublicChangeType = (typeof PUBLIC_CHANGE_TYPES)[number];

/** What a reader is told changed: coarse groups, each a catalogue key under `changes.field`. */
export const FIELD_GROUPS = [
  'names', 'type', 'stage', 'date', 'title', 'kind', 'summary', 'venue', 'signatories', 'fields', 'sources',
  'location', 'region', 'population', 'area', 'partners', 'sectors', 'status', 'years', 'keyFigures', 'pairing', 'pairings',
] as const;
export type FieldGroup = (typeof FIELD_GROUPS)[number];

type Snapshotted<T extends PublicChangeType> = SnapshotColumn<T> | keyof RelationValues[T];

/**
 * Each column a snapshot of a public entity holds, and the group a reader sees it
 * under — or null for what stays editorial (notes, slugs, partners fixed at creation).
 * A column added to schema.prisma is a compile error here until someone decides
 * whether its changes are public.
 */
export const PUBLIC_FIELDS: { [T in PublicChangeType]: Record<Snapshotted<T>, FieldGroup | null> } = {
  pairing: {
    slug: null, byPlaceId: null, cnPlaceId: null, notes: null,
    type: 'type', typeUncertain: 'type', stage: 'stage', stageUncertain: 'stage',
    establishedDate: 'date', establishedPrecision: 'date', establishedYear: 'date', establishedApproximate: 'date',
    summary: 'summary', summaryRu: 'summary', summaryBe: 'summary', summaryZh: 'summary', translatedBy: null,
    fields: 'fields', sourceIds: 'sources',
  },
  agreement: {
    notes: null, pairingId: 'pairing', kind: 'kind', title: 'title', venue: 'venue', signatories: 'signatories', summary: 'summary',
    titleRu: 'title', titleBe: 'title', titleZh: 'title', summaryRu: 'summary', summaryBe: 'summary', summaryZh: 'summary', translatedBy: null,
    date: 'date', datePrecision: 'date', dateYear: 'date', dateApproximate: 'date', sourceIds: 'sources', sourcesUncertain: 'sources',
  },
  place: {
    slug: null, populationNote: null,
    nameEn: 'names', nameRu: 'names', nameBe: 'names', nameZh: 'names', altNames: 'names',
    country: 'type', tier: 'type', level: 'type', regionId: 'region', parentCityId: 'region',
    lat: 'location', lon: 'location', coordNote: 'location', population: 'population', populationYear: 'population',
    areaKm2: 'area', summary: 'summary', summaryRu: 'summary', summaryBe: 'summary', summaryZh: 'summary', translatedBy: null,
    sourceIds: 'sources',
  },
  project: {
    slug: null, notes: null,
    nameEn: 'names', nameRu: 'names', nameBe: 'names', nameZh: 'names', country: 'location', locationText: 'location', placeId: 'location',
    lat: 'location', lon: 'location', coordNote: 'location', partnersText: 'partners', sectors: 'sectors',
    status: 'status', statusUncertain: 'status', startYear: 'years', endYear: 'years', keyFigures: 'keyFigures',
    summary: 'summary', summaryRu: 'summary', summaryBe: 'summary', summaryZh: 'summary', translatedBy: null,
    pairingIds: 'pairings', sourceIds: 'sources',
  },
};

/** The public groups that differ between two snapshots, in a stable order; [] when only editorial fields changed. */
export function changedGroups(type: PublicChangeType, changedFields: readonly string[]): FieldGroup[] {
  const map = PUBLIC_FIELDS[type] as Record<string, FieldGroup | null>;
  const groups = new Set(changedFields.map((field) => map[field]).filter((g): g is FieldGroup => Boolean(g)));
  return FIELD_GROUPS.filter((g) => groups.has(g));
}
