import 'server-only';
import { ActionError, type ConflictInfo } from '@/lib/errors';
import { diffSnapshots } from './diff';
import type { Tx } from '@/lib/db-types';
import { assertTargetsLive, assertUnreferenced } from '@/lib/soft-delete/references';
import { delegate, readSnapshot, scalarData, writeRelations, type CreateValues, type EditedValues, type EntitySnapshot, type RelationValues } from './entities';
import type { AuditAction, AuditEntityType, EntityType, Snapshot } from './types';

export type Actor = { id: number; name: string };

const ENTITY_NOUN: Record<EntityType, string> = {
  place: 'place',
  pairing: 'pairing',
  agreement: 'agreement',
  project: 'project',
  trade_figure: 'trade figure',
  source: 'source',
};

/** A short human label of a record for the audit log ("Slutsk District – Wuwei"). */
async function describe(tx: Tx, type: EntityType, s: Snapshot): Promise<string> {
  switch (type) {
    case 'place':
    case 'project':
      return String(s.nameEn);
    case 'agreement':
    case 'source':
      return String(s.title);
    case 'pairing': {
      const places = await tx.place.findMany({
        where: { id: { in: [s.byPlaceId as number, s.cnPlaceId as number] } },
        select: { id: true, nameEn: true },
      });
      const name = (id: unknown) => places.find((p) => p.id === id)?.nameEn ?? '?';
      return `${name(s.byPlaceId)} – ${name(s.cnPlaceId)}`;
    }
    case 'trade_figure':
      return `${s.year ?? 'undated'} ${String(s.flow).replace('_', ' ')} ${s.value} ${s.currency}`;
  }
}

export async function recordAudit(
  tx: Tx,
  event: {
    actor: Actor;
    entityType: AuditEntityType;
    entityId: number;
    action: AuditAction;
    before: object | null;
    after: object | null;
    label: string;
    revertOfId?: number;
  },
) {
  return tx.auditEvent.create({
    data: {
      userId: event.actor.id,
      entityType: event.entityType,
      entityId: event.entityId,
      action: event.action,
      before: event.before ? JSON.stringify(event.before) : null,
      after: event.after ? JSON.stringify(event.after) : null,
      label: event.label.slice(0, 300),
      revertOfId: event.revertOfId ?? null,
    },
    select: { id: true },
  });
}

/**
 * Why a save was refused: the changes saved since the version the editor loaded
 * (from the audit log), or, when the log does not cover them, every field of the
 * current record that differs from what the editor submitted.
 */
async function conflictInfo(tx: Tx, type: EntityType, current: Snapshot, expectedVersion: number, submitted: Record<string, unknown>): Promise<ConflictInfo> {
  const events = await tx.auditEvent.findMany({
    where: { entityType: type, entityId: current.id },
    orderBy: { id: 'asc' },
    select: { before: true, after: true, createdAt: true, user: { select: { name: true } } },
  });
  const later = events.filter((event) => {
    const after = event.after ? (JSON.parse(event.after) as Snapshot) : null;
    return after !== null && after.version > expectedVersion;
  });
  const seen = later[0]?.before ? (JSON.parse(later[0].before) as Snapshot) : null;
  const changes = seen
    ? diffSnapshots(seen, current)
    : diffSnapshots(
        Object.fromEntries(Object.keys(submitted).filter((key) => key in current).map((key) => [key, submitted[key]])),
        Object.fromEntries(Object.keys(submitted).filter((key) => key in current).map((key) => [key, current[key]])),
      );
  return {
    currentVersion: current.version,
    changes: changes.map((change) => (change.field in submitted ? { ...change, mine: submitted[change.field] ?? null } : change)),
    changedBy: later.map((event) => ({ name: event.user?.name ?? 'someone', at: event.createdAt.toISOString() })),
  };
}

async function conflict(tx: Tx, type: EntityType, current: Snapshot, expectedVersion: number, submitted: Record<string, unknown>) {
  const info = await conflictInfo(tx, type, current, expectedVersion, submitted);
  const who = info.changedBy.length ? ` by ${[...new Set(info.changedBy.map((c) => c.name))].join(', ')}` : '';
  return new ActionError(
    409,
    `This ${ENTITY_NOUN[type]} was changed${who} after you opened it (version ${expectedVersion} → ${current.version}). Nothing was saved. Review the changes below, then reload and apply yours again.`,
    { conflict: info },
  );
}

export async function readSnapshotOrThrow<T extends EntityType>(tx: Tx, type: T, id: number): Promise<EntitySnapshot<T>> {
  const snapshot = await readSnapshot(tx, type, id);
  if (!snapshot) throw new ActionError(404, `No ${ENTITY_NOUN[type]} with id ${id}.`);
  return snapshot;
}

/** Creates a record with its links and logs it. `values` holds every column an editor sets and every link. */
export async function createRecord<T extends EntityType>(tx: Tx, type: T, values: CreateValues<T>, actor: Actor): Promise<EntitySnapshot<T>> {
  await assertTargetsLive(tx, type, { ...values, id: 0, version: 0, deletedAt: null });
  const { id } = await delegate(tx, type).create({ data: scalarData(type, values), select: { id: true } });
  await writeRelations(tx, type, id, { ...values, id, version: 1, deletedAt: null });
  const after = await readSnapshotOrThrow(tx, type, id);
  await recordAudit(tx, { actor, entityType: type, entityId: id, action: 'create', before: null, after, label: await describe(tx, type, after) });
  return after;
}

/** What an editor's save passes: every edited column and every link, so none can be left out. */
export type EditValues<T extends EntityType> = EditedValues<T> & RelationValues[T];

/**
 * Applies `changes` to the record if it is still at `expectedVersion` (optimistic
 * concurrency); otherwise refuses with what changed. Logs before and after. Editors'
 * saves pass `EditValues`; delete, restore and revert pass part or all of a snapshot.
 */
export async function updateRecord<T extends EntityType>(
  tx: Tx,
  type: T,
  id: number,
  expectedVersion: number,
  changes: EditValues<T> | Partial<Omit<EntitySnapshot<T>, 'id' | 'version'>>,
  actor: Actor,
  options: { action?: AuditAction; revertOfId?: number } = {},
): Promise<EntitySnapshot<T>> {
  const before = await readSnapshotOrThrow(tx, type, id);
  if (before.version !== expectedVersion) throw await conflict(tx, type, before, expectedVersion, changes);
  const next = { ...before, ...changes } as Snapshot;
  await assertLifecycle(tx, type, before, next);
  const data: Record<string, unknown> = { ...scalarData(type, changes), version: { increment: 1 } };
  if ('deletedAt' in changes) data.deletedAt = changes.deletedAt ? new Date(String(changes.deletedAt)) : null;
  const { count } = await delegate(tx, type).updateMany({ where: { id, version: expectedVersion }, data });
  if (count === 0) throw await conflict(tx, type, (await readSnapshotOrThrow(tx, type, id)), expectedVersion, changes);
  await writeRelations(tx, type, id, next, Object.keys(changes));
  const after = await readSnapshotOrThrow(tx, type, id);
  await recordAudit(tx, {
    actor,
    entityType: type,
    entityId: id,
    action: options.action ?? 'update',
    before,
    after,
    label: await describe(tx, type, after),
    revertOfId: options.revertOfId,
  });
  return after;
}

/**
 * The rules of soft delete on every write (issue 12, item 4): a deleted record is
 * read-only until restored; a record still used by live ones cannot be deleted; a
 * live record cannot point at a deleted one (so a restore waits for its targets).
 */
async function assertLifecycle(tx: Tx, type: EntityType, before: Snapshot, next: Snapshot) {
  if (before.deletedAt && next.deletedAt) {
    throw new ActionError(409, `This ${ENTITY_NOUN[type]} is deleted; restore it before changing it. Nothing was saved.`);
  }
  if (next.deletedAt) await assertUnreferenced(tx, type, before.id);
  else await assertTargetsLive(tx, type, next);
}

/** Soft delete: the row stays, hidden from readers, and can be restored. */
export function softDeleteRecord(tx: Tx, type: EntityType, id: number, expectedVersion: number, actor: Actor) {
  return updateRecord(tx, type, id, expectedVersion, { deletedAt: new Date().toISOString() }, actor, { action: 'delete' });
}

export function restoreRecord(tx: Tx, type: EntityType, id: number, expectedVersion: number, actor: Actor) {
  return updateRecord(tx, type, id, expectedVersion, { deletedAt: null }, actor, { action: 'restore' });
}

/**
 * Undoes one logged change: a create is undone by deleting (softly), anything else by
 * writing back the `before` snapshot. Refused when the record changed after that
 * event (revert the later change first), so a revert never overwrites unseen work.
 */
export async function revertAuditEvent(tx: Tx, eventId: number, actor: Actor, options: { anyone: boolean }): Promise<Snapshot> {
  const event = await tx.auditEvent.findUnique({ where: { id: eventId } });
  if (!event) throw new ActionError(404, `No change with id ${eventId}.`);
  if (event.entityType === 'user') throw new ActionError(422, 'Changes to user accounts are undone on the users page.');
  if (!options.anyone && event.userId !== actor.id) {
    throw new ActionError(403, 'You can revert your own changes; ask an admin to revert a change someone else made.');
  }
  const type = event.entityType as EntityType;
  const after = event.after ? (JSON.parse(event.after) as Snapshot) : null;
  const before = event.before ? (JSON.parse(event.before) as Snapshot) : null;
  const current = await readSnapshotOrThrow(tx, type, event.entityId);
  if (!after || current.version !== after.version) {
    throw new ActionError(
      409,
      `This ${ENTITY_NOUN[type]} was changed again after that change (now version ${current.version}). Revert the later changes first.`,
      { conflict: { currentVersion: current.version, changes: diffSnapshots(after, current), changedBy: [] } },
    );
  }
  const target: Record<string, unknown> = before
    ? Object.fromEntries(Object.entries(before).filter(([key]) => !['id', 'version'].includes(key)))
    : { deletedAt: current.deletedAt ?? new Date().toISOString() };
  return updateRecord(tx, type, event.entityId, current.version, target, actor, { action: 'revert', revertOfId: event.id });
}
