'use client';
import { useTranslations } from 'next-intl';
import { createPlace } from '@/lib/actions/places/create-place';
import { updatePlace } from '@/lib/actions/places/update-place';
import type { placeFormValues } from '@/lib/admin/form-values';
import type { PlaceParents } from '@/lib/places/admin-queries';
import { placeCreateSchema, placeUpdateSchema } from '@/lib/places/schema';
import { EntityFormFrame } from '../form/entity-form-frame';
import { FormSection } from '../form/fields';
import { PlaceFields } from '../form/place-fields';
import { SourcesEditor } from '../form/sources-editor';
import { useRecordForm, type FormInput } from '../form/use-record-form';

export function PlaceForm({ defaults, parents }: { defaults: ReturnType<typeof placeFormValues>; parents: PlaceParents }) {
  const t = useTranslations('admin');
  const { fields, frame } = useRecordForm<FormInput<typeof placeCreateSchema, typeof placeUpdateSchema>>({
    defaults,
    createSchema: placeCreateSchema,
    updateSchema: placeUpdateSchema,
    create: createPlace,
    update: updatePlace,
    basePath: '/admin/places',
    createLabel: t('places.create'),
    testId: 'place-form',
  });
  return (
    <EntityFormFrame {...frame}>
      <FormSection title={t('places.details')}>
        <PlaceFields fields={fields} parents={parents} />
      </FormSection>
      <FormSection title={t('pairing.sources')} description={t('pairing.sourcesHelp')}>
        <SourcesEditor meta={fields.sources} />
      </FormSection>
    </EntityFormFrame>
  );
}
