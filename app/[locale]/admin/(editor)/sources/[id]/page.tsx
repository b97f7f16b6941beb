import { notFound } from 'next/navigation';
import { setRequestLocale } from 'next-intl/server';
import { CreatedNotice } from '@/components/admin/created-notice';
import { ReadOnlyWhenDeleted, RecordEditHeader } from '@/components/admin/record-edit-header';
import { adminMetadata, parseRecordId } from '@/lib/admin/page-metadata';
import { SourceForm } from '@/components/admin/sources/source-form';
import { sourceFormValues } from '@/lib/admin/form-values';
import { getSourceForEdit } from '@/lib/sources/admin-queries';
import { requireEditorPage } from '@/lib/auth/require-page';

export const generateMetadata = adminMetadata('admin.sourcesAdmin', 'edit');

export default async function EditSourcePage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string; id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  // Checked here, not only in the layout: layouts do not re-run on client navigation.
  if (!(await requireEditorPage(locale, `/admin/sources/${id}`))) notFound();
  const recordId = parseRecordId(id);
  const source = recordId === null ? null : await getSourceForEdit(recordId);
  if (!source) notFound();
  return (
    <div className="space-y-4">
      <RecordEditHeader
        entityType="source"
        record={source}
        title={source.title}
      />
      <CreatedNotice searchParams={await searchParams} />
      <ReadOnlyWhenDeleted deleted={source.deletedAt !== null}>
      <SourceForm defaults={sourceFormValues(source)} />
      </ReadOnlyWhenDeleted>
    </div>
  );
}
