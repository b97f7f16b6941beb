import 'server-only';
import { cachedRead, wantsAll } from '@/lib/cache/read-cache';
import { publicDb } from '@/lib/soft-delete/public-db';
import { findByIds } from '@/lib/sql/id-batches';
import { DEFAULT_PAGE_SIZE } from '@/lib/filters/schema';
import type { Prisma } from '@/lib/generated/prisma/client';
import { partnerSelect, toPartner } from '@/lib/places/partner';
import { publicSourceSelect } from '@/lib/sources/queries';
import { parseSectors } from './sectors';
import { localizedSelect, localizedTexts } from '@/lib/i18n/content';

/** What a project card and the API list show. */
export const projectCardSelect = {
  id: true,
  slug: true,
  nameEn: true,
  nameRu: true,
  nameBe: true,
  nameZh: true,
  country: true,
  locationText: true,
  status: true,
  statusUncertain: true,
  startYear: true,
  endYear: true,
  sectors: true,
  ...localizedSelect('summary'),
} as const satisfies Prisma.ProjectSelect;

/** A project card's row with its summary in every language. */
export function toProjectCard<T extends Prisma.ProjectGetPayload<{ select: typeof projectCardSelect }>>(row: T) {
  const { summaryRu, summaryBe, summaryZh, translatedBy, ...rest } = row;
  return { ...rest, i18n: localizedTexts({ summary: row.summary, summaryRu, summaryBe, summaryZh, translatedBy }, 'summary') };
}

const projectApiSelect = {
  ...projectCardSelect,
  lat: true,
  lon: true,
  coordNote: true,
  partnersText: true,
  keyFigures: true,
  updatedAt: true,
  place: { select: partnerSelect },
  pairings: { select: { slug: true, type: true, stage: true, byPlace: { select: partnerSelect }, cnPlace: { select: partnerSelect } } },
  sources: { select: publicSourceSelect, orderBy: { id: 'asc' } },
} as const satisfies Prisma.ProjectSelect;

function toProjectItem(row: Prisma.ProjectGetPayload<{ select: typeof projectApiSelect }>) {
  const { place, pairings, sectors, updatedAt, summaryRu, summaryBe, summaryZh, translatedBy, ...rest } = row;
  return {
    ...rest,
    names: { en: row.nameEn, ru: row.nameRu, be: row.nameBe, zh: row.nameZh },
    i18n: localizedTexts({ summary: row.summary, summaryRu, summaryBe, summaryZh, translatedBy }, 'summary'),
    sectors: parseSectors(sectors),
    place: place ? toPartner(place) : null,
    pairings: pairings.map((p) => ({ slug: p.slug, type: p.type, stage: p.stage, by: toPartner(p.byPlace), cn: toPartner(p.cnPlace) })),
    updatedAt: updatedAt.toISOString(),
  };
}

export type ProjectItem = ReturnType<typeof toProjectItem>;

export type ProjectFilters = { country?: string; status?: string[]; place?: string; page?: number; pageSize?: number };

async function readListProjects(filters: ProjectFilters = {}, { all = false } = {}) {
  const where: Prisma.ProjectWhereInput = {
    ...(filters.country && { country: filters.country }),
    ...(filters.status?.length && { status: { in: filters.status } }),
    ...(filters.place && { place: { OR: [{ slug: filters.place }, { region: { slug: filters.place } }] } }),
  };
  const page = all ? 1 : (filters.page ?? 1);
  const pageSize = filters.pageSize ?? DEFAULT_PAGE_SIZE;
  // Ids in order first, relations in batches (lib/sql/id-batches.ts): exports have no size bound.
  const [keys, total] = await Promise.all([
    publicDb.project.findMany({
      where,
      select: { id: true },
      orderBy: [{ startYear: { sort: 'desc', nulls: 'last' } }, { nameEn: 'asc' }, { id: 'asc' }],
      ...(all ? {} : { skip: (page - 1) * pageSize, take: pageSize }),
    }),
    publicDb.project.count({ where }),
  ]);
  const rows = await findByIds(keys.map((k) => k.id), (batch) => publicDb.project.findMany({ where: { id: { in: batch } }, select: projectApiSelect }));
  return { items: rows.map(toProjectItem), total, page, pageSize: all ? total : pageSize };
}

/** A project page's data (not the editors' notes); the page and its `generateMetadata` share one read (lib/cache/read-cache.ts). */
export const getProjectDetail = cachedRead('projects.getProjectDetail', async (slug: string) => {
  const row = await publicDb.project.findFirst({ where: { slug }, select: projectApiSelect });
  if (!row) return null;
  return toProjectItem(row);
});

export type ProjectDetail = NonNullable<Awaited<ReturnType<typeof getProjectDetail>>>;

// Shared across requests until the data changes (lib/cache/read-cache.ts).
export const listProjects = cachedRead('projects.listProjects', readListProjects, { skip: wantsAll });
