'use client';
import { useTranslations } from 'next-intl';
import { useRouter } from '@/lib/i18n/navigation';
import { createPlace } from '@/lib/actions/places/create-place';
import { updatePlace } from '@/lib/actions/places/update-place';
import type { PlaceParents } from '@/lib/places/admin-queries';
import { placeCreateSchema, placeUpdateSchema } from '@/lib/places/schema';
import { EntityFormFrame } from '../form/entity-form-frame';
import { FormSection } from '../form/fields';
import { PlaceFields } from '../form/place-fields';
import { SourcesEditor } from '../form/sources-editor';
import { useEntityForm } from '../form/use-entity-form';
import { useSavedFlag } from '../form/use-saved-flag';

export function PlaceForm({ initial, parents }: { initial: Record<string, unknown>; parents: PlaceParents }) {
  const t = useTranslations('admin');
  const router = useRouter();
  const editing = initial.id !== undefined;
  const saved = useSavedFlag();
  const form = useEntityForm({
    initial,
    schema: editing ? placeUpdateSchema : placeCreateSchema,
    action: (values: Record<string, unknown>) => (editing ? updatePlace(values) : createPlace(values)),
    onSuccess: (data: { id: number; version?: number }) => {
      if (editing) {
        form.set('version', data.version);
        saved.show();
        router.refresh();
      } else router.push(`/admin/places/${data.id}?created=1`);
    },
  });
  return (
    <EntityFormFrame
      formRef={form.formRef}
      onSubmit={form.submit}
      failure={form.failure}
      saved={saved.saved}
      onEdit={saved.hide}
      pending={form.pending}
      submitLabel={editing ? t('form.save') : t('places.create')}
      cancelHref="/admin/places"
      testId="place-form"
    >
      <FormSection title={t('places.details')}>
        <PlaceFields form={form} parents={parents} />
      </FormSection>
      <FormSection title={t('pairing.sources')} description={t('pairing.sourcesHelp')}>
        <SourcesEditor form={form} />
      </FormSection>
    </EntityFormFrame>
  );
}
