import 'server-only';
import { ActionError, fieldError } from '@/lib/errors';
import { recordAudit, type Actor } from '@/lib/audit/changes';
import type { Tx } from '@/lib/db-types';
import { revokeUserSessions } from '@/lib/auth/session-store';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import type { UserCreate, UserUpdate } from './schema';

const userSnapshotSelect = { id: true, email: true, name: true, role: true, disabledAt: true, sessionVersion: true } as const;

type Db = PrismaClient | Tx;

function snapshot(user: { id: number; email: string; name: string; role: string; disabledAt: Date | null }) {
  return { id: user.id, email: user.email, name: user.name, role: user.role, disabledAt: user.disabledAt?.toISOString() ?? null };
}

/** What createUser stores: the password already hashed, so no hash runs inside a transaction. */
export type NewUser = Omit<UserCreate, 'password'> & { passwordHash: string };

/**
 * Creates an account from the admin form; with an actor the creation is logged.
 * (`npm run user:create` does not come through here: scripts/user-create.ts writes
 * the row itself, with no actor and no audit event.) The caller hashes first: a hash
 * (~0.7 s at full cost) inside the transaction held the write lock for all of it.
 */
export async function createUser(tx: Db, input: NewUser, actor: Actor | null) {
  const taken = await tx.user.findUnique({ where: { email: input.email }, select: { id: true } });
  if (taken) throw fieldError('email', 'An account with this email already exists');
  const user = await tx.user.create({
    data: { email: input.email, name: input.name, role: input.role, passwordHash: input.passwordHash, createdById: actor?.id ?? null },
    select: userSnapshotSelect,
  });
  if (actor) {
    await recordAudit(tx as Tx, { actor, entityType: 'user', entityId: user.id, action: 'create', before: null, after: snapshot(user), label: user.email });
  }
  return user;
}

/**
 * Changes role / enabled state. Any change of either (disabling, re-enabling,
 * demoting or promoting) revokes all of the user's sessions, which signs them out
 * everywhere at once. The last active admin stays an admin.
 */
export async function updateUser(tx: Tx, input: UserUpdate, actor: Actor) {
  const before = await tx.user.findUnique({ where: { id: input.id }, select: userSnapshotSelect });
  if (!before) throw new ActionError(404, 'No such user.');
  const losesAdmin = before.role === 'admin' && !before.disabledAt && (input.role !== 'admin' || input.disabled);
  if (losesAdmin) {
    const admins = await tx.user.count({ where: { role: 'admin', disabledAt: null } });
    if (admins <= 1) throw new ActionError(422, 'This is the last active admin; make someone else an admin first.');
  }
  if (input.id === actor.id && input.disabled) throw new ActionError(422, 'You cannot disable your own account.');
  const revoke = input.disabled !== (before.disabledAt !== null) || input.role !== before.role;
  const after = await tx.user.update({
    where: { id: input.id },
    data: {
      role: input.role,
      disabledAt: input.disabled ? (before.disabledAt ?? new Date()) : null,
    },
    select: userSnapshotSelect,
  });
  if (revoke) await revokeUserSessions(tx, after.id);
  await recordAudit(tx, { actor, entityType: 'user', entityId: after.id, action: 'update', before: snapshot(before), after: snapshot(after), label: after.email });
  return after;
}

/**
 * Sets a new (already hashed) password and ends the user's other sessions; the session
 * whose token is `keepToken` — the browser that made the change — stays signed in.
 */
export async function setPasswordHash(tx: Db, userId: number, passwordHash: string, keepToken?: string) {
  await tx.user.update({ where: { id: userId }, data: { passwordHash } });
  await revokeUserSessions(tx, userId, keepToken);
}

/**
 * A new password set by the user (`keepToken`: their browser stays signed in) or by an
 * admin (every session ends). Logged without any hash: the event says that, when and by whom.
 */
export async function setPassword(tx: Tx, userId: number, passwordHash: string, actor: Actor, keepToken?: string) {
  const user = await tx.user.findUnique({ where: { id: userId }, select: userSnapshotSelect });
  if (!user) throw new ActionError(404, 'No such user.');
  await setPasswordHash(tx, userId, passwordHash, keepToken);
  const changedAt = new Date().toISOString();
  await recordAudit(tx, {
    actor,
    entityType: 'user',
    entityId: userId,
    action: 'update',
    before: snapshot(user),
    after: { ...snapshot(user), passwordSetAt: changedAt },
    label: `${user.email}: ${actor.id === userId ? 'password changed' : 'password reset by an admin'}`,
  });
}
