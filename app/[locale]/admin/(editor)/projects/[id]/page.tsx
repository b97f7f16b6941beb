import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { CreatedNotice } from '@/components/admin/created-notice';
import { RecordActions } from '@/components/admin/form/record-actions';
import { AdminPageHeader } from '@/components/admin/page-header';
import { ProjectForm } from '@/components/admin/projects/project-form';
import { projectFormValues } from '@/lib/admin/form-values';
import { Link } from '@/lib/i18n/navigation';
import { listPairingOptions } from '@/lib/pairings/admin-queries';
import { getProjectForEdit } from '@/lib/projects/admin-queries';
import { listTradePlaceOptions } from '@/lib/trade/admin-queries';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('admin.projects');
  return { title: t('edit'), robots: { index: false } };
}

export default async function EditProjectPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string; id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('admin');
  const project = /^\d+$/.test(id) ? await getProjectForEdit(Number(id)) : null;
  if (!project) notFound();
  const [pairings, places] = await Promise.all([listPairingOptions(), listTradePlaceOptions()]);
  return (
    <div className="space-y-4">
      <AdminPageHeader
        title={project.nameEn}
        description={
          <>
            <Link href={`/projects/${project.slug}`}>{t('form.publicPage')}</Link> ·{' '}
            <Link href={`/admin/audit?entity=project&record=${project.id}`}>{t('form.history')}</Link>
          </>
        }
        actions={<RecordActions entityType="project" id={project.id} version={project.version} deleted={project.deletedAt !== null} />}
      />
      <CreatedNotice searchParams={await searchParams} />
      <ProjectForm initial={projectFormValues(project)} pairings={pairings} places={[...places.by, ...places.cn]} />
    </div>
  );
}
