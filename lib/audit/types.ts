/** Client-safe vocabulary of the audit log. */
export const ENTITY_TYPES = ['place', 'pairing', 'agreement', 'project', 'trade_figure', 'source'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export const AUDIT_ENTITY_TYPES = [...ENTITY_TYPES, 'user'] as const;
export type AuditEntityType = (typeof AUDIT_ENTITY_TYPES)[number];

export const AUDIT_ACTIONS = ['create', 'update', 'delete', 'restore', 'revert'] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** A record as the audit log keeps it: its columns plus the ids/values of its links. */
export type Snapshot = Record<string, unknown> & { id: number; version: number; deletedAt: string | null };

/** Where each entity is edited, under /admin. */
export const ADMIN_SEGMENT: Record<AuditEntityType, string> = {
  place: 'places',
  pairing: 'pairings',
  agreement: 'agreements',
  project: 'projects',
  trade_figure: 'trade',
  source: 'sources',
  user: 'users',
};

export function adminHref(type: AuditEntityType, id: number) {
  return type === 'user' ? '/admin/users' : `/admin/${ADMIN_SEGMENT[type]}/${id}`;
}

export function isEntityType(value: string): value is EntityType {
  return (ENTITY_TYPES as readonly string[]).includes(value);
}
