import 'server-only';
import { editorLoader } from '@/lib/auth/require-data';
import { db } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { TableParams } from '@/lib/admin/table-params';

export const AGREEMENT_SORTS = ['date', 'title', 'kind', 'updated'] as const;

export const listAgreementsForAdmin = editorLoader(async (params: TableParams<(typeof AGREEMENT_SORTS)[number]>) => {
  const named = (q: string): Prisma.PlaceWhereInput => ({ names: { some: { name: { contains: q } } } });
  const where: Prisma.AgreementWhereInput = {
    deletedAt: params.showDeleted ? { not: null } : null,
    ...(params.q && {
      OR: [
        { title: { contains: params.q } },
        { venue: { contains: params.q } },
        { signatories: { contains: params.q } },
        { pairing: { OR: [{ byPlace: named(params.q) }, { cnPlace: named(params.q) }] } },
      ],
    }),
  };
  const orderBy: Prisma.AgreementOrderByWithRelationInput =
    params.sort === 'title' ? { title: params.dir } : params.sort === 'kind' ? { kind: params.dir } : params.sort === 'updated' ? { updatedAt: params.dir } : { date: { sort: params.dir, nulls: 'last' } };
  const [rows, total] = await Promise.all([
    db.agreement.findMany({
      where,
      orderBy: [orderBy, { id: 'asc' }],
      skip: params.skip,
      take: params.take,
      select: {
        id: true, kind: true, date: true, dateApproximate: true, title: true, version: true, deletedAt: true,
        pairing: { select: { id: true, byPlace: { select: { nameEn: true, nameRu: true, nameBe: true, nameZh: true } }, cnPlace: { select: { nameEn: true, nameRu: true, nameBe: true, nameZh: true } } } },
      },
    }),
    db.agreement.count({ where }),
  ]);
  return { rows, total };
});

export const getAgreementForEdit = editorLoader(async (id: number) => {
  return db.agreement.findUnique({
    where: { id },
    include: { sources: { select: { id: true, title: true, url: true, publisher: true }, orderBy: { id: 'asc' } } },
  });
});
