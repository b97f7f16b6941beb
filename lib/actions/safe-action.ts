import 'server-only';
import { parseWithZod } from '@conform-to/zod/v4';
import { redirect } from 'next/navigation';
import { getLocale } from 'next-intl/server';
import type { z } from 'zod';
import { authorize } from '@/lib/auth/authorize';
import { ADMIN_ROLES, EDITOR_ROLES, type Role } from '@/lib/auth/roles';
import type { SessionUser } from '@/lib/auth/session';
import { revalidateAtlasData } from '@/lib/cache/atlas-data';
import { toConformErrors } from '@/lib/forms/conform-names';
import { toFieldErrors } from '@/lib/forms/fields';
import { ActionError } from '@/lib/errors';
import { DATABASE_UNAVAILABLE_MESSAGE, isDatabaseUnavailable } from '@/lib/db-errors';
import { PasswordHasherBusyError } from '@/lib/auth/password';
import type { ActionResult } from './result';

type Handler<S extends z.ZodType, T> = (input: z.output<S>, context: { user: SessionUser }) => Promise<T>;
type Options<T> = {
  revalidate: boolean;
  /** Where a form posted without JavaScript goes after a create (a path below the locale). */
  created?: (data: T) => string;
};

const INVALID = 'Some fields need attention; nothing was saved.';

/**
 * Wraps one write as a server action: checks the session and role FIRST (before the
 * input is even parsed), validates with the entity's zod schema (field errors back
 * to the form), runs the write, revalidates cached pages, and never throws to the
 * client. Every `'use server'` export in lib/actions is built with this.
 *
 * Two callers: the forms with JavaScript call `action(values)` with the form's values
 * as one plain object; a form posted without JavaScript arrives as React's form-action
 * call `action(previousState, formData)`, parsed by Conform into the same object and
 * answered with Conform's reply (so the page re-renders with what was typed).
 */
function defineAction<S extends z.ZodType, T>(roles: readonly Role[], schema: S, handler: Handler<S, T>, options: Options<T>) {
  return async function action(input: unknown, formData?: unknown): Promise<ActionResult<T>> {
    const auth = await authorize(roles);
    if (!auth.ok) return { ok: false, status: auth.status, error: auth.error };
    if (formData instanceof FormData) return runPosted(formData, auth.user);
    const parsed = schema.safeParse(input);
    if (!parsed.success) return { ok: false, status: 422, error: INVALID, fieldErrors: toFieldErrors(parsed.error) };
    return run(parsed.data, auth.user);
  };

  async function run(input: z.output<S>, user: SessionUser): Promise<ActionResult<T>> {
    try {
      const data = await handler(input, { user });
      if (options.revalidate) revalidateAtlasData();
      return { ok: true, data };
    } catch (error) {
      if (error instanceof ActionError) return error.toResult();
      // Password writes wait for the bounded hasher; when it is full, say so (nothing was written).
      if (error instanceof PasswordHasherBusyError) return { ok: false, status: 503, error: error.message };
      console.error('[action] failed', error);
      if (isDatabaseUnavailable(error)) return { ok: false, status: 503, error: DATABASE_UNAVAILABLE_MESSAGE };
      return { ok: false, status: 500, error: 'The change could not be saved because of a server error. Nothing was saved; try again.' };
    }
  }

  async function runPosted(formData: FormData, user: SessionUser): Promise<ActionResult<T>> {
    const submission = parseWithZod(formData, { schema, disableAutoCoercion: true });
    // Not "success": invalid input, or a list intent (add/remove a source) without JavaScript.
    if (submission.status !== 'success') return { ok: false, status: 422, error: submission.status === 'error' ? INVALID : '', submission: submission.reply() };
    const result = await run(submission.value as z.output<S>, user);
    if (result.ok && options.created) redirect(`/${await getLocale()}${options.created(result.data)}`);
    return {
      ...result,
      submission: result.ok ? submission.reply() : submission.reply({ formErrors: [result.error], fieldErrors: toConformErrors(result.fieldErrors) }),
    };
  }
}

/**
 * A write by an editor or admin: to the atlas data (revalidates the cached pages, the
 * default) or, with `revalidate: false`, to their own account.
 */
export function editorAction<S extends z.ZodType, T>(schema: S, handler: Handler<S, T>, options: Partial<Options<T>> = {}) {
  return defineAction(EDITOR_ROLES, schema, handler, { revalidate: true, ...options });
}

/** A write only admins may make (user accounts; reverts from the audit log). */
export function adminAction<S extends z.ZodType, T>(schema: S, handler: Handler<S, T>, options: Options<T> = { revalidate: false }) {
  return defineAction(ADMIN_ROLES, schema, handler, options);
}
