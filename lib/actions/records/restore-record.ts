'use server';
import { db } from '@/lib/db';
import { editorAction } from '@/lib/actions/safe-action';
import { restoreRecord as restore } from '@/lib/audit/changes';
import { recordRefSchema } from './schema';

export const restoreRecord = editorAction(recordRefSchema, (input, { user }) =>
  db.$transaction(async (tx) => {
    const after = await restore(tx, input.entityType, input.id, input.version, user);
    return { id: after.id, version: after.version };
  }),
);
