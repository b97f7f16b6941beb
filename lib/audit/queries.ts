import 'server-only';
import { editorLoader } from '@/lib/auth/require-data';
import { getCurrentUser } from '@/lib/auth/session';
import { z } from 'zod';
import { db } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import { AUDIT_ACTIONS, AUDIT_ENTITY_TYPES } from './types';

export const AUDIT_PAGE_SIZE = 50;

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** ?user=&entity=&action=&from=YYYY-MM-DD&to=YYYY-MM-DD&record=&page= — bad values are dropped. */
export const auditFiltersSchema = z.object({
  user: z.coerce.number().int().positive().optional().catch(undefined),
  entity: z.enum(AUDIT_ENTITY_TYPES).optional().catch(undefined),
  action: z.enum(AUDIT_ACTIONS).optional().catch(undefined),
  record: z.coerce.number().int().positive().optional().catch(undefined),
  from: isoDay.optional().catch(undefined),
  to: isoDay.optional().catch(undefined),
  page: z.coerce.number().int().min(1).catch(1).default(1),
});

export type AuditFilters = z.output<typeof auditFiltersSchema>;

export function parseAuditFilters(params: Record<string, string | string[] | undefined>): AuditFilters {
  const flat = Object.fromEntries(Object.entries(params).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v || undefined]));
  return auditFiltersSchema.parse(flat);
}

/**
 * Editors read the history of the atlas data (and revert their own changes); changes
 * to user accounts stay with admins. The loaders are editorLoaders; this is the rest.
 */
async function readerIsAdmin() {
  return (await getCurrentUser())?.role === 'admin';
}

const NOT_ACCOUNTS = { entityType: { not: 'user' } } satisfies Prisma.AuditEventWhereInput;

export const listAuditEvents = editorLoader(async (filters: AuditFilters) => {
  const where: Prisma.AuditEventWhereInput = {
    // In AND, so an `entity=user` filter cannot override it.
    ...(!(await readerIsAdmin()) && { AND: [NOT_ACCOUNTS] }),
    ...(filters.user && { userId: filters.user }),
    ...(filters.entity && { entityType: filters.entity }),
    ...(filters.action && { action: filters.action }),
    ...(filters.record && { entityId: filters.record }),
    ...((filters.from || filters.to) && {
      createdAt: {
        ...(filters.from && { gte: new Date(`${filters.from}T00:00:00Z`) }),
        ...(filters.to && { lt: new Date(new Date(`${filters.to}T00:00:00Z`).getTime() + 86_400_000) }),
      },
    }),
  };
  const [rows, total] = await Promise.all([
    db.auditEvent.findMany({
      where,
      orderBy: { id: 'desc' },
      skip: (filters.page - 1) * AUDIT_PAGE_SIZE,
      take: AUDIT_PAGE_SIZE,
      select: { id: true, entityType: true, entityId: true, action: true, label: true, createdAt: true, revertOfId: true, user: { select: { id: true, name: true } } },
    }),
    db.auditEvent.count({ where }),
  ]);
  return { rows, total };
});

export const getAuditEvent = editorLoader(async (id: number) => {
  const event = await db.auditEvent.findUnique({ where: { id }, include: { user: { select: { id: true, name: true, email: true } } } });
  if (!event || (event.entityType === 'user' && !(await readerIsAdmin()))) return null;
  const revertedBy = await db.auditEvent.findFirst({ where: { revertOfId: id }, select: { id: true, createdAt: true } });
  return {
    ...event,
    before: event.before ? (JSON.parse(event.before) as Record<string, unknown>) : null,
    after: event.after ? (JSON.parse(event.after) as Record<string, unknown>) : null,
    revertedBy,
  };
});

/** Who made changes, for the filter; editors see colleagues' names, not their email addresses. */
export const listAuditUsers = editorLoader(async (): Promise<{ id: number; name: string; email?: string }[]> => {
  const admin = await readerIsAdmin();
  return db.user.findMany({ orderBy: { name: 'asc' }, select: { id: true, name: true, email: admin } });
});

/** The latest changes, for the admin dashboard. */
export const recentAuditEvents = editorLoader(async (take: number = 8) => {
  return db.auditEvent.findMany({
    ...(!(await readerIsAdmin()) && { where: NOT_ACCOUNTS }),
    orderBy: { id: 'desc' },
    take,
    select: { id: true, entityType: true, entityId: true, action: true, label: true, createdAt: true, user: { select: { name: true } } },
  });
});
