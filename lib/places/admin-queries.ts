import 'server-only';
import { editorLoader } from '@/lib/auth/require-data';
import { db } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { TableParams } from '@/lib/admin/table-params';

export const PLACE_SORTS = ['name', 'country', 'level', 'updated'] as const;

export const listPlacesForAdmin = editorLoader(async (params: TableParams<(typeof PLACE_SORTS)[number]>) => {
  const where: Prisma.PlaceWhereInput = {
    deletedAt: params.showDeleted ? { not: null } : null,
    ...(params.q && { OR: [{ names: { some: { name: { contains: params.q } } } }, { slug: { contains: params.q } }] }),
  };
  const orderBy: Prisma.PlaceOrderByWithRelationInput =
    params.sort === 'country' ? { country: params.dir } : params.sort === 'level' ? { level: params.dir } : params.sort === 'updated' ? { updatedAt: params.dir } : { nameEn: params.dir };
  const [rows, total] = await Promise.all([
    db.place.findMany({
      where,
      orderBy: [orderBy, { id: 'asc' }],
      skip: params.skip,
      take: params.take,
      select: {
        id: true, slug: true, nameEn: true, nameRu: true, nameBe: true, nameZh: true, country: true, level: true, version: true, updatedAt: true, deletedAt: true,
        region: { select: { nameEn: true, nameRu: true, nameBe: true, nameZh: true } },
      },
    }),
    db.place.count({ where }),
  ]);
  return { rows, total };
});

/** Places whose any stored spelling contains the text, for the partner comboboxes. */
export const searchPlaces = editorLoader(async (text: string, country: string | null, limit: number = 12) => {
  const q = text.trim();
  const places = await db.place.findMany({
    where: {
      deletedAt: null,
      ...(country && { country }),
      ...(q && { OR: [{ names: { some: { name: { contains: q } } } }, { nameEn: { contains: q } }, { slug: { contains: q.toLowerCase() } }] }),
    },
    orderBy: [{ tier: 'asc' }, { nameEn: 'asc' }],
    take: 200,
    select: {
      id: true, nameEn: true, nameRu: true, nameZh: true, country: true, level: true, tier: true,
      region: { select: { nameEn: true } },
      names: q ? { where: { name: { contains: q } }, select: { name: true }, take: 1 } : { take: 0, select: { name: true } },
    },
  });
  // Names that start with the text first, then the rest alphabetically.
  const lower = q.toLowerCase();
  const starts = (p: (typeof places)[number]) =>
    [p.nameEn, p.nameRu, p.nameZh, ...p.names.map((n) => n.name)].some((n) => n?.toLowerCase().startsWith(lower)) ? 0 : 1;
  return places
    .sort((a, b) => starts(a) - starts(b) || a.nameEn.localeCompare(b.nameEn))
    .slice(0, limit)
    .map((p) => ({
      id: p.id,
      nameEn: p.nameEn,
      nameRu: p.nameRu,
      nameZh: p.nameZh,
      country: p.country,
      level: p.level,
      region: p.region?.nameEn ?? null,
      matched: p.names[0]?.name ?? null,
    }));
});

export type PlaceOption = Awaited<ReturnType<typeof searchPlaces>>[number];

/** First-level regions and cities, for the region / parent-city selects of the place form. */
export const listPlaceParents = editorLoader(async () => {
  const rows = await db.place.findMany({
    where: { deletedAt: null, OR: [{ tier: 'region' }, { level: { in: ['city', 'prefecture_city', 'county_city', 'capital_city', 'municipality'] } }] },
    orderBy: { nameEn: 'asc' },
    select: { id: true, nameEn: true, country: true, tier: true, level: true },
  });
  return {
    regions: rows.filter((r) => r.tier === 'region'),
    cities: rows.filter((r) => r.tier === 'locality' || r.level === 'capital_city' || r.level === 'municipality'),
  };
});

export type PlaceParents = Awaited<ReturnType<typeof listPlaceParents>>;

export const getPlaceForEdit = editorLoader(async (id: number) => {
  return db.place.findUnique({
    where: { id },
    include: {
      names: { where: { kind: { not: 'official' } }, orderBy: { id: 'asc' } },
      sources: { select: { id: true, title: true, url: true, publisher: true }, orderBy: { id: 'asc' } },
      _count: { select: { byPairings: true, cnPairings: true } },
    },
  });
});
