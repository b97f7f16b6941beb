import 'server-only';
import { ADMIN_ROLES, EDITOR_ROLES, type Role } from './roles';
import { getCurrentUser } from './session';

/**
 * The loader half of "authorise where data is read" (the page half is require-page.ts):
 * every admin data loader checks the session itself, so no page, route or future
 * caller can read admin data by forgetting to. getCurrentUser is cached per request.
 */
/** Thrown by a loader called without a session allowed to read it. */
export class ReadDeniedError extends Error {
  constructor(readonly status: 401 | 403) {
    super(status === 401 ? 'Sign in to read admin data.' : 'Your role may not read this.');
  }
}

function loader<A extends unknown[], R>(roles: readonly Role[], load: (...args: A) => Promise<R>) {
  return async (...args: A): Promise<R> => {
    const user = await getCurrentUser();
    if (!user) throw new ReadDeniedError(401);
    if (!roles.includes(user.role)) throw new ReadDeniedError(403);
    return load(...args);
  };
}

/** An admin data loader that refuses to read without an editor's (or admin's) live session. */
export const editorLoader = <A extends unknown[], R>(load: (...args: A) => Promise<R>) => loader(EDITOR_ROLES, load);
/** An admin data loader that only admins may call (users, the audit log). */
export const adminLoader = <A extends unknown[], R>(load: (...args: A) => Promise<R>) => loader(ADMIN_ROLES, load);
