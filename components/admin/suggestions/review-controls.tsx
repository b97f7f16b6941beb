'use client';
import { useId, useState, useTransition } from 'react';
import { useTranslations } from 'next-intl';
import { acceptSuggestion, rejectSuggestion } from '@/lib/actions/suggestions/review-suggestion';
import { useRouter } from '@/lib/i18n/navigation';

/** Accept (then on to the pre-filled form) or reject with a reason. */
export function ReviewControls({ id, editHref }: { id: number; editHref: string }) {
  const t = useTranslations('admin.suggestions');
  const router = useRouter();
  const reasonId = useId();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  const run = (action: () => Promise<{ ok: boolean; error?: string }>, then: () => void) =>
    startTransition(async () => {
      const result = await action();
      if (result.ok) then();
      else setError(result.error ?? t('failed'));
    });
  return (
    <div className="space-y-4 rounded-lg border border-line bg-white p-4">
      <div className="space-y-1">
        <button
          type="button"
          disabled={pending}
          className="rounded-md bg-cn px-4 py-2 text-sm font-semibold text-white hover:bg-cn/90 disabled:opacity-60"
          onClick={() => run(() => acceptSuggestion({ id }), () => router.push(editHref))}
        >
          {t('accept')}
        </button>
        <p className="text-xs text-muted">{t('acceptHint')}</p>
      </div>
      <form
        className="space-y-2"
        onSubmit={(event) => {
          event.preventDefault();
          run(() => rejectSuggestion({ id, reason }), () => router.refresh());
        }}
      >
        <label htmlFor={reasonId} className="block text-sm font-medium">
          {t('reason')}
        </label>
        <textarea id={reasonId} value={reason} onChange={(e) => setReason(e.target.value)} rows={3} maxLength={1000} required className="block w-full rounded-md border border-line px-3 py-2 text-sm" />
        <button type="submit" disabled={pending || reason.trim() === ''} className="rounded-md border border-by/40 px-3 py-1.5 text-sm font-medium text-by hover:bg-by-soft disabled:opacity-60">
          {t('reject')}
        </button>
      </form>
      {error && (
        <p role="alert" className="text-sm text-by">
          {error}
        </p>
      )}
    </div>
  );
}
