import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { PasswordChangeForm } from '@/components/admin/account/password-form';
import { AdminPageHeader } from '@/components/admin/page-header';
import { adminMetadata } from '@/lib/admin/page-metadata';
import { requireEditorPage } from '@/lib/auth/require-page';

export const generateMetadata = adminMetadata('editing.account');

/** Every signed-in user's own account: who they are, and their password. */
export default async function AccountPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  // Checked here, not only in the layout: layouts do not re-run on client navigation.
  const me = await requireEditorPage(locale, '/admin/account');
  if (!me) notFound();
  const t = await getTranslations('editing.account');
  const roles = await getTranslations('admin.users.roles');
  return (
    <div className="space-y-4">
      <AdminPageHeader title={t('title')} description={t('who', { name: me.name, email: me.email, role: roles(me.role) })} />
      <PasswordChangeForm />
    </div>
  );
}
