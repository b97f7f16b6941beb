import 'server-only';
import { cachedRead, wantsAll } from '@/lib/cache/read-cache';
import { publicDb } from '@/lib/soft-delete/public-db';
import { DEFAULT_PAGE_SIZE } from '@/lib/filters/schema';
import type { Prisma } from '@/lib/generated/prisma/client';

/** What every page and API response shows of a source. */
export const publicSourceSelect = {
  id: true,
  key: true,
  url: true,
  title: true,
  publisher: true,
  language: true,
  publishedDate: true,
  publishedPrecision: true,
} as const satisfies Prisma.SourceSelect;

export type PublicSource = Prisma.SourceGetPayload<{ select: typeof publicSourceSelect }>;

/** Sources of several records, each once, in order of first appearance. */
export function uniqueSources(lists: PublicSource[][]): PublicSource[] {
  const seen = new Map<number, PublicSource>();
  for (const list of lists) for (const source of list) if (!seen.has(source.id)) seen.set(source.id, source);
  return [...seen.values()];
}

async function readListSources(query: { language?: string; page?: number; pageSize?: number }, { all = false } = {}) {
  const where: Prisma.SourceWhereInput = { ...(query.language && { language: query.language }) };
  const page = all ? 1 : (query.page ?? 1);
  const pageSize = query.pageSize ?? DEFAULT_PAGE_SIZE;
  const [items, total] = await Promise.all([
    publicDb.source.findMany({
      where,
      select: { ...publicSourceSelect, notes: true },
      orderBy: [{ publishedDate: { sort: 'desc', nulls: 'last' } }, { id: 'asc' }],
      ...(all ? {} : { skip: (page - 1) * pageSize, take: pageSize }),
    }),
    publicDb.source.count({ where }),
  ]);
  return { items, total, page, pageSize: all ? total : pageSize };
}

// Shared across requests until the data changes (lib/cache/read-cache.ts).
export const listSources = cachedRead('sources.listSources', readListSources, { skip: wantsAll });
