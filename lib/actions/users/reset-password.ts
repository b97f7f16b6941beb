'use server';
import { db } from '@/lib/db';
import { adminAction } from '@/lib/actions/safe-action';
import { hashPassword } from '@/lib/auth/password';
import { ActionError } from '@/lib/errors';
import { passwordResetSchema } from '@/lib/users/schema';
import { setPassword } from '@/lib/users/write';

/** Admins set a new password for a user who lost theirs; all of that user's sessions end. */
export const resetUserPassword = adminAction(passwordResetSchema, async (input, { user }) => {
  if (input.id === user.id) throw new ActionError(422, 'Change your own password on the “Your account” page (it asks for the current one).');
  const passwordHash = await hashPassword(input.password);
  await db.$transaction((tx) => setPassword(tx, input.id, passwordHash, user));
  return { id: input.id };
});
