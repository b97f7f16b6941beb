'use server';
import { db } from '@/lib/db';
import { adminAction } from '@/lib/actions/safe-action';
import { revertAuditEvent } from '@/lib/audit/changes';
import { revertSchema } from '@/lib/actions/records/schema';

/** Undoes one logged change (admins, from the audit log); the revert is itself logged. */
export const revertChange = adminAction(
  revertSchema,
  (input, { user }) =>
    db.$transaction(async (tx) => {
      const after = await revertAuditEvent(tx, input.eventId, user);
      return { id: after.id, version: after.version };
    }),
  { revalidate: true },
);
