import { z } from 'zod';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from '@/lib/auth/password-policy';
import { ROLES } from '@/lib/auth/roles';
import { recordId, requiredText } from '@/lib/forms/fields';

const email = z
  .string({ error: 'Enter your email address' })
  .trim()
  .toLowerCase()
  .pipe(z.email({ error: 'Enter a valid email address' }).max(254, 'At most 254 characters'));

export const signInSchema = z.object({
  email,
  password: z.string({ error: 'Enter your password' }).min(1, 'Enter your password').max(MAX_PASSWORD_LENGTH, 'Password too long'),
});

export const passwordSchema = z
  .string({ error: 'Choose a password' })
  .min(MIN_PASSWORD_LENGTH, `At least ${MIN_PASSWORD_LENGTH} characters`)
  .max(MAX_PASSWORD_LENGTH, `At most ${MAX_PASSWORD_LENGTH} characters`);

export const userCreateSchema = z.object({
  email,
  name: requiredText('Name', 120),
  role: z.enum(ROLES, { error: 'Choose admin or editor' }),
  password: passwordSchema,
});

export const userUpdateSchema = z.object({
  id: recordId('Missing user id'),
  role: z.enum(ROLES, { error: 'Choose admin or editor' }),
  disabled: z.boolean(),
});

/** "Change my password": the current one proves it is the owner, not a borrowed session. */
export const passwordChangeSchema = z
  .object({
    currentPassword: z.string({ error: 'Enter your current password' }).min(1, 'Enter your current password').max(MAX_PASSWORD_LENGTH, 'Password too long'),
    newPassword: passwordSchema,
    confirmPassword: z.string({ error: 'Type the new password again' }),
  })
  .refine((v) => v.confirmPassword === v.newPassword, { path: ['confirmPassword'], error: 'The two new passwords differ' })
  .refine((v) => v.newPassword !== v.currentPassword, { path: ['newPassword'], error: 'Choose a password different from the current one' });

/** An admin sets a new password for someone who lost theirs. */
export const passwordResetSchema = z.object({ id: recordId('Missing user id'), password: passwordSchema });

export type SignInInput = z.output<typeof signInSchema>;
export type UserCreate = z.output<typeof userCreateSchema>;
export type UserUpdate = z.output<typeof userUpdateSchema>;
