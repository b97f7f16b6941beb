'use server';
import { db } from '@/lib/db';
import { editorAction } from '@/lib/actions/safe-action';
import { pairingUpdateSchema } from '@/lib/pairings/schema';
import { updatePairing as writePairing } from '@/lib/pairings/write';
import { resolveSourceRefs } from '@/lib/sources/write';

export const updatePairing = editorAction(pairingUpdateSchema, (input, { user }) =>
  db.$transaction(async (tx) => {
    const sourceIds = await resolveSourceRefs(tx, input.sources, user);
    return writePairing(tx, input, sourceIds, user);
  }),
);
