import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { AdminPageHeader, Forbidden } from '@/components/admin/page-header';
import { TableFrame, Th } from '@/components/admin/table';
import { AddUserForm, UserRowActions } from '@/components/admin/users/user-admin';
import { ResetPasswordControl } from '@/components/admin/users/reset-password';
import { requireAdminPage } from '@/lib/auth/require-page';
import { listUsers } from '@/lib/users/queries';
import { Timestamp } from '@/components/admin/timestamp';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('admin.users');
  return { title: t('title'), robots: { index: false } };
}

export default async function UsersPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('admin.users');
  const me = await requireAdminPage(locale, '/admin/users');
  if (!me) return <Forbidden message={t('adminsOnly')} />;
  const users = await listUsers();
  return (
    <div className="space-y-6">
      <AdminPageHeader title={t('title')} description={t('intro')} />
      <AddUserForm />
      <TableFrame
        empty={null}
        head={
          <>
            <Th>{t('name')}</Th>
            <Th>{t('email')}</Th>
            <Th>{t('status')}</Th>
            <Th>{t('lastSignIn')}</Th>
            <Th>{t('actions')}</Th>
          </>
        }
      >
        {users.map((user) => (
          <tr key={user.id} data-testid="user-row" className={user.disabledAt ? 'text-muted' : ''}>
            <td className="px-3 py-2 font-medium">{user.name}</td>
            <td className="px-3 py-2">{user.email}</td>
            <td className="px-3 py-2">{user.disabledAt ? t('disabled') : t('active')}</td>
            <td className="px-3 py-2 text-xs tabular-nums">{user.lastSignInAt ? <Timestamp value={user.lastSignInAt} /> : '—'}</td>
            <td className="px-3 py-2">
              <UserRowActions
                self={user.id === me.id}
                user={{ ...user, disabledAt: user.disabledAt?.toISOString() ?? null, lastSignInAt: user.lastSignInAt?.toISOString() ?? null }}
              />
              {user.id !== me.id && <ResetPasswordControl user={{ id: user.id, name: user.name }} />}
            </td>
          </tr>
        ))}
      </TableFrame>
    </div>
  );
}
