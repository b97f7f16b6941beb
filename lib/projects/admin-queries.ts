import 'server-only';
import { editorLoader } from '@/lib/auth/require-data';
import { db } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { TableParams } from '@/lib/admin/table-params';

export const PROJECT_SORTS = ['name', 'status', 'start', 'updated'] as const;

export const listProjectsForAdmin = editorLoader(async (params: TableParams<(typeof PROJECT_SORTS)[number]>) => {
  const where: Prisma.ProjectWhereInput = {
    deletedAt: params.showDeleted ? { not: null } : null,
    ...(params.q && {
      OR: [{ nameEn: { contains: params.q } }, { nameRu: { contains: params.q } }, { nameZh: { contains: params.q } }, { locationText: { contains: params.q } }, { partnersText: { contains: params.q } }],
    }),
  };
  const orderBy: Prisma.ProjectOrderByWithRelationInput =
    params.sort === 'status' ? { status: params.dir } : params.sort === 'start' ? { startYear: { sort: params.dir, nulls: 'last' } } : params.sort === 'updated' ? { updatedAt: params.dir } : { nameEn: params.dir };
  const [rows, total] = await Promise.all([
    db.project.findMany({
      where,
      orderBy: [orderBy, { id: 'asc' }],
      skip: params.skip,
      take: params.take,
      select: { id: true, nameEn: true, country: true, status: true, startYear: true, locationText: true, version: true, deletedAt: true },
    }),
    db.project.count({ where }),
  ]);
  return { rows, total };
});

export const getProjectForEdit = editorLoader(async (id: number) => {
  return db.project.findUnique({
    where: { id },
    include: {
      sources: { select: { id: true, title: true, url: true, publisher: true }, orderBy: { id: 'asc' } },
      pairings: { select: { id: true } },
    },
  });
});
