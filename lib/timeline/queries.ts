import 'server-only';
import { cachedRead } from '@/lib/cache/read-cache';
import { publicDb } from '@/lib/soft-delete/public-db';
import type { AgreementKind } from '@/lib/domain/vocabulary';
import type { AtlasFilters } from '@/lib/filters/schema';
import { agreementWhere } from '@/lib/filters/where';
import { findByIds } from '@/lib/sql/id-batches';
import { agreementIdsMatching, keepMatching } from '@/lib/search/text-match';
import { localizedSelect, localizedTexts } from '@/lib/i18n/content';

/**
 * Agreement kinds folded into four groups for the histogram: eleven colours would
 * not read, four do, and they follow the pipeline.
 */
export const KIND_GROUPS = ['contact', 'approval', 'agreement', 'exchange'] as const;
export type KindGroup = (typeof KIND_GROUPS)[number];

export const KIND_GROUP_OF: Record<AgreementKind, KindGroup> = {
  letter: 'contact',
  letter_of_intent: 'contact',
  memorandum: 'contact',
  approval: 'approval',
  twinning_agreement: 'agreement',
  cooperation_agreement: 'agreement',
  cooperation_programme: 'agreement',
  road_map: 'agreement',
  visit: 'exchange',
  event: 'exchange',
  other: 'exchange',
};

export const TIMELINE_PAGE_SIZE = 250;

const partnerSelect = {
  slug: true,
  country: true,
  nameEn: true,
  nameRu: true,
  nameBe: true,
  nameZh: true,
} as const;

/** Agreements matching the filters in date order (oldest first, undated last), a page at a time. */
async function readListTimeline(filters: AtlasFilters, page = 1) {
  const keys = keepMatching(
    await publicDb.agreement.findMany({
      where: agreementWhere(filters),
      select: { id: true },
      orderBy: [{ date: { sort: 'asc', nulls: 'last' } }, { id: 'asc' }],
    }),
    await textAgreements(filters),
  );
  const pageIds = keys.slice((page - 1) * TIMELINE_PAGE_SIZE, page * TIMELINE_PAGE_SIZE).map((key) => key.id);
  const agreements = await findByIds(pageIds, (batch) =>
    publicDb.agreement.findMany({
      where: { id: { in: batch } },
      select: {
        id: true,
        kind: true,
        date: true,
        dateYear: true,
        dateApproximate: true,
        ...localizedSelect('title'),
        venue: true,
        pairing: {
          select: { slug: true, stage: true, byPlace: { select: partnerSelect }, cnPlace: { select: partnerSelect } },
        },
        sources: {
          select: { id: true, url: true, title: true, publisher: true },
          orderBy: { id: 'asc' },
        },
      },
    }),
  );
  return {
    total: keys.length,
    agreements: agreements.map(({ titleRu, titleBe, titleZh, translatedBy, ...a }) => ({ ...a, i18n: localizedTexts({ title: a.title, titleRu, titleBe, titleZh, translatedBy }, 'title') })),
  };
}

/** The agreements `q` matches, through the one search (lib/search/text-match.ts). */
function textAgreements(filters: AtlasFilters) {
  return filters.q ? agreementIdsMatching(filters.q) : Promise.resolve(null);
}

export type TimelineAgreement = Awaited<ReturnType<typeof listTimeline>>['agreements'][number];

/** Agreements per year and kind group, for the histogram (the year range itself left out). */
async function readCountAgreementsByYear(filters: AtlasFilters) {
  const rows = await publicDb.agreement.findMany({
    where: agreementWhere({ ...filters, from: undefined, to: undefined }),
    select: { id: true, dateYear: true, kind: true },
  });
  // Typed years in `q` are a range like from/to, which the histogram leaves out.
  const text = filters.q ? agreementIdsMatching(filters.q, { withYears: false }) : Promise.resolve(null);
  const counts = new Map<string, { year: number | null; series: KindGroup; count: number }>();
  for (const row of keepMatching(rows, await text)) {
    const series = KIND_GROUP_OF[row.kind as AgreementKind] ?? 'exchange';
    const key = `${row.dateYear}|${series}`;
    const entry = counts.get(key) ?? { year: row.dateYear, series, count: 0 };
    entry.count++;
    counts.set(key, entry);
  }
  return [...counts.values()];
}

// Shared across requests until the data changes (lib/cache/read-cache.ts).
export const listTimeline = cachedRead('timeline.listTimeline', readListTimeline);
export const countAgreementsByYear = cachedRead('timeline.countAgreementsByYear', readCountAgreementsByYear);
