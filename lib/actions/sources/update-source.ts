'use server';
import { db } from '@/lib/db';
import { editorAction } from '@/lib/actions/safe-action';
import { updateRecord } from '@/lib/audit/changes';
import { sourceUpdateSchema } from '@/lib/sources/schema';
import { sourceValues } from '@/lib/sources/write';

export const updateSource = editorAction(sourceUpdateSchema, (input, { user }) =>
  db.$transaction(async (tx) => {
    const source = await updateRecord(tx, 'source', input.id, input.version, sourceValues(input), user);
    return { id: source.id, version: source.version };
  }),
);
