'use client';
import { useId, useState, useTransition } from 'react';
import { useTranslations } from 'next-intl';
import { resetUserPassword } from '@/lib/actions/users/reset-password';

/**
 * An admin sets a new password for a user who lost theirs: a disclosure with one
 * password field and a confirming button that says what happens (every session of
 * that user ends). The admin hands the password over in person.
 */
export function ResetPasswordControl({ user }: { user: { id: number; name: string } }) {
  const t = useTranslations('editing.users');
  const id = useId();
  const [open, setOpen] = useState(false);
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  if (!open) {
    return (
      <span className="inline-flex items-center gap-2">
        <button type="button" onClick={() => setOpen(true)} className="rounded-md border border-line px-2 py-1 text-sm">
          {t('resetPassword')}
        </button>
        {message?.ok && (
          <span role="status" className="text-xs text-emerald-700">
            {message.text}
          </span>
        )}
      </span>
    );
  }
  return (
    <form
      className="mt-2 flex flex-wrap items-end gap-2"
      noValidate
      data-testid="reset-password-form"
      onSubmit={(event) => {
        event.preventDefault();
        const password = String(new FormData(event.currentTarget).get('password') ?? '');
        startTransition(async () => {
          const result = await resetUserPassword({ id: user.id, password });
          if (result.ok) {
            setOpen(false);
            setMessage({ ok: true, text: t('resetDone', { name: user.name }) });
          } else setMessage({ ok: false, text: result.fieldErrors?.password?.[0] ?? result.error });
        });
      }}
    >
      <label htmlFor={`${id}-password`} className="text-xs text-muted">
        {t('newPasswordFor', { name: user.name })}
        <input
          id={`${id}-password`}
          name="password"
          type="password"
          autoComplete="new-password"
          required
          aria-invalid={message && !message.ok ? true : undefined}
          aria-describedby={message && !message.ok ? `${id}-error` : undefined}
          className="block rounded-md border border-line bg-white px-2 py-1 text-sm text-ink"
        />
      </label>
      <button type="submit" disabled={pending} className="rounded-md bg-by px-2 py-1 text-sm font-semibold text-white">
        {t('resetConfirm')}
      </button>
      <button type="button" onClick={() => setOpen(false)} className="px-2 py-1 text-sm text-muted">
        {t('cancel')}
      </button>
      {message && !message.ok && (
        <p id={`${id}-error`} role="alert" className="w-full text-xs text-by">
          {message.text}
        </p>
      )}
    </form>
  );
}
