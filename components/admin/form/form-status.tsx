'use client';
import { useTranslations } from 'next-intl';
import type { ActionResult } from '@/lib/actions/result';
import { displayValue } from '@/lib/audit/diff';
import { Link } from '@/lib/i18n/navigation';
import { useValidationMessage } from './use-validation-message';

type Failure = Extract<ActionResult<unknown>, { ok: false }>;

/**
 * Why a save was refused: a summary line, a link to the existing record for a
 * duplicate, or — for a conflict — who changed what since the form was opened.
 */
export function FormStatus({ failure }: { failure: Failure | null }) {
  const t = useTranslations('admin.form');
  const localize = useValidationMessage();
  if (!failure) return null;
  const conflict = failure.conflict;
  return (
    <div
      role="alert"
      tabIndex={-1}
      data-testid={conflict ? 'conflict' : 'form-error'}
      className={`space-y-2 rounded-lg border p-4 text-sm outline-none ${conflict ? 'border-amber-300 bg-amber-50' : 'border-by/30 bg-by-soft'}`}
    >
      <p className="font-medium">{localize(failure.error)}</p>
      {failure.existing && (
        <p>
          <Link href={failure.existing.href} className="font-medium text-cn underline" data-testid="existing-link">
            {t('openExisting', { label: failure.existing.label })}
          </Link>
        </p>
      )}
      {conflict && (
        <>
          {conflict.changedBy.length > 0 && (
            <p className="text-muted">
              {conflict.changedBy.map((c) => `${c.name} (${new Date(c.at).toLocaleString('en-GB', { timeZone: 'UTC' })} UTC)`).join(', ')}
            </p>
          )}
          {conflict.changes.length > 0 ? (
            <table className="w-full text-left text-xs">
              <thead>
                <tr className="text-muted">
                  <th className="py-1 pr-3 font-medium">{t('field')}</th>
                  <th className="py-1 pr-3 font-medium">{t('whenOpened')}</th>
                  <th className="py-1 font-medium">{t('now')}</th>
                </tr>
              </thead>
              <tbody>
                {conflict.changes.map((change) => (
                  <tr key={change.field} className="border-t border-amber-200 align-top">
                    <td className="py-1 pr-3 font-mono">{change.field}</td>
                    <td className="py-1 pr-3 line-through decoration-by/60">{displayValue(change.before)}</td>
                    <td className="py-1 font-medium">{displayValue(change.after)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : (
            <p>{t('noFieldDiff')}</p>
          )}
          <p className="text-muted">{t('conflictHelp')}</p>
        </>
      )}
    </div>
  );
}

export function SubmitBar({ pending, label, cancelHref }: { pending: boolean; label: string; cancelHref: string }) {
  const t = useTranslations('admin.form');
  return (
    <div className="sticky bottom-0 z-[1000] -mx-4 flex items-center justify-end gap-3 border-t border-line bg-white/95 px-4 py-3 backdrop-blur sm:mx-0 sm:rounded-lg sm:border">
      <Link href={cancelHref} className="text-sm text-muted hover:text-ink">
        {t('cancel')}
      </Link>
      {/* aria-disabled, not disabled: disabling the focused button drops focus to <body> while saving. */}
      <button
        type="submit"
        aria-disabled={pending || undefined}
        className="rounded-md bg-cn px-4 py-2 text-sm font-semibold text-white shadow-sm hover:bg-ink aria-disabled:cursor-wait aria-disabled:opacity-70"
      >
        {pending ? t('saving') : label}
      </button>
    </div>
  );
}
