'use client';
import { useTranslations } from 'next-intl';
import { createSource } from '@/lib/actions/sources/create-source';
import { updateSource } from '@/lib/actions/sources/update-source';
import { sourceCreateSchema, sourceUpdateSchema } from '@/lib/sources/schema';
import { EntityFormFrame } from '../form/entity-form-frame';
import { FormSection, TextAreaField, TextField } from '../form/fields';
import { PartialDateField } from '../form/partial-date-field';
import { useRecordForm } from '../form/use-record-form';

export function SourceForm({ initial }: { initial: Record<string, unknown> }) {
  const t = useTranslations('admin');
  const { form, frame, editing } = useRecordForm({
    initial,
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
        <TextField form={form} name="url" label={t('sources.url')} type="url" required={!editing} placeholder="https://" hint={editing ? t('sourcesAdmin.urlHint') : undefined} />
        <TextField form={form} name="title" label={t('sources.title')} required />
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField form={form} name="publisher" label={t('sources.publisher')} />
          <TextField form={form} name="language" label={t('sourcesAdmin.language')} hint={t('sourcesAdmin.languageHint')} />
        </div>
        <PartialDateField form={form} name="published" label={t('sourcesAdmin.published')} />
        <TextAreaField form={form} name="notes" label={t('pairing.notes')} />
      </FormSection>
    </EntityFormFrame>
  );
}
