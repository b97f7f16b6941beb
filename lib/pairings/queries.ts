import 'server-only';
import { db } from '@/lib/db';
import { comparePartialDatesNewestFirst } from '@/lib/dates/partial-date';

const partnerSelect = {
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

const sourceSelect = { id: true, url: true, title: true, publisher: true, publishedDate: true } as const;

/** Every live pairing with both partners and its sources, newest first, undated last. */
export async function listPairings() {
  const pairings = await db.pairing.findMany({
    where: { deletedAt: null },
    select: {
      id: true,
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
      _count: { select: { agreements: { where: { deletedAt: null } } } },
    },
  });
  return pairings.sort(
    (a, b) =>
      comparePartialDatesNewestFirst(a.establishedDate, b.establishedDate) ||
      a.byPlace.nameEn.localeCompare(b.byPlace.nameEn) ||
      a.cnPlace.nameEn.localeCompare(b.cnPlace.nameEn),
  );
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
