import { notFound } from 'next/navigation';
import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { AdminPageHeader } from '@/components/admin/page-header';
import { ProjectForm } from '@/components/admin/projects/project-form';
import { listPairingOptions } from '@/lib/pairings/admin-queries';
import { listTradePlaceOptions } from '@/lib/trade/admin-queries';
import { projectFormValues } from '@/lib/admin/form-values';
import { requireEditorPage } from '@/lib/auth/require-page';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('admin.projects');
  return { title: t('new'), robots: { index: false } };
}

export default async function NewProjectPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  // Checked here, not only in the layout: layouts do not re-run on client navigation.
  if (!(await requireEditorPage(locale, '/admin/projects/new'))) notFound();
  const t = await getTranslations('admin.projects');
  const [pairings, places] = await Promise.all([listPairingOptions(), listTradePlaceOptions()]);
  return (
    <div className="space-y-4">
      <AdminPageHeader title={t('new')} />
      <ProjectForm defaults={projectFormValues()} pairings={pairings} places={[...places.by, ...places.cn]} />
    </div>
  );
}
