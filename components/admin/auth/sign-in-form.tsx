'use client';
import { useId, useState } from 'react';
import { useTranslations } from 'next-intl';
import { useRouter } from '@/lib/i18n/navigation';
import { inputClass } from '../form/fields';

/** Email + password; posts to /api/auth/sign-in and shows 401 / 429 messages as the server words them. */
export function SignInForm({ next }: { next: string }) {
  const t = useTranslations('auth');
  const router = useRouter();
  const emailId = useId();
  const passwordId = useId();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
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
        router.replace(next);
        router.refresh();
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
    <form onSubmit={submit} noValidate className="space-y-4" data-testid="sign-in-form">
      {error && (
        <p role="alert" className="rounded-md border border-by/30 bg-by-soft p-3 text-sm font-medium">
          {error}
        </p>
      )}
      <div className="space-y-1">
        <label htmlFor={emailId} className="block text-sm font-medium">
          {t('email')}
        </label>
        <input id={emailId} type="email" autoComplete="username" className={inputClass} value={email} onChange={(e) => setEmail(e.target.value)} required />
      </div>
      <div className="space-y-1">
        <label htmlFor={passwordId} className="block text-sm font-medium">
          {t('password')}
        </label>
        <input
          id={passwordId}
          type="password"
          autoComplete="current-password"
          className={inputClass}
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          required
        />
      </div>
      <button type="submit" disabled={pending} className="w-full rounded-md bg-cn px-4 py-2 font-semibold text-white hover:bg-cn/90 disabled:opacity-70">
        {pending ? t('signingIn') : t('signIn')}
      </button>
    </form>
  );
}

export function SignOutButton() {
  const t = useTranslations('auth');
  const router = useRouter();
  return (
    <button
      type="button"
      className="text-sm text-muted underline hover:text-ink"
      onClick={async () => {
        await fetch('/api/auth/sign-out', { method: 'POST' });
        router.replace('/admin/sign-in');
        router.refresh();
      }}
    >
      {t('signOut')}
    </button>
  );
}
