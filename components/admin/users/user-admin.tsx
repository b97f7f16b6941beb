'use client';
import { useState, useTransition } from 'react';
import { useTranslations } from 'next-intl';
import { useRouter } from '@/lib/i18n/navigation';
import { createUser } from '@/lib/actions/users/create-user';
import { updateUser } from '@/lib/actions/users/update-user';
import { ROLES } from '@/lib/auth/roles';
import { userCreateSchema } from '@/lib/users/schema';
import { getFormProps, useForm, type SubmissionResult } from '@conform-to/react';
import { parseWithZod } from '@conform-to/zod/v4';
import { toConformErrors } from '@/lib/forms/conform-names';
import { FormStatus } from '../form/form-status';
import { FormSection, SelectField, TextField } from '../form/fields';
import type { Failure } from '../form/use-record-form';

type UserRow = { id: number; email: string; name: string; role: string; disabledAt: string | null; lastSignInAt: string | null };

/** Adds an account (admins only): Conform on the same schema as the action, started afresh after each account. */
export function AddUserForm() {
  const t = useTranslations('admin.users');
  const router = useRouter();
  const [created, setCreated] = useState<{ email: string; count: number } | null>(null);
  const [failure, setFailure] = useState<Failure | null>(null);
  const [reply, setReply] = useState<SubmissionResult<string[]> | undefined>(undefined);
  const [pending, startTransition] = useTransition();
  const [form, fields] = useForm({
    id: `add-user-${created?.count ?? 0}`,
    defaultValue: { email: '', name: '', role: 'editor', password: '' },
    lastResult: reply,
    shouldValidate: 'onBlur',
    shouldRevalidate: 'onInput',
    onValidate: ({ formData }) => parseWithZod(formData, { schema: userCreateSchema, disableAutoCoercion: true }),
    onSubmit(event, { submission }) {
      event.preventDefault();
      if (!submission) return;
      startTransition(async () => {
        const result = await createUser(submission.payload);
        if (result.ok) {
          setFailure(null);
          setReply(undefined);
          setCreated((c) => ({ email: String(submission.payload.email), count: (c?.count ?? 0) + 1 }));
          router.refresh();
        } else {
          setFailure(result);
          setReply(submission.reply({ formErrors: [result.error], fieldErrors: toConformErrors(result.fieldErrors) }));
        }
      });
    },
  });
  return (
    <form {...getFormProps(form)} data-testid="add-user-form">
      <FormSection title={t('add')} description={t('addHelp')}>
        <FormStatus failure={failure} />
        {created && (
          <p role="status" className="text-sm font-medium text-emerald-700">
            {t('created', { email: created.email })}
          </p>
        )}
        <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
          <TextField meta={fields.email} label={t('email')} type="email" required />
          <TextField meta={fields.name} label={t('name')} required />
          <SelectField meta={fields.role} label={t('role')} required options={ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }))} />
          <TextField meta={fields.password} label={t('password')} type="password" required autoComplete="new-password" hint={t('passwordHint')} />
        </div>
        <div className="flex justify-end">
          <button type="submit" disabled={pending} className="rounded-md bg-cn px-4 py-2 text-sm font-semibold text-white disabled:opacity-70">
            {pending ? t('adding') : t('addButton')}
          </button>
        </div>
      </FormSection>
    </form>
  );
}

export function UserRowActions({ user, self }: { user: UserRow; self: boolean }) {
  const t = useTranslations('admin.users');
  const te = useTranslations('editing.users');
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<string | null>(null);
  function save(change: { role?: string; disabled?: boolean }) {
    startTransition(async () => {
      const result = await updateUser({ id: user.id, role: change.role ?? user.role, disabled: change.disabled ?? user.disabledAt !== null });
      setMessage(result.ok ? null : result.error);
      router.refresh();
    });
  }
  return (
    <div className="flex flex-wrap items-center gap-2">
      <select
        aria-label={t('roleOf', { name: user.name })}
        className="rounded-md border border-line bg-white px-2 py-1 text-sm"
        value={user.role}
        disabled={pending}
        onChange={(e) => save({ role: e.target.value })}
      >
        {ROLES.map((r) => (
          <option key={r} value={r}>
            {t(`roles.${r}`)}
          </option>
        ))}
      </select>
      {!self && (
        <button
          type="button"
          disabled={pending}
          onClick={() => {
            // Disabling signs the user out everywhere at once: ask first.
            if (user.disabledAt === null && !window.confirm(te('confirmDisable', { name: user.name }))) return;
            save({ disabled: user.disabledAt === null });
          }}
          className={`rounded-md border px-2 py-1 text-sm ${user.disabledAt ? 'border-cn text-cn' : 'border-by/40 text-by'}`}
        >
          {user.disabledAt ? t('enable') : t('disable')}
        </button>
      )}
      {message && (
        <span role="alert" className="text-xs text-by">
          {message}
        </span>
      )}
    </div>
  );
}
