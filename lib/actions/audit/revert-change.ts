'use server';
import { db } from '@/lib/db';
import { editorAction } from '@/lib/actions/safe-action';
import { revertAuditEvent } from '@/lib/audit/changes';
import { revertSchema } from '@/lib/actions/records/schema';

/**
 * Undoes one logged change, from the audit log: editors their own changes, admins
 * anyone's. The revert is itself logged.
 */
export const revertChange = editorAction(revertSchema, (input, { user }) =>
  db.$transaction(async (tx) => {
    const after = await revertAuditEvent(tx, input.eventId, user, { anyone: user.role === 'admin' });
    return { id: after.id, version: after.version };
  }),
);
