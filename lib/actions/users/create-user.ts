'use server';
import { db } from '@/lib/db';
import { hashPassword } from '@/lib/auth/password';
import { adminAction } from '@/lib/actions/safe-action';
import { userCreateSchema } from '@/lib/users/schema';
import { createUser as writeUser } from '@/lib/users/write';

/** Admins add editors (and other admins). */
export const createUser = adminAction(userCreateSchema, async ({ password, ...input }, { user }) => {
  // Hash before the transaction: scrypt inside it held the write lock for the whole hash.
  const passwordHash = await hashPassword(password);
  return db.$transaction(async (tx) => {
    const created = await writeUser(tx, { ...input, passwordHash }, user);
    return { id: created.id };
  });
});
