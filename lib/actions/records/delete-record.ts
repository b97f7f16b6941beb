'use server';
import { db } from '@/lib/db';
import { editorAction } from '@/lib/actions/safe-action';
import { softDeleteRecord } from '@/lib/audit/changes';
import { recordRefSchema } from './schema';

/** Soft delete of any editable record; undone by restoreRecord. */
export const deleteRecord = editorAction(recordRefSchema, (input, { user }) =>
  db.$transaction(async (tx) => {
    const after = await softDeleteRecord(tx, input.entityType, input.id, input.version, user);
    return { id: after.id, version: after.version };
  }),
);
