import 'server-only';
import { publicDb } from '@/lib/soft-delete/public-db';
import { matchAgreementText, type SpellingCorrection } from './agreement-index';
import type { SearchTerm } from './query';
import { splitQueryYears } from './query-years';
import { foldForComparison } from './spelling';

/**
 * One search for every endpoint that takes `q` (issue 13): agreements, pairings, places,
 * the map and GeoJSON read a query the same way — years typed into it are a date range,
 * the rest goes through the agreement FTS index (trigrams, case and accents folded,
 * typo corrections from the stored place names), and names are compared folded the same
 * way. Results are id sets that callers intersect in memory: an `id IN (…)` list would
 * exceed Prisma's 999 bind values on SQLite for broad queries.
 *
 * - An agreement matches when its text or its partners' names contain every term.
 * - A pairing matches when one of its agreements matches (text and typed years), or —
 *   for a pairing without agreements — when its partners' names contain every term.
 *   So `/pairings?q=X` counts exactly the pairings `/agreements?q=X` lists.
 * - A place matches when its own names contain every term.
 */
export type TextMatch = {
  /** The words left after typed years are taken out (empty: years only). */
  text: string;
  from?: number;
  to?: number;
  /** Agreement id → FTS rank (lower is better), or null when only years were typed. */
  ranks: Map<number, number> | null;
  corrections: SpellingCorrection[];
  /** The terms searched, spelling corrections included. */
  terms: SearchTerm[];
};

export async function matchText(q: string): Promise<TextMatch> {
  const { text, from, to } = splitQueryYears(q);
  if (!text) return { text, from, to, ranks: null, corrections: [], terms: [] };
  const { ranks, corrections, terms } = await matchAgreementText(text);
  return { text, from, to, ranks, corrections, terms };
}

const inYears = (year: number | null, { from, to }: { from?: number; to?: number }) =>
  (from === undefined && to === undefined) || (year !== null && (from === undefined || year >= from) && (to === undefined || year <= to));

/** Every term has an alternative contained in one of the (folded) names. */
export function namesContainTerms(foldedNames: string[], terms: SearchTerm[]): boolean {
  return terms.every((term) => term.some((alt) => {
    const needle = foldForComparison(alt.normalize('NFKC'));
    return foldedNames.some((name) => name.includes(needle));
  }));
}

const nameSelect = { nameEn: true, nameRu: true, nameBe: true, nameZh: true, names: { select: { name: true } } } as const;
type NamedPlace = { nameEn: string; nameRu: string | null; nameBe: string | null; nameZh: string | null; names: { name: string }[] };
const foldedNamesOf = (place: NamedPlace | null): string[] =>
  place ? [place.nameEn, place.nameRu, place.nameBe, place.nameZh, ...place.names.map((n) => n.name)].filter((n): n is string => !!n).map((n) => foldForComparison(n.normalize('NFKC'))) : [];

async function matchingAgreements(match: TextMatch, withYears = true) {
  const agreements = await publicDb.agreement.findMany({ select: { id: true, pairingId: true, dateYear: true } });
  return agreements.filter((a) => (match.ranks === null || match.ranks.has(a.id)) && (!withYears || inYears(a.dateYear, match)));
}

/**
 * Ids of the agreements matching `q`: text through the index, typed years as their date
 * range (`withYears: false` for a year histogram, which leaves the range out).
 */
export async function agreementIdsMatching(q: string, { withYears = true } = {}): Promise<Set<number>> {
  return new Set((await matchingAgreements(await matchText(q), withYears)).map((a) => a.id));
}

/** Ids of the pairings matching `q` (see TextMatch). */
export async function pairingIdsMatching(q: string): Promise<Set<number>> {
  const match = await matchText(q);
  const ids = new Set((await matchingAgreements(match)).map((a) => a.pairingId));
  if (match.terms.length === 0) return ids;
  const partner = { select: { ...nameSelect, region: { select: nameSelect }, parentCity: { select: nameSelect } } } as const;
  const withoutAgreements = await publicDb.pairing.findMany({
    where: { agreements: { none: {} } },
    select: { id: true, establishedYear: true, byPlace: partner, cnPlace: partner },
  });
  for (const pairing of withoutAgreements) {
    const names = [pairing.byPlace, pairing.cnPlace].flatMap((p) => [...foldedNamesOf(p), ...foldedNamesOf(p.region), ...foldedNamesOf(p.parentCity)]);
    if (inYears(pairing.establishedYear, match) && namesContainTerms(names, match.terms)) ids.add(pairing.id);
  }
  return ids;
}

/** Ids of the places whose own names match `q` (typed years are ignored: places have none). */
export async function placeIdsMatching(q: string): Promise<Set<number>> {
  const { terms } = await matchText(q);
  if (terms.length === 0) return new Set((await publicDb.place.findMany({ select: { id: true } })).map((p) => p.id));
  const places = await publicDb.place.findMany({ select: { id: true, ...nameSelect } });
  return new Set(places.filter((place) => namesContainTerms(foldedNamesOf(place), terms)).map((place) => place.id));
}

/** Rows whose id is in `ids`; all rows when there is no text condition. */
export function keepMatching<T extends { id: number }>(rows: T[], ids: Set<number> | null): T[] {
  return ids ? rows.filter((row) => ids.has(row.id)) : rows;
}
