import type { Prisma } from '@/lib/generated/prisma/client';
import type { AtlasFilters } from './schema';

/**
 * Prisma conditions for the shared filter state. Pairings and agreements are filtered
 * by the same rules, so the map, timeline, search and API agree on counts.
 *
 * - `region`/`by`/`cn`: the partner is that region or lies in it.
 * - `city`: the partner is that place.
 * - `from`/`to`: a pairing by the year of its date (`establishedYear`), an agreement by
 *   its own year; undated records drop out as soon as a year bound is set.
 * - `q` is not a condition here: it goes through the one search (lib/search/text-match.ts),
 *   whose id sets callers intersect in memory, so every endpoint reads `q` the same way.
 */
function partnerIn(slug: string): Prisma.PlaceWhereInput {
  return { OR: [{ slug }, { region: { slug } }, { parentCity: { slug } }] };
}

function yearRange(filters: AtlasFilters): Prisma.IntNullableFilter | undefined {
  if (filters.from === undefined && filters.to === undefined) return undefined;
  return { not: null, ...(filters.from !== undefined && { gte: filters.from }), ...(filters.to !== undefined && { lte: filters.to }) };
}

/** Conditions on the pairing itself, without the year (agreements have their own). */
function pairingConditions(filters: AtlasFilters): Prisma.PairingWhereInput[] {
  const and: Prisma.PairingWhereInput[] = [];
  if (filters.by) and.push({ byPlace: partnerIn(filters.by) });
  if (filters.cn) and.push({ cnPlace: partnerIn(filters.cn) });
  if (filters.region) and.push({ OR: [{ byPlace: partnerIn(filters.region) }, { cnPlace: partnerIn(filters.region) }] });
  if (filters.city) and.push({ OR: [{ byPlace: { slug: filters.city } }, { cnPlace: { slug: filters.city } }] });
  if (filters.pairing) and.push({ slug: filters.pairing });
  if (filters.stage?.length) and.push({ stage: { in: filters.stage } });
  if (filters.type?.length) and.push({ type: { in: filters.type } });
  if (filters.field?.length) and.push({ fields: { some: { field: { in: filters.field } } } });
  return and;
}

export function pairingWhere(filters: AtlasFilters): Prisma.PairingWhereInput {
  const and = pairingConditions(filters);
  const years = yearRange(filters);
  if (years) and.push({ establishedYear: years });
  if (filters.kind?.length) and.push({ agreements: { some: { kind: { in: filters.kind } } } });
  return { AND: and };
}

/**
 * Agreements whose pairing matches the pairing filters and which themselves match
 * kind and year. Text is left to the caller (lib/search/text-match.ts).
 */
export function agreementWhere(filters: AtlasFilters): Prisma.AgreementWhereInput {
  const onPairing = pairingConditions(filters);
  // No empty `pairing: { AND: [] }`: SQLite would still run a subquery over every pairing.
  const and: Prisma.AgreementWhereInput[] = onPairing.length ? [{ pairing: { AND: onPairing } }] : [];
  const years = yearRange(filters);
  if (years) and.push({ dateYear: years });
  if (filters.kind?.length) and.push({ kind: { in: filters.kind } });
  return { AND: and };
}
