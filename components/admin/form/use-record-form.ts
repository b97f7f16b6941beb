'use client';
import { useActionState, useEffect, useRef, useState, useTransition } from 'react';
import { useForm, type SubmissionResult } from '@conform-to/react';
import { parseWithZod } from '@conform-to/zod/v4';
import { useTranslations } from 'next-intl';
import type { z } from 'zod';
import type { ActionResult } from '@/lib/actions/result';
import { toConformErrors } from '@/lib/forms/conform-names';
import { useRouter } from '@/lib/i18n/navigation';
import { changedFields, isFrameworkField } from './reapply';
import { useUnsavedChangesGuard } from './use-unsaved-changes-guard';

type Saved = { id: number; version?: number };
type Action = (input: unknown, formData?: unknown) => Promise<ActionResult<Saved>>;
type Values = Record<string, unknown>;
export type Failure = Extract<ActionResult<unknown>, { ok: false }>;

/**
 * The create-or-edit wiring every entity form shares, on Conform: the create or
 * update schema (edit mode = `defaults.id` is set) checks the form in the browser,
 * the same schema checks it again in the server action. With JavaScript the form's
 * values go to the action as one object; without it the form posts to the same action
 * (React form action) and the page re-renders with Conform's reply. A new record
 * opens its edit page; a saved edit starts the form again from the saved record.
 *
 * Also: the unsaved-changes guard, and "reload and re-apply my changes" after a
 * conflict. Returns Conform's form and typed fields, and the props of EntityFormFrame.
 */
/** The fields a create-or-edit form has: those of the create schema and of the update schema. */
export type FormInput<C extends z.ZodType, U extends z.ZodType> = z.input<C> & z.input<U> & Values;

export function useRecordForm<F extends Values>({
  defaults,
  createSchema,
  updateSchema,
  create,
  update,
  basePath,
  createLabel,
  testId,
}: {
  defaults: Values;
  createSchema: z.ZodType;
  updateSchema: z.ZodType;
  create: Action;
  update: Action;
  basePath: string;
  createLabel: string;
  testId: string;
}) {
  const t = useTranslations('admin.form');
  const tf = useTranslations('adminForms');
  const router = useRouter();
  const editing = defaults.id !== undefined;
  const schema = editing ? updateSchema : createSchema;
  const action = editing ? update : create;
  // Without JavaScript: React posts the form to the action and renders its answer.
  const [posted, formAction] = useActionState(action, null);
  const [result, setResult] = useState<ActionResult<Saved> | null>(null);
  const [reply, setReply] = useState<SubmissionResult<string[]> | undefined>(undefined);
  const [pending, startTransition] = useTransition();
  const [saved, setSaved] = useState(false);
  // After a conflict: the editor's own changes, waiting for the current record to arrive.
  const [reapply, setReapply] = useState<{ from: unknown; mine: Values } | null>(null);
  const reapplied = reapply !== null && reapply.from !== defaults.version;
  const defaultValue = reapplied ? { ...defaults, ...reapply.mine } : defaults;

  const [form, fields] = useForm<F, unknown, string[]>({
    // A new version (saved here, or reloaded after a conflict) starts the form again from it.
    id: `${testId}-${String(defaults.version ?? 'new')}`,
    defaultValue: defaultValue as never,
    lastResult: reply ?? posted?.submission,
    shouldValidate: 'onBlur',
    shouldRevalidate: 'onInput',
    shouldDirtyConsider: (name) => name !== 'id' && name !== 'version' && !isFrameworkField(name),
    onValidate: ({ formData }) => parseWithZod(formData, { schema, disableAutoCoercion: true }),
    onSubmit(event, { submission }) {
      event.preventDefault();
      if (!submission) return;
      setSaved(false);
      startTransition(async () => {
        const answer = await action(submission.payload).catch(
          (): ActionResult<Saved> => ({ ok: false, status: 500, error: tf('unreachable') }),
        );
        setResult(answer);
        if (answer.ok) {
          setReply(undefined);
          if (editing) {
            setSaved(true);
            setReapply(null);
            router.refresh();
          } else router.push(`${basePath}/${answer.data.id}?created=1`);
        } else {
          setReply(submission.reply({ formErrors: answer.error ? [answer.error] : [], fieldErrors: toConformErrors(answer.fieldErrors) }));
        }
      });
    },
  });

  const failure = result ? (result.ok ? null : result) : posted && !posted.ok && posted.error ? posted : null;
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (!failure) return;
    const root = formRef.current;
    const first = root?.querySelector<HTMLElement>('[aria-invalid="true"]');
    (first ?? root?.querySelector<HTMLElement>('[role="alert"]'))?.focus();
  }, [failure]);

  // Compared as the form holds values (reapply.ts), not with Conform's `dirty`, which counts
  // a field the form does not render (or renders as an empty list) as changed.
  const dirty = reapplied || Object.keys(changedFields((form.value ?? {}) as Values, defaultValue)).length > 0;
  useUnsavedChangesGuard(dirty && !pending, tf('unsavedConfirm'));

  function reloadAndReapply() {
    setReapply({ from: defaults.version, mine: { ...reapply?.mine, ...changedFields((form.value ?? {}) as Values, defaultValue) } });
    setResult(null);
    setReply(undefined);
    router.refresh();
  }

  const frame = {
    form,
    formRef,
    formAction,
    failure,
    onReapply: editing && failure?.conflict ? reloadAndReapply : undefined,
    reapplied: reapplied && !saved,
    // With JavaScript: set once the update answers. Without: the page re-rendered with the action's answer.
    saved: (saved || (editing && result === null && posted?.ok === true)) && !dirty,
    pending,
    record: editing ? { id: defaults.id, version: defaults.version } : null,
    submitLabel: editing ? t('save') : createLabel,
    cancelHref: basePath,
    testId,
  };
  return { form, fields, frame, editing };
}
