import 'server-only';
import { publicDb } from '@/lib/soft-delete/public-db';
import type { AgreementKind } from '@/lib/domain/vocabulary';
import type { AtlasFilters } from '@/lib/filters/schema';
import { agreementWhere } from '@/lib/filters/where';
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
export async function listTimeline(filters: AtlasFilters, page = 1) {
  const where = agreementWhere(filters, { withText: true });
  const [total, agreements] = await Promise.all([
    publicDb.agreement.count({ where }),
    publicDb.agreement.findMany({
      where,
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
      orderBy: [{ date: { sort: 'asc', nulls: 'last' } }, { id: 'asc' }],
      skip: (page - 1) * TIMELINE_PAGE_SIZE,
      take: TIMELINE_PAGE_SIZE,
    }),
  ]);
  return { total, agreements: agreements.map(({ titleRu, titleBe, titleZh, translatedBy, ...a }) => ({ ...a, i18n: localizedTexts({ title: a.title, titleRu, titleBe, titleZh, translatedBy }, 'title') })) };
}

export type TimelineAgreement = Awaited<ReturnType<typeof listTimeline>>['agreements'][number];

/** Agreements per year and kind group, for the histogram (the year range itself left out). */
export async function countAgreementsByYear(filters: AtlasFilters) {
  const groups = await publicDb.agreement.groupBy({
    by: ['dateYear', 'kind'],
    where: agreementWhere({ ...filters, from: undefined, to: undefined }, { withText: true }),
    _count: { _all: true },
  });
  return groups.map((group) => ({
    year: group.dateYear,
    series: KIND_GROUP_OF[group.kind as AgreementKind] ?? 'exchange',
    count: group._count._all,
  }));
}
