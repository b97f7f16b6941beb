'use server';
import { db } from '@/lib/db';
import { adminAction } from '@/lib/actions/safe-action';
import { userCreateSchema } from '@/lib/users/schema';
import { createUser as writeUser } from '@/lib/users/write';

/** Admins add editors (and other admins). */
export const createUser = adminAction(userCreateSchema, (input, { user }) =>
  db.$transaction(async (tx) => {
    const created = await writeUser(tx, input, user);
    return { id: created.id };
  }),
);
