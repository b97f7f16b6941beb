import 'server-only';
import { editorLoader } from '@/lib/auth/require-data';
import { db } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { TableParams } from '@/lib/admin/table-params';

export const SOURCE_SORTS = ['title', 'publisher', 'published', 'updated'] as const;

export const listSourcesForAdmin = editorLoader(async (params: TableParams<(typeof SOURCE_SORTS)[number]>) => {
  const where: Prisma.SourceWhereInput = {
    deletedAt: params.showDeleted ? { not: null } : null,
    ...(params.q && { OR: [{ title: { contains: params.q } }, { url: { contains: params.q } }, { publisher: { contains: params.q } }] }),
  };
  const orderBy: Prisma.SourceOrderByWithRelationInput =
    params.sort === 'publisher' ? { publisher: params.dir } : params.sort === 'published' ? { publishedDate: params.dir } : params.sort === 'updated' ? { updatedAt: params.dir } : { title: params.dir };
  const [rows, total] = await Promise.all([
    db.source.findMany({
      where,
      orderBy: [orderBy, { id: 'asc' }],
      skip: params.skip,
      take: params.take,
      select: { id: true, title: true, url: true, publisher: true, publishedDate: true, version: true, deletedAt: true, updatedAt: true },
    }),
    db.source.count({ where }),
  ]);
  return { rows, total };
});

/** Sources matching the text, for the source pickers in every form. */
export const searchSources = editorLoader(async (text: string, limit: number = 10) => {
  const q = text.trim();
  return db.source.findMany({
    where: { deletedAt: null, ...(q && { OR: [{ title: { contains: q } }, { url: { contains: q } }, { publisher: { contains: q } }] }) },
    orderBy: { updatedAt: 'desc' },
    take: limit,
    select: { id: true, title: true, url: true, publisher: true },
  });
});

export type SourceOption = Awaited<ReturnType<typeof searchSources>>[number];

export const getSourceForEdit = editorLoader(async (id: number) => {
  return db.source.findUnique({ where: { id } });
});
