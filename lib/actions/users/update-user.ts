'use server';
import { db } from '@/lib/db';
import { adminAction } from '@/lib/actions/safe-action';
import { userUpdateSchema } from '@/lib/users/schema';
import { updateUser as writeUser } from '@/lib/users/write';

/** Admins change a user's role or disable / re-enable the account. */
export const updateUser = adminAction(userUpdateSchema, (input, { user }) =>
  db.$transaction(async (tx) => {
    const updated = await writeUser(tx, input, user);
    return { id: updated.id };
  }),
);
