import { notFound } from 'next/navigation';
import { setRequestLocale } from 'next-intl/server';
import { AgreementForm } from '@/components/admin/agreements/agreement-form';
import { CreatedNotice } from '@/components/admin/created-notice';
import { ReadOnlyWhenDeleted, RecordEditHeader } from '@/components/admin/record-edit-header';
import { adminMetadata, parseRecordId } from '@/lib/admin/page-metadata';
import { agreementFormValues } from '@/lib/admin/form-values';
import { getAgreementForEdit } from '@/lib/agreements/admin-queries';
import { listPairingOptions } from '@/lib/pairings/admin-queries';
import { requireEditorPage } from '@/lib/auth/require-page';

export const generateMetadata = adminMetadata('admin.agreements', 'edit');

export default async function EditAgreementPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string; id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  // Checked here, not only in the layout: layouts do not re-run on client navigation.
  if (!(await requireEditorPage(locale, `/admin/agreements/${id}`))) notFound();
  const recordId = parseRecordId(id);
  const agreement = recordId === null ? null : await getAgreementForEdit(recordId);
  if (!agreement) notFound();
  const pairings = await listPairingOptions();
  return (
    <div className="space-y-4">
      <RecordEditHeader
        entityType="agreement"
        record={agreement}
        title={agreement.title}
      />
      <CreatedNotice searchParams={await searchParams} />
      <ReadOnlyWhenDeleted deleted={agreement.deletedAt !== null}>
      <AgreementForm defaults={agreementFormValues(agreement)} pairings={pairings} />
      </ReadOnlyWhenDeleted>
    </div>
  );
}
