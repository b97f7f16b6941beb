import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { CreatedNotice } from '@/components/admin/created-notice';
import { RecordActions } from '@/components/admin/form/record-actions';
import { AdminPageHeader } from '@/components/admin/page-header';
import { SourceForm } from '@/components/admin/sources/source-form';
import { sourceFormValues } from '@/lib/admin/form-values';
import { Link } from '@/lib/i18n/navigation';
import { getSourceForEdit } from '@/lib/sources/admin-queries';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('admin.sourcesAdmin');
  return { title: t('edit'), robots: { index: false } };
}

export default async function EditSourcePage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string; id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('admin');
  const source = /^\d+$/.test(id) ? await getSourceForEdit(Number(id)) : null;
  if (!source) notFound();
  return (
    <div className="space-y-4">
      <AdminPageHeader
        title={source.title}
        description={<Link href={`/admin/audit?entity=source&record=${source.id}`}>{t('form.history')}</Link>}
        actions={<RecordActions entityType="source" id={source.id} version={source.version} deleted={source.deletedAt !== null} />}
      />
      <CreatedNotice searchParams={await searchParams} />
      <SourceForm initial={sourceFormValues(source)} />
    </div>
  );
}
