'use server';
import { db } from '@/lib/db';
import { editorAction } from '@/lib/actions/safe-action';
import { hashPassword, verifyPassword } from '@/lib/auth/password';
import { ACCOUNT_CLIENT, release, reserve } from '@/lib/auth/rate-limit';
import { currentSessionToken } from '@/lib/auth/session';
import { fieldError, ActionError } from '@/lib/errors';
import { passwordChangeSchema } from '@/lib/users/schema';
import { setPassword } from '@/lib/users/write';

/**
 * Every signed-in user changes their own password. The current password is required
 * (a borrowed, still-open session cannot lock the owner out) and throttled like a
 * sign-in; the change ends every other session of the account, this browser stays in.
 */
export const changeOwnPassword = editorAction(
  passwordChangeSchema,
  async (input, { user }) => {
    const key = `password-change:${user.id}`;
    const slot = await reserve(key, ACCOUNT_CLIENT);
    if (!slot.granted) throw new ActionError(422, `Too many wrong current passwords. Try again in ${slot.retryAfterSeconds} s.`);
    const row = await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { passwordHash: true } });
    if (!(await verifyPassword(input.currentPassword, row.passwordHash))) throw fieldError('currentPassword', 'This is not your current password');
    await release(key, 'clear');
    // Hash before the transaction: scrypt inside it would hold the write lock for the whole hash.
    const passwordHash = await hashPassword(input.newPassword);
    const keep = await currentSessionToken();
    await db.$transaction((tx) => setPassword(tx, user.id, passwordHash, user, keep));
    return { id: user.id };
  },
  { revalidate: false },
);
