import { beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '@/lib/db';
import { revertChange } from '@/lib/actions/audit/revert-change';
import { updatePlace } from '@/lib/actions/places/update-place';
import { changeOwnPassword } from '@/lib/actions/users/change-password';
import { resetUserPassword } from '@/lib/actions/users/reset-password';
import { updateUser } from '@/lib/actions/users/update-user';
import { verifyPassword } from '@/lib/auth/password';
import { getAuditEvent, listAuditEvents, listAuditUsers, parseAuditFilters } from '@/lib/audit/queries';
import { placeFormValues } from '@/lib/admin/form-values';
import { cookieJar } from '../helpers/session';
import { actAs, KNOWN_PASSWORD, makeUser } from '../helpers/users';

vi.mock('next/headers', async () => (await import('../helpers/session')).nextHeadersMock);
vi.mock('next/cache', async () => (await import('../helpers/session')).nextCacheMock);

const { getCurrentUser } = await import('@/lib/auth/session');

/**
 * Issue 12, item 16: editors are no longer sent to "Only admins see the audit log".
 * They read the history of the atlas data (not of user accounts), revert their own
 * changes (not others'), change their own password (current one required, other
 * sessions end); admins reset a user's password (every session of that user ends).
 */
type Editor = Awaited<ReturnType<typeof makeUser>>;

/** Renames a place through the real action, returning its audit event. */
async function renamePlace(slug: string, nameEn: string) {
  const place = await db.place.findUniqueOrThrow({ where: { slug }, include: { names: true, sources: true } });
  const values = placeFormValues({ ...place, names: place.names.filter((n) => n.kind !== 'official') });
  const result = await updatePlace({ ...values, nameEn });
  expect(result).toMatchObject({ ok: true });
  return db.auditEvent.findFirstOrThrow({ where: { entityType: 'place', entityId: place.id }, orderBy: { id: 'desc' } });
}

/** A second browser of the same user: its own session cookie, captured and restorable. */
async function secondBrowser(user: Editor) {
  await actAs(user);
  const other = cookieJar.get('atlas_session')!;
  await actAs(user);
  const current = cookieJar.get('atlas_session')!;
  return {
    use: (which: 'other' | 'current') => {
      cookieJar.clear();
      const cookie = which === 'other' ? other : current;
      cookieJar.set(cookie.name, cookie);
    },
  };
}

let editor: Editor;
let colleague: Editor;
let admin: Editor;

beforeEach(async () => {
  editor = await makeUser('editor');
  colleague = await makeUser('editor');
  admin = await makeUser('admin');
});

describe('the audit log for editors', () => {
  it('shows editors the history of records, but not changes to user accounts', async () => {
    await actAs(admin);
    expect(await updateUser({ id: colleague.id, role: 'editor', disabled: true })).toMatchObject({ ok: true });
    const accountEvent = await db.auditEvent.findFirstOrThrow({ where: { entityType: 'user', entityId: colleague.id } });
    await actAs(editor);
    const placeEvent = await renamePlace('gansu', 'Gansu (edited by an editor)');

    const { rows } = await listAuditEvents(parseAuditFilters({}));
    expect(rows.map((r) => r.id)).toContain(placeEvent.id);
    expect(rows.some((r) => r.entityType === 'user')).toBe(false);
    expect((await listAuditEvents(parseAuditFilters({ entity: 'user' }))).total).toBe(0);
    expect(await getAuditEvent(placeEvent.id)).toMatchObject({ id: placeEvent.id, entityType: 'place' });
    expect(await getAuditEvent(accountEvent.id)).toBeNull();
    expect((await listAuditUsers()).every((u) => u.email === undefined)).toBe(true);

    await actAs(admin);
    expect(await getAuditEvent(accountEvent.id)).toMatchObject({ id: accountEvent.id });
  });

  it('lets an editor revert their own change, not a colleague’s', async () => {
    await actAs(colleague);
    const theirs = await renamePlace('shaanxi', 'Shaanxi (colleague)');
    await actAs(editor);
    expect(await revertChange({ eventId: theirs.id })).toMatchObject({ ok: false, status: 403 });
    expect((await db.place.findUniqueOrThrow({ where: { slug: 'shaanxi' } })).nameEn).toBe('Shaanxi (colleague)');

    await actAs(colleague);
    expect(await revertChange({ eventId: theirs.id })).toMatchObject({ ok: true });
    expect((await db.place.findUniqueOrThrow({ where: { slug: 'shaanxi' } })).nameEn).toBe('Shaanxi');
  });
});

describe('changing one’s own password', () => {
  it('refuses a wrong current password and changes nothing', async () => {
    await actAs(editor);
    const result = await changeOwnPassword({ currentPassword: 'not my password at all', newPassword: 'a brand new password', confirmPassword: 'a brand new password' });
    expect(result).toMatchObject({ ok: false, status: 422, fieldErrors: { currentPassword: ['This is not your current password'] } });
    const row = await db.user.findUniqueOrThrow({ where: { id: editor.id } });
    expect(row.passwordHash).toBe(editor.passwordHash);
    expect(await changeOwnPassword({ currentPassword: KNOWN_PASSWORD, newPassword: 'a brand new password', confirmPassword: 'another new password' })).toMatchObject({
      ok: false,
      fieldErrors: { confirmPassword: ['The two new passwords differ'] },
    });
  });

  it('sets the new password, ends the other sessions and keeps this browser signed in; logged without the hash', async () => {
    const browsers = await secondBrowser(editor);
    browsers.use('current');
    expect(await changeOwnPassword({ currentPassword: KNOWN_PASSWORD, newPassword: 'a brand new password', confirmPassword: 'a brand new password' })).toMatchObject({ ok: true });
    const row = await db.user.findUniqueOrThrow({ where: { id: editor.id } });
    expect(await verifyPassword('a brand new password', row.passwordHash)).toBe(true);
    expect(await verifyPassword(KNOWN_PASSWORD, row.passwordHash)).toBe(false);
    expect(await getCurrentUser()).toMatchObject({ id: editor.id });
    browsers.use('other');
    expect(await getCurrentUser()).toBeNull();
    const event = await db.auditEvent.findFirstOrThrow({ where: { entityType: 'user', entityId: editor.id }, orderBy: { id: 'desc' } });
    expect(event.label).toContain('password changed');
    expect(`${event.before}${event.after}`).not.toContain('scrypt');
  });
});

describe('an admin resetting a password', () => {
  it('sets it and ends every session of that user; editors may not', async () => {
    await actAs(colleague);
    await actAs(editor);
    expect(await resetUserPassword({ id: colleague.id, password: 'reset by an editor?' })).toMatchObject({ ok: false, status: 403 });
    await actAs(admin);
    expect(await resetUserPassword({ id: colleague.id, password: 'short' })).toMatchObject({ ok: false, status: 422, fieldErrors: { password: [expect.stringMatching(/12/)] } });
    expect(await resetUserPassword({ id: colleague.id, password: 'a password from the admin' })).toMatchObject({ ok: true });
    const row = await db.user.findUniqueOrThrow({ where: { id: colleague.id } });
    expect(await verifyPassword('a password from the admin', row.passwordHash)).toBe(true);
    expect(await db.session.count({ where: { userId: colleague.id, revokedAt: null } })).toBe(0);
    expect(await db.session.count({ where: { userId: colleague.id } })).toBeGreaterThan(0);
  });
});
