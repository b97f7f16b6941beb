'use client';
import { useState, useTransition } from 'react';
import { useTranslations } from 'next-intl';
import { useRouter } from '@/lib/i18n/navigation';
import { createUser } from '@/lib/actions/users/create-user';
import { updateUser } from '@/lib/actions/users/update-user';
import { ROLES } from '@/lib/auth/roles';
import { userCreateSchema } from '@/lib/users/schema';
import { FormStatus } from '../form/form-status';
import { FormSection, SelectField, TextField } from '../form/fields';
import { useEntityForm } from '../form/use-entity-form';

type UserRow = { id: number; email: string; name: string; role: string; disabledAt: string | null; lastSignInAt: string | null };

const blank = { email: '', name: '', role: 'editor', password: '' };

export function AddUserForm() {
  const t = useTranslations('admin.users');
  const router = useRouter();
  const [created, setCreated] = useState<string | null>(null);
  const form = useEntityForm({
    initial: blank as Record<string, unknown>,
    schema: userCreateSchema,
    action: createUser,
    onSuccess: (_data, values) => {
      setCreated(String(values.email));
      form.setValues(blank);
      router.refresh();
    },
  });
  const { formRef, submit } = form;
  return (
    <form ref={formRef} onSubmit={submit} noValidate data-testid="add-user-form">
      <FormSection title={t('add')} description={t('addHelp')}>
        <FormStatus failure={form.failure} />
        {created && (
          <p role="status" className="text-sm font-medium text-emerald-700">
            {t('created', { email: created })}
          </p>
        )}
        <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
          <TextField form={form} name="email" label={t('email')} type="email" required />
          <TextField form={form} name="name" label={t('name')} required />
          <SelectField form={form} name="role" label={t('role')} required options={ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }))} />
          <TextField form={form} name="password" label={t('password')} type="password" required autoComplete="new-password" hint={t('passwordHint')} />
        </div>
        <div className="flex justify-end">
          <button type="submit" disabled={form.pending} className="rounded-md bg-cn px-4 py-2 text-sm font-semibold text-white disabled:opacity-70">
            {form.pending ? t('adding') : t('addButton')}
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
