import 'server-only';
import { redirect } from '@/lib/i18n/navigation';
import { ADMIN_ROLES, EDITOR_ROLES, type Role } from './roles';
import { getCurrentUser, type SessionUser } from './session';

/**
 * Authorisation where admin data is read. Every admin page calls requireEditorPage or
 * requireAdminPage itself — layouts do not re-run on client navigation, so a check only
 * in app/[locale]/admin/(editor)/layout.tsx would let a disabled editor's open tab keep
 * reading — and every admin data loader is wrapped in editorLoader / adminLoader
 * (lib/auth/require-data.ts: no redirect there, so it imports no navigation code).
 * getCurrentUser is cached per request, so the repeated checks cost one query.
 * tests/db/admin-read-authorization.test.ts enforces both.
 */

/**
 * For admin pages: the signed-in user with one of `roles`, or a redirect to the
 * sign-in page (no live session) — the real check behind proxy.ts's optimistic one.
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
