'use server';
import { db } from '@/lib/db';
import { editorAction } from '@/lib/actions/safe-action';
import { pairingCreateSchema } from '@/lib/pairings/schema';
import { createPairing as writePairing } from '@/lib/pairings/write';
import { resolveSourceRefs } from '@/lib/sources/write';

export const createPairing = editorAction(pairingCreateSchema, (input, { user }) =>
  db.$transaction(async (tx) => {
    const sourceIds = await resolveSourceRefs(tx, input.sources, user);
    return writePairing(tx, input, sourceIds, user);
  }),
  { created: (data) => `/admin/pairings/${data.id}?created=1` },
);
