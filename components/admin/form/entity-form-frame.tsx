'use client';
import type { ReactNode } from 'react';
import { useTranslations } from 'next-intl';
import type { ActionResult } from '@/lib/actions/result';
import { FormStatus, SubmitBar } from './form-status';

type Failure = Extract<ActionResult<unknown>, { ok: false }>;

/** The frame every entity form shares: status on top, sections, sticky submit bar. */
export function EntityFormFrame({
  formRef,
  onSubmit,
  failure,
  saved,
  onEdit,
  pending,
  submitLabel,
  cancelHref,
  testId,
  children,
}: {
  formRef: React.RefObject<HTMLFormElement | null>;
  onSubmit: (event: React.FormEvent) => void;
  failure: Failure | null;
  saved: boolean;
  onEdit: () => void;
  pending: boolean;
  submitLabel: string;
  cancelHref: string;
  testId: string;
  children: ReactNode;
}) {
  const t = useTranslations('admin.form');
  return (
    <form
      ref={formRef}
      // The Save button stays focusable while saving (aria-disabled): a second press must not save twice.
      onSubmit={(event) => (pending ? event.preventDefault() : onSubmit(event))}
      noValidate className="space-y-5" data-testid={testId} onChange={onEdit}>
      <FormStatus failure={failure} />
      {saved && !failure && (
        <p role="status" className="rounded-lg border border-emerald-300 bg-emerald-50 p-3 text-sm font-medium">
          {t('saved')}
        </p>
      )}
      {children}
      <SubmitBar pending={pending} label={submitLabel} cancelHref={cancelHref} />
    </form>
  );
}
