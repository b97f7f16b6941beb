import 'server-only';
import { editorLoader } from '@/lib/auth/require-data';
import { db } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { TableParams } from '@/lib/admin/table-params';

export const PAIRING_SORTS = ['by', 'cn', 'stage', 'established', 'updated'] as const;

const partner = { select: { id: true, nameEn: true, nameZh: true, nameRu: true, nameBe: true, slug: true } } as const;

export const listPairingsForAdmin = editorLoader(async (params: TableParams<(typeof PAIRING_SORTS)[number]>) => {
  const named = (q: string): Prisma.PlaceWhereInput => ({ names: { some: { name: { contains: q } } } });
  const where: Prisma.PairingWhereInput = {
    deletedAt: params.showDeleted ? { not: null } : null,
    ...(params.q && { OR: [{ byPlace: named(params.q) }, { cnPlace: named(params.q) }, { slug: { contains: params.q } }] }),
  };
  const orderBy: Prisma.PairingOrderByWithRelationInput =
    params.sort === 'by'
      ? { byPlace: { nameEn: params.dir } }
      : params.sort === 'cn'
        ? { cnPlace: { nameEn: params.dir } }
        : params.sort === 'stage'
          ? { stage: params.dir }
          : params.sort === 'updated'
            ? { updatedAt: params.dir }
            : { establishedDate: { sort: params.dir, nulls: 'last' } };
  const [rows, total] = await Promise.all([
    db.pairing.findMany({
      where,
      orderBy: [orderBy, { id: 'asc' }],
      skip: params.skip,
      take: params.take,
      select: {
        id: true, slug: true, type: true, stage: true, establishedDate: true, establishedApproximate: true, version: true, deletedAt: true, updatedAt: true,
        byPlace: partner, cnPlace: partner,
        _count: { select: { agreements: { where: { deletedAt: null } } } },
      },
    }),
    db.pairing.count({ where }),
  ]);
  return { rows, total };
});

export const getPairingForEdit = editorLoader(async (id: number) => {
  return db.pairing.findUnique({
    where: { id },
    include: {
      byPlace: partner,
      cnPlace: partner,
      fields: { orderBy: { field: 'asc' } },
      sources: { select: { id: true, title: true, url: true, publisher: true }, orderBy: { id: 'asc' } },
      agreements: { where: { deletedAt: null }, orderBy: [{ date: 'asc' }, { id: 'asc' }], select: { id: true, kind: true, date: true, title: true } },
    },
  });
});

const spellings = { select: { nameEn: true, nameRu: true, nameBe: true, nameZh: true, names: { select: { name: true } } } } as const;

/**
 * Every live pairing as "BY – CN", with every spelling of both partners (English,
 * Russian, Belarusian, Chinese, alternates) for the searchable pairing picker.
 */
export const listPairingOptions = editorLoader(async () => {
  const rows = await db.pairing.findMany({
    where: { deletedAt: null },
    select: { id: true, byPlace: spellings, cnPlace: spellings },
  });
  const namesOf = (place: { nameEn: string; nameRu: string | null; nameBe: string | null; nameZh: string | null; names: { name: string }[] }) =>
    [place.nameEn, place.nameRu, place.nameBe, place.nameZh, ...place.names.map((n) => n.name)].filter((n): n is string => Boolean(n));
  return rows
    .map((row) => ({
      id: row.id,
      label: `${row.byPlace.nameEn} – ${row.cnPlace.nameEn}`,
      names: [...new Set([...namesOf(row.byPlace), ...namesOf(row.cnPlace)])],
    }))
    .sort((a, b) => a.label.localeCompare(b.label));
});

export type PairingOption = Awaited<ReturnType<typeof listPairingOptions>>[number];
