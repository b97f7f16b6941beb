import 'server-only';

/**
 * Database rows → the values the admin forms start from (text inputs hold strings,
 * empty = ""), so a form shows exactly what is stored.
 */
const str = (value: string | number | null | undefined) => (value === null || value === undefined ? '' : String(value));

type SourceRow = { id: number; title: string; url: string | null };
export const sourceRefs = (sources: SourceRow[]) => sources.map((s) => ({ mode: 'existing' as const, id: s.id, title: s.title, url: s.url }));

export function placeFormValues(place: {
  id: number; version: number; country: string; level: string; regionId: number | null; parentCityId: number | null;
  nameEn: string; nameRu: string | null; nameBe: string | null; nameZh: string | null; lat: number | null; lon: number | null;
  coordNote: string | null; population: number | null; populationYear: number | null; areaKm2: number | null; summary: string | null;
  names: { name: string }[]; sources: SourceRow[];
}) {
  return {
    id: place.id, version: place.version, country: place.country, level: place.level,
    regionId: str(place.regionId), parentCityId: str(place.parentCityId),
    nameEn: place.nameEn, nameRu: str(place.nameRu), nameBe: str(place.nameBe), nameZh: str(place.nameZh),
    altNames: place.names.map((n) => n.name).join('\n'),
    lat: str(place.lat), lon: str(place.lon), coordNote: str(place.coordNote),
    population: str(place.population), populationYear: str(place.populationYear), areaKm2: str(place.areaKm2), summary: str(place.summary),
    sources: sourceRefs(place.sources),
  };
}

export function agreementFormValues(agreement: {
  id: number; version: number; pairingId: number; kind: string; date: string | null; dateApproximate: boolean; title: string;
  venue: string | null; signatories: string | null; summary: string | null; notes: string | null; sources: SourceRow[];
}) {
  return {
    id: agreement.id, version: agreement.version, pairingId: String(agreement.pairingId), kind: agreement.kind, date: str(agreement.date),
    dateApproximate: agreement.dateApproximate, title: agreement.title, venue: str(agreement.venue), signatories: str(agreement.signatories),
    summary: str(agreement.summary), notes: str(agreement.notes), sources: sourceRefs(agreement.sources),
  };
}

export function projectFormValues(project: {
  id: number; version: number; nameEn: string; nameRu: string | null; nameZh: string | null; country: string; locationText: string | null;
  placeId: number | null; lat: number | null; lon: number | null; coordNote: string | null; partnersText: string | null; sectors: string;
  status: string; statusUncertain: boolean; startYear: number | null; endYear: number | null; keyFigures: string | null; summary: string | null;
  notes: string | null; pairings: { id: number }[]; sources: SourceRow[];
}) {
  let sectors: string[] = [];
  try {
    sectors = JSON.parse(project.sectors) as string[];
  } catch {
    sectors = [];
  }
  return {
    id: project.id, version: project.version, nameEn: project.nameEn, nameRu: str(project.nameRu), nameZh: str(project.nameZh),
    country: project.country, locationText: str(project.locationText), placeId: str(project.placeId), lat: str(project.lat), lon: str(project.lon),
    coordNote: str(project.coordNote), partnersText: str(project.partnersText), sectors: sectors.join('; '), status: project.status,
    statusUncertain: project.statusUncertain, startYear: str(project.startYear), endYear: str(project.endYear), keyFigures: str(project.keyFigures),
    summary: str(project.summary), notes: str(project.notes), pairingIds: project.pairings.map((p) => p.id), sources: sourceRefs(project.sources),
  };
}

export function tradeFormValues(figure: {
  id: number; version: number; scope: string; byPlaceId: number | null; cnPlaceId: number | null; year: number | null; periodKind: string;
  monthFrom: number; monthTo: number; periodApproximate: boolean; flow: string; value: number; currency: string; scale: number;
  growthPct: number | null; reporter: string | null; approximate: boolean; notes: string | null; sources: SourceRow[];
}) {
  return {
    id: figure.id, version: figure.version, scope: figure.scope, byPlaceId: str(figure.byPlaceId), cnPlaceId: str(figure.cnPlaceId),
    year: str(figure.year), periodKind: figure.periodKind, monthFrom: String(figure.monthFrom), monthTo: String(figure.monthTo),
    periodApproximate: figure.periodApproximate, flow: figure.flow, value: String(figure.value), currency: figure.currency, scale: String(figure.scale),
    growthPct: str(figure.growthPct), reporter: str(figure.reporter), approximate: figure.approximate, notes: str(figure.notes), sources: sourceRefs(figure.sources),
  };
}

export function sourceFormValues(source: {
  id: number; version: number; url: string | null; title: string; publisher: string | null; language: string | null; publishedDate: string | null; notes: string | null;
}) {
  return {
    id: source.id, version: source.version, url: str(source.url), title: source.title, publisher: str(source.publisher),
    language: str(source.language), published: str(source.publishedDate), notes: str(source.notes),
  };
}

export function pairingFormValues(pairing: {
  id: number; version: number; type: string; typeUncertain: boolean; stage: string; stageUncertain: boolean; establishedDate: string | null;
  establishedApproximate: boolean; summary: string | null; notes: string | null; fields: { field: string }[]; sources: SourceRow[];
  byPlaceId: number; cnPlaceId: number;
}) {
  return {
    id: pairing.id, version: pairing.version,
    by: { mode: 'existing' as const, id: pairing.byPlaceId }, cn: { mode: 'existing' as const, id: pairing.cnPlaceId },
    type: pairing.type, typeUncertain: pairing.typeUncertain, stage: pairing.stage, stageUncertain: pairing.stageUncertain,
    established: str(pairing.establishedDate), establishedApproximate: pairing.establishedApproximate,
    fields: pairing.fields.map((f) => f.field), summary: str(pairing.summary), notes: str(pairing.notes),
    agreement: null, sources: sourceRefs(pairing.sources),
  };
}
