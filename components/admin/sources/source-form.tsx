'use client';
import { useTranslations } from 'next-intl';
import { useRouter } from '@/lib/i18n/navigation';
import { createSource } from '@/lib/actions/sources/create-source';
import { updateSource } from '@/lib/actions/sources/update-source';
import { sourceCreateSchema, sourceUpdateSchema } from '@/lib/sources/schema';
import { EntityFormFrame } from '../form/entity-form-frame';
import { FormSection, TextAreaField, TextField } from '../form/fields';
import { PartialDateField } from '../form/partial-date-field';
import { useEntityForm } from '../form/use-entity-form';
import { useSavedFlag } from '../form/use-saved-flag';

export function SourceForm({ initial }: { initial: Record<string, unknown> }) {
  const t = useTranslations('admin');
  const router = useRouter();
  const editing = initial.id !== undefined;
  const saved = useSavedFlag();
  const form = useEntityForm({
    initial,
    schema: editing ? sourceUpdateSchema : sourceCreateSchema,
    action: (values: Record<string, unknown>) => (editing ? updateSource(values) : createSource(values)),
    onSuccess: (data: { id: number; version?: number }) => {
      if (editing) {
        form.set('version', data.version);
        saved.show();
        router.refresh();
      } else router.push(`/admin/sources/${data.id}?created=1`);
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
      submitLabel={editing ? t('form.save') : t('sourcesAdmin.create')}
      cancelHref="/admin/sources"
      testId="source-form"
    >
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
