'use client';
import type { ReactNode, RefObject } from 'react';
import { FormProvider, getFormProps, type FormMetadata } from '@conform-to/react';
import { useTranslations } from 'next-intl';
import { FormStatus, SubmitBar } from './form-status';
import type { Failure } from './use-record-form';

/** The frame every entity form shares: status on top, sections, sticky submit bar. */
export function EntityFormFrame({
  form,
  formRef,
  formAction,
  failure,
  onReapply,
  reapplied,
  saved,
  pending,
  record,
  submitLabel,
  cancelHref,
  testId,
  children,
}: {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  form: FormMetadata<any, string[]>;
  formRef: RefObject<HTMLFormElement | null>;
  formAction: (formData: FormData) => void;
  failure: Failure | null;
  onReapply?: () => void;
  reapplied: boolean;
  saved: boolean;
  pending: boolean;
  record: { id: unknown; version: unknown } | null;
  submitLabel: string;
  cancelHref: string;
  testId: string;
  children: ReactNode;
}) {
  const t = useTranslations('admin.form');
  const tf = useTranslations('adminForms');
  return (
    <FormProvider context={form.context}>
      <form ref={formRef} {...getFormProps(form)} action={formAction} className="space-y-5" data-testid={testId}>
        {record && (
          // The record and the version the editor started from (optimistic concurrency).
          <>
            <input type="hidden" name="id" value={String(record.id)} />
            <input type="hidden" name="version" value={String(record.version)} />
          </>
        )}
        <FormStatus failure={failure} onReapply={onReapply} />
        {reapplied && (
          <p role="status" className="rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm font-medium" data-testid="reapplied">
            {tf('reapplied')}
          </p>
        )}
        {saved && !failure && (
          <p role="status" className="rounded-lg border border-emerald-300 bg-emerald-50 p-3 text-sm font-medium">
            {t('saved')}
          </p>
        )}
        {children}
        <SubmitBar pending={pending} label={submitLabel} cancelHref={cancelHref} />
      </form>
    </FormProvider>
  );
}
