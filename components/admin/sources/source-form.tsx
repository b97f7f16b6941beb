'use client';
import { useTranslations } from 'next-intl';
import { createSource } from '@/lib/actions/sources/create-source';
import { updateSource } from '@/lib/actions/sources/update-source';
import type { sourceFormValues } from '@/lib/admin/form-values';
import { sourceCreateSchema, sourceUpdateSchema } from '@/lib/sources/schema';
import { EntityFormFrame } from '../form/entity-form-frame';
import { FormSection, TextAreaField, TextField } from '../form/fields';
import { PartialDateField } from '../form/partial-date-field';
import { useRecordForm, type FormInput } from '../form/use-record-form';

export function SourceForm({ defaults }: { defaults: ReturnType<typeof sourceFormValues> }) {
  const t = useTranslations('admin');
  const { fields, frame, editing } = useRecordForm<FormInput<typeof sourceCreateSchema, typeof sourceUpdateSchema>>({
    defaults,
    createSchema: sourceCreateSchema,
    updateSchema: sourceUpdateSchema,
    create: createSource,
    update: updateSource,
    basePath: '/admin/sources',
    createLabel: t('sourcesAdmin.create'),
    testId: 'source-form',
  });
  return (
    <EntityFormFrame {...frame}>
      <FormSection title={t('sourcesAdmin.details')}>
        <TextField meta={fields.url} label={t('sources.url')} type="url" required={!editing} placeholder="https://" hint={editing ? t('sourcesAdmin.urlHint') : undefined} />
        <TextField meta={fields.title} label={t('sources.title')} required />
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField meta={fields.publisher} label={t('sources.publisher')} />
          <TextField meta={fields.language} label={t('sourcesAdmin.language')} hint={t('sourcesAdmin.languageHint')} />
        </div>
        <PartialDateField meta={fields.published} label={t('sourcesAdmin.published')} />
        <TextAreaField meta={fields.notes} label={t('pairing.notes')} />
      </FormSection>
    </EntityFormFrame>
  );
}
