import { notFound } from 'next/navigation';
import { setRequestLocale } from 'next-intl/server';
import { CreatedNotice } from '@/components/admin/created-notice';
import { SuggestionNotice } from '@/components/admin/suggestions/suggestion-notice';
import { suggestionForForm } from '@/lib/suggestions/admin-queries';
import { withSuggestedSource } from '@/lib/suggestions/prefill';
import { ReadOnlyWhenDeleted, RecordEditHeader } from '@/components/admin/record-edit-header';
import { adminMetadata, parseRecordId } from '@/lib/admin/page-metadata';
import { ProjectForm } from '@/components/admin/projects/project-form';
import { projectFormValues } from '@/lib/admin/form-values';
import { listPairingOptions } from '@/lib/pairings/admin-queries';
import { getProjectForEdit } from '@/lib/projects/admin-queries';
import { listTradePlaceOptions } from '@/lib/trade/admin-queries';
import { requireEditorPage } from '@/lib/auth/require-page';

export const generateMetadata = adminMetadata('admin.projects', 'edit');

export default async function EditProjectPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string; id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  // Checked here, not only in the layout: layouts do not re-run on client navigation.
  if (!(await requireEditorPage(locale, `/admin/projects/${id}`))) notFound();
  const recordId = parseRecordId(id);
  const project = recordId === null ? null : await getProjectForEdit(recordId);
  if (!project) notFound();
  const query = await searchParams;
  const [pairings, places, suggestion] = await Promise.all([
    listPairingOptions(),
    listTradePlaceOptions(),
    suggestionForForm(query, { entityType: 'project', id: project.id }),
  ]);
  return (
    <div className="space-y-4">
      <RecordEditHeader
        entityType="project"
        record={project}
        title={project.nameEn}
      />
      <CreatedNotice searchParams={query} />
      {suggestion && <SuggestionNotice suggestion={suggestion} />}
      <ReadOnlyWhenDeleted deleted={project.deletedAt !== null}>
      <ProjectForm defaults={suggestion ? withSuggestedSource(projectFormValues(project), suggestion.sourceUrl) : projectFormValues(project)} pairings={pairings} places={[...places.by, ...places.cn]} />
      </ReadOnlyWhenDeleted>
    </div>
  );
}
