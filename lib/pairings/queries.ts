import 'server-only';
import { db } from '@/lib/db';
import type { AtlasFilters } from '@/lib/filters/schema';
import { pairingWhere } from '@/lib/filters/where';

/** A partner as the pairing views show it (names in every language, level, region). */
export const partnerSelect = {
  slug: true,
  country: true,
  tier: true,
  level: true,
  nameEn: true,
  nameRu: true,
  nameBe: true,
  nameZh: true,
  region: { select: { slug: true, nameEn: true, nameRu: true, nameBe: true, nameZh: true, country: true } },
} as const;

export const sourceSelect = { id: true, url: true, title: true, publisher: true, publishedDate: true } as const;

/** A pairing's headline: partners, type, stage and date, with the sources. */
export const pairingSummarySelect = {
  slug: true,
  type: true,
  typeUncertain: true,
  stage: true,
  stageUncertain: true,
  establishedDate: true,
  establishedPrecision: true,
  establishedApproximate: true,
  byPlace: { select: partnerSelect },
  cnPlace: { select: partnerSelect },
  sources: { where: { deletedAt: null }, select: sourceSelect, orderBy: { id: 'asc' } },
} as const;

/**
 * Live pairings matching the shared filters, newest first, undated last (the text
 * order of partial dates is their chronological order), a page at a time.
 */
export async function listPairings(filters: AtlasFilters, { skip = 0, take }: { skip?: number; take?: number } = {}) {
  return db.pairing.findMany({
    where: pairingWhere(filters),
    select: {
      id: true,
      ...pairingSummarySelect,
      _count: { select: { agreements: { where: { deletedAt: null } } } },
    },
    orderBy: [
      { establishedDate: { sort: 'desc', nulls: 'last' } },
      { byPlace: { nameEn: 'asc' } },
      { cnPlace: { nameEn: 'asc' } },
    ],
    skip,
    take,
  });
}

export type PairingListItem = Awaited<ReturnType<typeof listPairings>>[number];

/** Headline counts for the home page. */
export async function getAtlasTotals() {
  const [pairings, agreements, sources, established] = await Promise.all([
    db.pairing.count({ where: { deletedAt: null } }),
    db.agreement.count({ where: { deletedAt: null } }),
    db.source.count({ where: { deletedAt: null } }),
    db.pairing.count({ where: { deletedAt: null, stage: 'established' } }),
  ]);
  return { pairings, agreements, sources, established };
}
