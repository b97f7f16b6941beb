'use client';
import { useId, useState } from 'react';
import { useLocale, useTranslations } from 'next-intl';
import { inputClass } from '../form/fields';

/** Email + password; posts to /api/auth/sign-in and shows 401 / 429 messages as the server words them. */
export function SignInForm({ next, initialError }: { next: string; initialError?: string }) {
  const t = useTranslations('auth');
  const locale = useLocale();
  const emailId = useId();
  const passwordId = useId();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(initialError ?? null);
  const [pending, setPending] = useState(false);

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    setError(null);
    if (!email.trim() || !password) {
      setError(t('missing'));
      return;
    }
    setPending(true);
    try {
      const response = await fetch('/api/auth/sign-in', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email, password }),
      });
      if (response.ok) {
        // A full page load: the client router may hold a prefetch of the admin made
        // before sign-in (a redirect back here), which must not be reused.
        window.location.assign(new URL(`/${locale}${next}`, window.location.origin).href);
        return;
      }
      const body = (await response.json().catch(() => ({}))) as { error?: string };
      setError(body.error ?? t('failed'));
    } catch {
      setError(t('network'));
    }
    setPending(false);
  }

  return (
    <form method="post" action="/api/auth/sign-in" onSubmit={submit} noValidate className="space-y-4" data-testid="sign-in-form">
      {error && (
        <p role="alert" className="rounded-md border border-by/30 bg-by-soft p-3 text-sm font-medium">
          {error}
        </p>
      )}
      <div className="space-y-1">
        <label htmlFor={emailId} className="block text-sm font-medium">
          {t('email')}
        </label>
        <input id={emailId} name="email" type="email" autoComplete="username" className={inputClass} value={email} onChange={(e) => setEmail(e.target.value)} required />
      </div>
      <div className="space-y-1">
        <label htmlFor={passwordId} className="block text-sm font-medium">
          {t('password')}
        </label>
        <input
          id={passwordId}
          name="password"
          type="password"
          autoComplete="current-password"
          className={inputClass}
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          required
        />
      </div>
      <button type="submit" disabled={pending} className="w-full rounded-md bg-cn px-4 py-2 font-semibold text-white hover:bg-ink disabled:opacity-70">
        {pending ? t('signingIn') : t('signIn')}
      </button>
    </form>
  );
}

export function SignOutButton() {
  const t = useTranslations('auth');
  const locale = useLocale();
  return (
    <button
      type="button"
      className="text-sm text-muted underline hover:text-ink"
      onClick={async () => {
        await fetch('/api/auth/sign-out', { method: 'POST' });
        window.location.assign(new URL(`/${locale}/admin/sign-in`, window.location.origin).href);
      }}
    >
      {t('signOut')}
    </button>
  );
}
