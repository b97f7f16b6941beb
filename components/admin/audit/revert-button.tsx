'use client';
import { useState, useTransition } from 'react';
import { useTranslations } from 'next-intl';
import { revertChange } from '@/lib/actions/audit/revert-change';
import { useRouter } from '@/lib/i18n/navigation';

export function RevertButton({ eventId }: { eventId: number }) {
  const t = useTranslations('admin.audit');
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  return (
    <div className="flex flex-col items-end gap-1">
      <button
        type="button"
        disabled={pending}
        className="rounded-md border border-by/40 px-3 py-1.5 text-sm font-medium text-by hover:bg-by-soft disabled:opacity-60"
        onClick={() =>
          startTransition(async () => {
            if (!window.confirm(t('confirmRevert'))) return;
            const result = await revertChange({ eventId });
            if (result.ok) {
              setError(null);
              router.refresh();
            } else setError(result.error);
          })
        }
      >
        {pending ? t('reverting') : t('revert')}
      </button>
      {error && (
        <p role="alert" className="max-w-sm text-right text-xs text-by">
          {error}
        </p>
      )}
    </div>
  );
}
