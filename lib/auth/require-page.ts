import 'server-only';
import { redirect } from '@/lib/i18n/navigation';
import { ADMIN_ROLES, EDITOR_ROLES, type Role } from './roles';
import { getCurrentUser, type SessionUser } from './session';

/**
 * For admin pages: the signed-in user with one of `roles`, or a redirect to the
 * sign-in page (no session) — the real check behind proxy.ts's optimistic one.
 * Returns null when signed in without the role, so the page can say so.
 */
async function requireRole(locale: string, roles: readonly Role[], next: string): Promise<SessionUser | null> {
  const user = await getCurrentUser();
  if (!user) redirect({ href: { pathname: '/admin/sign-in', query: { next } }, locale });
  if (!roles.includes(user!.role)) return null;
  return user!;
}

export const requireEditorPage = (locale: string, next = '/admin') => requireRole(locale, EDITOR_ROLES, next);
export const requireAdminPage = (locale: string, next = '/admin') => requireRole(locale, ADMIN_ROLES, next);
