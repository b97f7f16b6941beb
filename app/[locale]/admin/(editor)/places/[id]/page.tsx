import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { CreatedNotice } from '@/components/admin/created-notice';
import { SuggestionNotice } from '@/components/admin/suggestions/suggestion-notice';
import { suggestionForForm } from '@/lib/suggestions/admin-queries';
import { withSuggestedSource } from '@/lib/suggestions/prefill';
import { ReadOnlyWhenDeleted, RecordEditHeader } from '@/components/admin/record-edit-header';
import { adminMetadata, parseRecordId } from '@/lib/admin/page-metadata';
import { PlaceForm } from '@/components/admin/places/place-form';
import { placeFormValues } from '@/lib/admin/form-values';
import { getPlaceForEdit, listPlaceParents } from '@/lib/places/admin-queries';
import { requireEditorPage } from '@/lib/auth/require-page';

export const generateMetadata = adminMetadata('admin.places', 'edit');

export default async function EditPlacePage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string; id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  // Checked here, not only in the layout: layouts do not re-run on client navigation.
  if (!(await requireEditorPage(locale, `/admin/places/${id}`))) notFound();
  const t = await getTranslations('admin');
  const recordId = parseRecordId(id);
  const place = recordId === null ? null : await getPlaceForEdit(recordId);
  if (!place) notFound();
  const query = await searchParams;
  const [parents, suggestion] = await Promise.all([listPlaceParents(), suggestionForForm(query, { entityType: 'place', id: place.id })]);
  return (
    <div className="space-y-4">
      <RecordEditHeader
        entityType="place"
        record={place}
        title={place.nameEn}
        links={
          <>
            {t('places.usedBy', { count: place._count.byPairings + place._count.cnPairings })}{' '}
          </>
        }
      />
      <CreatedNotice searchParams={query} />
      {suggestion && <SuggestionNotice suggestion={suggestion} />}
      <ReadOnlyWhenDeleted deleted={place.deletedAt !== null}>
      <PlaceForm defaults={suggestion ? withSuggestedSource(placeFormValues(place), suggestion.sourceUrl) : placeFormValues(place)} parents={parents} />
      </ReadOnlyWhenDeleted>
    </div>
  );
}
