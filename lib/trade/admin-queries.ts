import 'server-only';
import { editorLoader } from '@/lib/auth/require-data';
import { db } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { TableParams } from '@/lib/admin/table-params';

export const TRADE_SORTS = ['year', 'scope', 'value', 'updated'] as const;

export const listTradeFiguresForAdmin = editorLoader(async (params: TableParams<(typeof TRADE_SORTS)[number]>) => {
  const q = params.q;
  const year = /^\d{4}$/.test(q) ? Number(q) : null;
  const where: Prisma.TradeFigureWhereInput = {
    deletedAt: params.showDeleted ? { not: null } : null,
    ...(q && {
      OR: [
        ...(year !== null ? [{ year }] : []),
        { reporter: { contains: q } },
        { notes: { contains: q } },
        { byPlace: { names: { some: { name: { contains: q } } } } },
        { cnPlace: { names: { some: { name: { contains: q } } } } },
      ],
    }),
  };
  const orderBy: Prisma.TradeFigureOrderByWithRelationInput =
    params.sort === 'scope' ? { scope: params.dir } : params.sort === 'value' ? { value: params.dir } : params.sort === 'updated' ? { updatedAt: params.dir } : { year: { sort: params.dir, nulls: 'last' } };
  const [rows, total] = await Promise.all([
    db.tradeFigure.findMany({
      where,
      orderBy: [orderBy, { monthFrom: 'asc' }, { id: 'asc' }],
      skip: params.skip,
      take: params.take,
      select: {
        id: true, scope: true, year: true, periodKind: true, monthFrom: true, monthTo: true, flow: true, value: true, currency: true, scale: true,
        reporter: true, version: true, deletedAt: true,
        byPlace: { select: { nameEn: true, nameRu: true, nameBe: true, nameZh: true } }, cnPlace: { select: { nameEn: true, nameRu: true, nameBe: true, nameZh: true } },
      },
    }),
    db.tradeFigure.count({ where }),
  ]);
  return { rows, total };
});

export const getTradeFigureForEdit = editorLoader(async (id: number) => {
  return db.tradeFigure.findUnique({
    where: { id },
    include: { sources: { select: { id: true, title: true, url: true, publisher: true }, orderBy: { id: 'asc' } } },
  });
});

/** Places on each side, for the trade form's selects. */
export const listTradePlaceOptions = editorLoader(async () => {
  const rows = await db.place.findMany({ where: { deletedAt: null }, orderBy: { nameEn: 'asc' }, select: { id: true, nameEn: true, country: true } });
  return { by: rows.filter((r) => r.country === 'BY'), cn: rows.filter((r) => r.country === 'CN') };
});
