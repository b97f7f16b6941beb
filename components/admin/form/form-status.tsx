'use client';
import { useFormatter, useTranslations } from 'next-intl';
import { displayValue } from '@/lib/audit/diff';
import { Link } from '@/lib/i18n/navigation';
import type { Failure } from './use-record-form';
import { useErrorText } from './use-error-text';

/**
 * Why a save was refused: a summary line, a link to the existing record for a
 * duplicate, or — for a conflict — who changed what since the form was opened, their
 * value beside the editor's, and "reload and re-apply my changes". Times are given
 * with the month spelled out and the zone named, so no reader takes 03/12 for 12 March.
 */
export function FormStatus({ failure, onReapply }: { failure: Failure | null; onReapply?: () => void }) {
  const t = useTranslations('admin.form');
  const tf = useTranslations('adminForms');
  const format = useFormatter();
  const errorText = useErrorText();
  if (!failure || (!failure.error && !failure.conflict)) return null;
  const conflict = failure.conflict;
  return (
    <div
      role="alert"
      tabIndex={-1}
      data-testid={conflict ? 'conflict' : 'form-error'}
      className={`space-y-2 rounded-lg border p-4 text-sm outline-none ${conflict ? 'border-amber-300 bg-amber-50' : 'border-by/30 bg-by-soft'}`}
    >
      {failure.error && <p className="font-medium">{errorText(failure.error)}</p>}
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
            <ul className="text-muted" data-testid="conflict-by">
              {conflict.changedBy.map((c) => (
                <li key={`${c.name}-${c.at}`}>
                  {c.name},{' '}
                  <time dateTime={c.at}>
                    {format.dateTime(new Date(c.at), { year: 'numeric', month: 'long', day: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: 'UTC', hourCycle: 'h23' })} UTC
                  </time>
                </li>
              ))}
            </ul>
          )}
          {conflict.changes.length > 0 ? (
            <table className="w-full text-left text-xs">
              <thead>
                <tr className="text-muted">
                  <th className="py-1 pr-3 font-medium">{t('field')}</th>
                  <th className="py-1 pr-3 font-medium">{t('whenOpened')}</th>
                  <th className="py-1 pr-3 font-medium">{t('now')}</th>
                  <th className="py-1 font-medium">{tf('yours')}</th>
                </tr>
              </thead>
              <tbody>
                {conflict.changes.map((change) => (
                  <tr key={change.field} className="border-t border-amber-200 align-top">
                    <td className="py-1 pr-3 font-mono">{change.field}</td>
                    <td className="py-1 pr-3 line-through decoration-by/60">{displayValue(change.before)}</td>
                    <td className="py-1 pr-3 font-medium" data-testid="conflict-theirs">{displayValue(change.after)}</td>
                    <td className="py-1 font-medium text-cn" data-testid="conflict-yours">{'mine' in change ? displayValue(change.mine) : '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : (
            <p>{t('noFieldDiff')}</p>
          )}
          <p className="text-muted">{tf('conflictHelp')}</p>
          {onReapply && (
            <button type="button" onClick={onReapply} className="rounded-md border border-cn bg-white px-3 py-1.5 text-sm font-medium text-cn hover:bg-cn-soft">
              {tf('reapply')}
            </button>
          )}
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
