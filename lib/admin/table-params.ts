import { z } from 'zod';

/** URL state of an admin table: ?q=…&sort=…&dir=asc|desc&page=…&deleted=1 (shareable). */
export const ADMIN_PAGE_SIZE = 50;

export function parseTableParams<S extends string>(
  params: Record<string, string | string[] | undefined>,
  sorts: readonly [S, ...S[]],
  defaultSort: S,
  defaultDir: 'asc' | 'desc' = 'asc',
) {
  const one = (key: string) => {
    const value = params[key];
    return Array.isArray(value) ? value[0] : value;
  };
  const schema = z.object({
    q: z.string().trim().max(200).catch(''),
    sort: z.enum(sorts).catch(defaultSort),
    dir: z.enum(['asc', 'desc']).catch(defaultDir),
    page: z.coerce.number().int().min(1).max(10_000).catch(1),
    deleted: z.literal('1').optional().catch(undefined),
  });
  const parsed = schema.parse({
    q: one('q') ?? '',
    sort: one('sort') ?? defaultSort,
    dir: one('dir') ?? (one('sort') ? 'asc' : defaultDir),
    page: one('page') ?? 1,
    deleted: one('deleted'),
  });
  return { ...parsed, showDeleted: parsed.deleted === '1', skip: (parsed.page - 1) * ADMIN_PAGE_SIZE, take: ADMIN_PAGE_SIZE };
}

export type TableParams<S extends string> = ReturnType<typeof parseTableParams<S>>;
