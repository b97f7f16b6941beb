'use client';
import { useTranslations } from 'next-intl';
import { createPlace } from '@/lib/actions/places/create-place';
import { updatePlace } from '@/lib/actions/places/update-place';
import type { PlaceParents } from '@/lib/places/admin-queries';
import { placeCreateSchema, placeUpdateSchema } from '@/lib/places/schema';
import { EntityFormFrame } from '../form/entity-form-frame';
import { FormSection } from '../form/fields';
import { PlaceFields } from '../form/place-fields';
import { SourcesEditor } from '../form/sources-editor';
import { useRecordForm } from '../form/use-record-form';

export function PlaceForm({ initial, parents }: { initial: Record<string, unknown>; parents: PlaceParents }) {
  const t = useTranslations('admin');
  const { form, frame } = useRecordForm({
    initial,
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
        <PlaceFields form={form} parents={parents} />
      </FormSection>
      <FormSection title={t('pairing.sources')} description={t('pairing.sourcesHelp')}>
        <SourcesEditor form={form} />
      </FormSection>
    </EntityFormFrame>
  );
}
