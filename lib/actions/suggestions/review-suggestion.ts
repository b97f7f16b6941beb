'use server';
import { z } from 'zod';
import { editorAction } from '@/lib/actions/safe-action';
import { db } from '@/lib/db';
import { ActionError } from '@/lib/errors';
import { recordId, requiredText } from '@/lib/forms/fields';

/** Only a new suggestion can be reviewed; a second editor's click finds it decided and says so. */
async function decide(id: number, data: { status: 'accepted' | 'rejected'; rejectReason?: string }, userId: number) {
  const { count } = await db.suggestion.updateMany({
    where: { id, status: 'new' },
    data: { ...data, reviewedById: userId, reviewedAt: new Date() },
  });
  if (count === 0) throw new ActionError(409, 'This suggestion has been reviewed already; reload to see by whom.');
  return { id };
}

/** Reject with a reason (kept with who and when). Changes nothing in the atlas. */
export const rejectSuggestion = editorAction(
  z.object({ id: recordId('Missing suggestion id'), reason: requiredText('Reason', 1000) }),
  (input, { user }) => decide(input.id, { status: 'rejected', rejectReason: input.reason }, user.id),
);

/**
 * Accept: records who and when, then the editor goes on to the edit form the inbox links
 * to, where the proposal is shown beside the fields; the atlas changes only when that
 * form is saved (validation, conflicts and the audit log as for any edit).
 */
export const acceptSuggestion = editorAction(z.object({ id: recordId('Missing suggestion id') }), (input, { user }) =>
  decide(input.id, { status: 'accepted' }, user.id),
);
