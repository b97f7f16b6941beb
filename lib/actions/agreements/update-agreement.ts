'use server';
import { db } from '@/lib/db';
import { editorAction } from '@/lib/actions/safe-action';
import { agreementUpdateSchema } from '@/lib/agreements/schema';
import { updateAgreement as writeAgreement } from '@/lib/agreements/write';
import { resolveSourceRefs } from '@/lib/sources/write';

export const updateAgreement = editorAction(agreementUpdateSchema, (input, { user }) =>
  db.$transaction(async (tx) => {
    const sourceIds = await resolveSourceRefs(tx, input.sources, user);
    const agreement = await writeAgreement(tx, input.id, input.version, input.pairingId, input, sourceIds, user);
    return { id: agreement.id, version: agreement.version };
  }),
);
