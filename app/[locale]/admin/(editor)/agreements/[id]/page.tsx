import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { AgreementForm } from '@/components/admin/agreements/agreement-form';
import { CreatedNotice } from '@/components/admin/created-notice';
import { RecordActions } from '@/components/admin/form/record-actions';
import { AdminPageHeader } from '@/components/admin/page-header';
import { agreementFormValues } from '@/lib/admin/form-values';
import { getAgreementForEdit } from '@/lib/agreements/admin-queries';
import { Link } from '@/lib/i18n/navigation';
import { listPairingOptions } from '@/lib/pairings/admin-queries';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('admin.agreements');
  return { title: t('edit'), robots: { index: false } };
}

export default async function EditAgreementPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string; id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('admin');
  const agreement = /^\d+$/.test(id) ? await getAgreementForEdit(Number(id)) : null;
  if (!agreement) notFound();
  const pairings = await listPairingOptions();
  return (
    <div className="space-y-4">
      <AdminPageHeader
        title={agreement.title}
        description={<Link href={`/admin/audit?entity=agreement&record=${agreement.id}`}>{t('form.history')}</Link>}
        actions={<RecordActions entityType="agreement" id={agreement.id} version={agreement.version} deleted={agreement.deletedAt !== null} />}
      />
      <CreatedNotice searchParams={await searchParams} />
      <AgreementForm initial={agreementFormValues(agreement)} pairings={pairings} />
    </div>
  );
}
