/** Who may write: admins manage users and everything; editors edit data. */
export const ROLES = ['admin', 'editor'] as const;
export type Role = (typeof ROLES)[number];

export const EDITOR_ROLES: readonly Role[] = ['admin', 'editor'];
export const ADMIN_ROLES: readonly Role[] = ['admin'];

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

/** Name of the sealed session cookie; also read (for presence only) by proxy.ts. */
export const SESSION_COOKIE = 'atlas_session';
