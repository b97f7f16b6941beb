import { partialDateParts } from '@/lib/dates/partial-date';

/**
 * The values each admin form starts from: ONE function per entity, for the "new" form
 * (no record) and the edit form (the stored record) alike, so both start from the same
 * shape. Text inputs hold strings (empty = ""), dates their parts, lists their items.
 * Plain and client-safe: server pages call these, and the forms call the small ones
 * (a new source, a new inline place) when the editor adds a row.
 */
const str = (value: string | number | null | undefined) => (value === null || value === undefined ? '' : String(value));

export type SourceRefValue =
  | { mode: 'existing'; id: number; title: string; url: string }
  | { mode: 'new'; url: string; title: string; publisher: string };

type SourceRow = { id: number; title: string; url: string | null };

export const newSourceRef = (): SourceRefValue => ({ mode: 'new', url: '', title: '', publisher: '' });
export const existingSourceRef = (s: SourceRow): SourceRefValue => ({ mode: 'existing', id: s.id, title: s.title, url: s.url ?? '' });
const sourceRefs = (sources: SourceRow[] | undefined) => (sources ? sources.map(existingSourceRef) : [newSourceRef()]);
const record = (row: { id: number; version: number } | undefined) => (row ? { id: row.id, version: row.version } : {});

export function placeFormValues(place?: {
  id: number; version: number; country: string; level: string; regionId: number | null; parentCityId: number | null;
  nameEn: string; nameRu: string | null; nameBe: string | null; nameZh: string | null; lat: number | null; lon: number | null;
  coordNote: string | null; population: number | null; populationYear: number | null; areaKm2: number | null; summary: string | null;
  names: { name: string }[]; sources: SourceRow[];
}) {
  return {
    ...record(place),
    ...newPlaceValues((place?.country as 'BY' | 'CN' | undefined) ?? 'BY', place?.nameEn),
    level: place?.level ?? '',
    regionId: str(place?.regionId), parentCityId: str(place?.parentCityId),
    nameRu: str(place?.nameRu), nameBe: str(place?.nameBe), nameZh: str(place?.nameZh),
    altNames: place ? place.names.map((n) => n.name).join('\n') : '',
    lat: str(place?.lat), lon: str(place?.lon), coordNote: str(place?.coordNote),
    population: str(place?.population), populationYear: str(place?.populationYear), areaKm2: str(place?.areaKm2), summary: str(place?.summary),
    sources: sourceRefs(place?.sources),
  };
}

/** A place created inside the new-pairing form (the fields its compact form shows). */
export function newPlaceValues(country: 'BY' | 'CN', nameEn = '') {
  return { country, level: '', regionId: '', parentCityId: '', nameEn, nameRu: '', nameBe: '', nameZh: '', altNames: '', lat: '', lon: '', coordNote: '' };
}

export function agreementFormValues(
  agreement?: {
    id: number; version: number; pairingId: number; kind: string; date: string | null; dateApproximate: boolean; title: string;
    venue: string | null; signatories: string | null; summary: string | null; notes: string | null; sources: SourceRow[];
  },
  options: { pairingId?: number } = {},
) {
  return {
    ...record(agreement),
    pairingId: str(agreement?.pairingId ?? options.pairingId),
    ...agreementFields(agreement),
    sources: sourceRefs(agreement?.sources),
  };
}

/** An agreement's own fields (also the first agreement of a new pairing). */
export function agreementFields(agreement?: {
  kind: string; date: string | null; dateApproximate: boolean; title: string; venue: string | null; signatories: string | null; summary: string | null; notes: string | null;
}) {
  return {
    kind: agreement?.kind ?? '', date: partialDateParts(agreement?.date), dateApproximate: agreement?.dateApproximate ?? false,
    title: agreement?.title ?? '', venue: str(agreement?.venue), signatories: str(agreement?.signatories), summary: str(agreement?.summary), notes: str(agreement?.notes),
  };
}

export function projectFormValues(project?: {
  id: number; version: number; nameEn: string; nameRu: string | null; nameZh: string | null; country: string; locationText: string | null;
  placeId: number | null; lat: number | null; lon: number | null; coordNote: string | null; partnersText: string | null; sectors: string;
  status: string; statusUncertain: boolean; startYear: number | null; endYear: number | null; keyFigures: string | null; summary: string | null;
  notes: string | null; pairings: { id: number }[]; sources: SourceRow[];
}) {
  let sectors: string[] = [];
  try {
    sectors = project ? (JSON.parse(project.sectors) as string[]) : [];
  } catch {
    sectors = [];
  }
  return {
    ...record(project),
    nameEn: project?.nameEn ?? '', nameRu: str(project?.nameRu), nameZh: str(project?.nameZh),
    country: project?.country ?? 'BY', locationText: str(project?.locationText), placeId: str(project?.placeId), lat: str(project?.lat), lon: str(project?.lon),
    coordNote: str(project?.coordNote), partnersText: str(project?.partnersText), sectors: sectors.join('; '), status: project?.status ?? '',
    statusUncertain: project?.statusUncertain ?? false, startYear: str(project?.startYear), endYear: str(project?.endYear), keyFigures: str(project?.keyFigures),
    summary: str(project?.summary), notes: str(project?.notes), pairingIds: project ? project.pairings.map((p) => String(p.id)) : [],
    sources: sourceRefs(project?.sources),
  };
}

export function tradeFormValues(figure?: {
  id: number; version: number; scope: string; byPlaceId: number | null; cnPlaceId: number | null; year: number | null; periodKind: string;
  monthFrom: number; monthTo: number; periodApproximate: boolean; flow: string; value: number; currency: string; scale: number;
  growthPct: number | null; reporter: string | null; approximate: boolean; notes: string | null; sources: SourceRow[];
}) {
  return {
    ...record(figure),
    scope: figure?.scope ?? 'country', byPlaceId: str(figure?.byPlaceId), cnPlaceId: str(figure?.cnPlaceId),
    year: str(figure?.year), periodKind: figure?.periodKind ?? 'year', monthFrom: String(figure?.monthFrom ?? 1), monthTo: String(figure?.monthTo ?? 12),
    periodApproximate: figure?.periodApproximate ?? false, flow: figure?.flow ?? 'total', value: str(figure?.value), currency: figure?.currency ?? 'USD',
    scale: String(figure?.scale ?? 1_000_000), growthPct: str(figure?.growthPct), reporter: str(figure?.reporter), approximate: figure?.approximate ?? false,
    notes: str(figure?.notes), sources: sourceRefs(figure?.sources),
  };
}

export function sourceFormValues(source?: {
  id: number; version: number; url: string | null; title: string; publisher: string | null; language: string | null; publishedDate: string | null; notes: string | null;
}) {
  return {
    ...record(source),
    url: str(source?.url), title: source?.title ?? '', publisher: str(source?.publisher),
    language: str(source?.language), published: partialDateParts(source?.publishedDate), notes: str(source?.notes),
  };
}

export type PartnerValue = { mode: 'existing'; id: string; label: string } | { mode: 'new'; place: ReturnType<typeof newPlaceValues> };

export function pairingFormValues(pairing?: {
  id: number; version: number; type: string; typeUncertain: boolean; stage: string; stageUncertain: boolean; establishedDate: string | null;
  establishedApproximate: boolean; summary: string | null; notes: string | null; fields: { field: string }[]; sources: SourceRow[];
}) {
  const partner = (id: number | undefined, label: string | undefined): PartnerValue => ({ mode: 'existing', id: str(id), label: label ?? '' });
  return {
    ...record(pairing),
    type: pairing?.type ?? 'sister_city', typeUncertain: pairing?.typeUncertain ?? false, stage: pairing?.stage ?? '', stageUncertain: pairing?.stageUncertain ?? false,
    established: partialDateParts(pairing?.establishedDate), establishedApproximate: pairing?.establishedApproximate ?? false,
    fields: pairing ? pairing.fields.map((f) => f.field) : [], summary: str(pairing?.summary), notes: str(pairing?.notes),
    // Only a new pairing picks its partners and a first agreement here: an existing pairing's
    // partners are fixed and its agreements are edited on their own.
    ...(pairing ? {} : { by: partner(undefined, undefined), cn: partner(undefined, undefined), agreement: agreementFields() }),
    sources: sourceRefs(pairing?.sources),
  };
}
