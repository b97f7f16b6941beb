import 'server-only';
import type { z } from 'zod';
import { authorize } from '@/lib/auth/authorize';
import { ADMIN_ROLES, EDITOR_ROLES, type Role } from '@/lib/auth/roles';
import type { SessionUser } from '@/lib/auth/session';
import { revalidateAtlasData } from '@/lib/cache/atlas-data';
import { toFieldErrors } from '@/lib/forms/fields';
import { ActionError } from '@/lib/errors';
import { PasswordHasherBusyError } from '@/lib/auth/password';
import type { ActionResult } from './result';

type Handler<S extends z.ZodType, T> = (input: z.output<S>, context: { user: SessionUser }) => Promise<T>;

/**
 * Wraps one write as a server action: checks the session and role FIRST (before the
 * input is even parsed), validates with the entity's zod schema (field errors back
 * to the form), runs the write, revalidates cached pages, and never throws to the
 * client. Every `'use server'` export in lib/actions is built with this.
 */
function defineAction<S extends z.ZodType, T>(roles: readonly Role[], schema: S, handler: Handler<S, T>, options: { revalidate: boolean }) {
  return async function action(input: unknown): Promise<ActionResult<T>> {
    const auth = await authorize(roles);
    if (!auth.ok) return { ok: false, status: auth.status, error: auth.error };
    const parsed = schema.safeParse(input);
    if (!parsed.success) {
      return { ok: false, status: 422, error: 'Some fields need attention; nothing was saved.', fieldErrors: toFieldErrors(parsed.error) };
    }
    try {
      const data = await handler(parsed.data, { user: auth.user });
      if (options.revalidate) revalidateAtlasData();
      return { ok: true, data };
    } catch (error) {
      if (error instanceof ActionError) return error.toResult();
      // Password writes wait for the bounded hasher; when it is full, say so (nothing was written).
      if (error instanceof PasswordHasherBusyError) return { ok: false, status: 503, error: error.message };
      console.error('[action] failed', error);
      return { ok: false, status: 500, error: 'The change could not be saved because of a server error. Nothing was saved; try again.' };
    }
  };
}

/** A write by an editor or admin: to the atlas data (revalidates the cached pages) or to their own account. */
export function editorAction<S extends z.ZodType, T>(schema: S, handler: Handler<S, T>, options = { revalidate: true }) {
  return defineAction(EDITOR_ROLES, schema, handler, options);
}

/** A write only admins may make (user accounts; reverts from the audit log). */
export function adminAction<S extends z.ZodType, T>(schema: S, handler: Handler<S, T>, options = { revalidate: false }) {
  return defineAction(ADMIN_ROLES, schema, handler, options);
}
