import { notFound } from 'next/navigation';
import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { AdminPageHeader } from '@/components/admin/page-header';
import { SourceForm } from '@/components/admin/sources/source-form';
import { sourceFormValues } from '@/lib/admin/form-values';
import { requireEditorPage } from '@/lib/auth/require-page';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('admin.sourcesAdmin');
  return { title: t('new'), robots: { index: false } };
}

export default async function NewSourcePage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  // Checked here, not only in the layout: layouts do not re-run on client navigation.
  if (!(await requireEditorPage(locale, '/admin/sources/new'))) notFound();
  const t = await getTranslations('admin.sourcesAdmin');
  return (
    <div className="space-y-4">
      <AdminPageHeader title={t('new')} />
      <SourceForm defaults={sourceFormValues()} />
    </div>
  );
}
