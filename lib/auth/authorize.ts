import 'server-only';
import type { Role } from './roles';
import { getCurrentUser, type SessionUser } from './session';

export type Authorization =
  | { ok: true; user: SessionUser }
  | { ok: false; status: 401 | 403; error: string };

/**
 * The one authorization check every write goes through (server actions via
 * lib/actions/safe-action.ts, route handlers via lib/http/write-route.ts).
 */
export async function authorize(roles: readonly Role[]): Promise<Authorization> {
  const user = await getCurrentUser();
  if (!user) return { ok: false, status: 401, error: 'Sign in as an editor to make changes.' };
  if (!roles.includes(user.role)) {
    return { ok: false, status: 403, error: `Your role (${user.role}) may not do this; ask an admin.` };
  }
  return { ok: true, user };
}
