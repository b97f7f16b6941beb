'use server';
import { db } from '@/lib/db';
import { editorAction } from '@/lib/actions/safe-action';
import { agreementCreateSchema } from '@/lib/agreements/schema';
import { createAgreement as writeAgreement } from '@/lib/agreements/write';
import { resolveSourceRefs } from '@/lib/sources/write';

export const createAgreement = editorAction(agreementCreateSchema, (input, { user }) =>
  db.$transaction(async (tx) => {
    const sourceIds = await resolveSourceRefs(tx, input.sources, user);
    const agreement = await writeAgreement(tx, input.pairingId, input, sourceIds, user);
    return { id: agreement.id };
  }),
  { created: (data) => `/admin/agreements/${data.id}?created=1` },
);
