'use client';
import { useId, useState, useTransition } from 'react';
import { useTranslations } from 'next-intl';
import { changeOwnPassword } from '@/lib/actions/users/change-password';
import type { FieldErrors } from '@/lib/forms/fields';
import { MIN_PASSWORD_LENGTH } from '@/lib/auth/password-policy';

const FIELDS = ['currentPassword', 'newPassword', 'confirmPassword'] as const;
type Field = (typeof FIELDS)[number];

/**
 * "Change my password" for every signed-in user. The server checks everything (the
 * current password, the length, the repeat); its field errors show under each input.
 * Works as a plain form too: the values are read from the form on submit.
 */
export function PasswordChangeForm() {
  const t = useTranslations('editing.account');
  const id = useId();
  const [pending, startTransition] = useTransition();
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const input = Object.fromEntries(FIELDS.map((f) => [f, String(data.get(f) ?? '')]));
    startTransition(async () => {
      const result = await changeOwnPassword(input);
      if (result.ok) {
        form.reset();
        setErrors({});
        setMessage({ ok: true, text: t('changed') });
      } else {
        setErrors(result.fieldErrors ?? {});
        setMessage({ ok: false, text: result.error });
      }
    });
  }

  const field = (name: Field, autoComplete: string) => {
    const error = errors[name]?.[0];
    return (
      <div className="space-y-1">
        <label htmlFor={`${id}-${name}`} className="block text-sm font-medium">
          {t(name)}
        </label>
        <input
          id={`${id}-${name}`}
          name={name}
          type="password"
          required
          autoComplete={autoComplete}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-${name}-error` : name === 'newPassword' ? `${id}-hint` : undefined}
          className="w-full rounded-md border border-line bg-white px-3 py-2 text-sm"
        />
        {name === 'newPassword' && !error && (
          <p id={`${id}-hint`} className="text-xs text-muted">
            {t('hint', { min: MIN_PASSWORD_LENGTH })}
          </p>
        )}
        {error && (
          <p id={`${id}-${name}-error`} className="text-xs text-by" data-testid="field-error">
            {error}
          </p>
        )}
      </div>
    );
  };

  return (
    <form onSubmit={submit} noValidate className="max-w-md space-y-4 rounded-lg border border-line bg-white p-4" data-testid="password-form">
      <h2 className="text-lg font-semibold">{t('changePassword')}</h2>
      <p className="text-sm text-muted">{t('changeHelp')}</p>
      {message && (
        <p role={message.ok ? 'status' : 'alert'} className={`text-sm font-medium ${message.ok ? 'text-emerald-700' : 'text-by'}`}>
          {message.text}
        </p>
      )}
      {field('currentPassword', 'current-password')}
      {field('newPassword', 'new-password')}
      {field('confirmPassword', 'new-password')}
      <div className="flex justify-end">
        <button type="submit" disabled={pending} className="rounded-md bg-cn px-4 py-2 text-sm font-semibold text-white disabled:opacity-70">
          {pending ? t('saving') : t('save')}
        </button>
      </div>
    </form>
  );
}
