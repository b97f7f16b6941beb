import 'server-only';
import { publicDb } from '@/lib/soft-delete/public-db';
import { foldForComparison } from './spelling';
import type { SearchTerm } from './query';

/**
 * How closely a query names a place itself (issue 12, relevance): "Minsk" must rank
 * Minsk city's own twinnings above Minsk Oblast's and above texts that merely mention
 * Minsk. A place scores when one of its own names (any language or spelling, folded
 * like the typo matcher: case and accents ignored) equals the whole query — highest —
 * or equals one of its terms (one point per term, so "Minsk Beijing" favours the pair).
 */
export type PlaceScores = { own: Map<number, number>; region: Map<number, number> };

function scoreNames(names: string[], whole: string, terms: Set<string>[]): number {
  const folded = new Set(names.map(foldForComparison));
  if (folded.has(whole)) return terms.length + 1;
  return terms.filter((alternatives) => [...alternatives].some((alt) => folded.has(alt))).length;
}

export async function placeScores(text: string, terms: SearchTerm[]): Promise<PlaceScores> {
  const whole = foldForComparison(text.trim().replace(/\s+/gu, ' '));
  const folded = terms.map((term) => new Set(term.map(foldForComparison)));
  const places = await publicDb.place.findMany({
    select: { id: true, regionId: true, nameEn: true, nameRu: true, nameBe: true, nameZh: true, names: { select: { name: true } } },
  });
  const own = new Map<number, number>();
  for (const place of places) {
    const names = [place.nameEn, place.nameRu, place.nameBe, place.nameZh, ...place.names.map((n) => n.name)].filter((n): n is string => !!n);
    const score = scoreNames(names, whole, folded);
    if (score > 0) own.set(place.id, score);
  }
  // A locality scores through its region too, but that never outranks a place's own name.
  const region = new Map<number, number>();
  for (const place of places) {
    const score = place.regionId === null ? 0 : (own.get(place.regionId) ?? 0);
    if (score > 0) region.set(place.id, score);
  }
  return { own, region };
}
