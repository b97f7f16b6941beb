'use client';
import { useTranslations } from 'next-intl';
import type { z } from 'zod';
import type { ActionResult } from '@/lib/actions/result';
import { useRouter } from '@/lib/i18n/navigation';
import { useEntityForm } from './use-entity-form';
import { useSavedFlag } from './use-saved-flag';

type Saved = { id: number; version?: number };

/**
 * The create-or-edit wiring every entity form shares: the create or update schema
 * and action (edit mode = `initial.id` is set), a new record opens its edit page, an
 * edit keeps the form, takes the new version and shows "Saved". Returns the form and
 * the props of its EntityFormFrame.
 */
export function useRecordForm<V extends Record<string, unknown>>({
  initial,
  createSchema,
  updateSchema,
  create,
  update,
  basePath,
  createLabel,
  testId,
}: {
  initial: V;
  createSchema: z.ZodType;
  updateSchema: z.ZodType;
  create: (input: V) => Promise<ActionResult<Saved>>;
  update: (input: V) => Promise<ActionResult<Saved>>;
  basePath: string;
  createLabel: string;
  testId: string;
}) {
  const t = useTranslations('admin.form');
  const router = useRouter();
  const editing = initial.id !== undefined;
  const saved = useSavedFlag();
  const form = useEntityForm({
    initial,
    schema: editing ? updateSchema : createSchema,
    action: (values: V) => (editing ? update(values) : create(values)),
    onSuccess: (data: Saved) => {
      if (editing) {
        form.set('version', data.version);
        saved.show();
        router.refresh();
      } else router.push(`${basePath}/${data.id}?created=1`);
    },
  });
  const frame = {
    formRef: form.formRef,
    onSubmit: form.submit,
    failure: form.failure,
    saved: saved.saved,
    onEdit: saved.hide,
    pending: form.pending,
    submitLabel: editing ? t('save') : createLabel,
    cancelHref: basePath,
    testId,
  };
  return { form, frame, editing };
}
