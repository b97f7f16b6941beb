'use client';
import { useFormMetadata } from '@conform-to/react';
import { useTranslations } from 'next-intl';
import { inputBase, type Field } from './fields';
import { useErrorText } from './use-error-text';

type Parts = { precision?: string; year?: string; month?: string; day?: string };

/**
 * A date known to the year, the month or the day: pick the precision, then fill in
 * only what is known. Each part is its own input (`established.year`, `.month`,
 * `.day`, `.precision`), so what is typed is kept whatever the order, and the shared
 * schema refuses a precision whose part is missing. Which parts show follows the
 * chosen precision by CSS alone, so the field works without JavaScript.
 */
export function PartialDateField({ meta, label, hint }: { meta: Field; label: string; hint?: string }) {
  const t = useTranslations('admin.date');
  const form = useFormMetadata(meta.formId);
  const initial = (meta.initialValue ?? {}) as Parts;
  const error = useErrorText()(meta.errors?.[0]);
  const describedBy = error ? meta.errorId : meta.descriptionId;
  const part = (key: keyof Parts) => `${meta.name}.${key}`;
  const monthNames = Array.from({ length: 12 }, (_, i) =>
    new Intl.DateTimeFormat('en', { month: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2000, i, 1))),
  );
  const current = (meta.value ?? {}) as Parts;
  const hasValue = Boolean(current.year || current.month || current.day);

  return (
    <fieldset className="group space-y-1" aria-describedby={describedBy} data-testid="partial-date">
      <legend className="block text-sm font-medium text-ink">{label}</legend>
      <div className="flex flex-wrap items-end gap-2" key={meta.key}>
        <div className="inline-flex overflow-hidden rounded-md border border-line text-xs" role="radiogroup" aria-label={t('precision')}>
          {(['year', 'month', 'day'] as const).map((p) => (
            <label
              key={p}
              className="relative cursor-pointer bg-white px-3 py-2 text-ink hover:bg-cn-soft has-[:checked]:bg-cn has-[:checked]:text-white has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-cn/40"
            >
              <input type="radio" className="absolute inset-0 cursor-pointer opacity-0" name={part('precision')} value={p} defaultChecked={(initial.precision ?? 'year') === p} />
              {t(p)}
            </label>
          ))}
        </div>
        <label className="space-y-0.5 text-xs text-muted">
          <span className="block">{t('year')}</span>
          <input
            name={part('year')}
            defaultValue={initial.year ?? ''}
            inputMode="numeric"
            placeholder={t('yearPlaceholder')}
            autoComplete="off"
            className={`${inputBase} w-24 text-ink`}
            aria-invalid={error ? true : undefined}
            aria-describedby={describedBy}
          />
        </label>
        <label className="space-y-0.5 text-xs text-muted group-has-[input[value=year]:checked]:hidden">
          <span className="block">{t('month')}</span>
          <select
            name={part('month')}
            defaultValue={initial.month ?? ''}
            className={`${inputBase} w-40 text-ink`}
            aria-invalid={error ? true : undefined}
            aria-describedby={describedBy}
          >
            <option value="">{t('monthPlaceholder')}</option>
            {monthNames.map((m, i) => (
              <option key={m} value={String(i + 1).padStart(2, '0')}>
                {m}
              </option>
            ))}
          </select>
        </label>
        <label className="hidden space-y-0.5 text-xs text-muted group-has-[input[value=day]:checked]:block">
          <span className="block">{t('day')}</span>
          <input
            name={part('day')}
            defaultValue={initial.day ?? ''}
            inputMode="numeric"
            placeholder={t('dayPlaceholder')}
            autoComplete="off"
            className={`${inputBase} w-20 text-ink`}
            aria-invalid={error ? true : undefined}
            aria-describedby={describedBy}
          />
        </label>
        {hasValue && (
          <button
            type="button"
            className="pb-2 text-xs text-muted underline hover:text-ink"
            onClick={() => form.update({ name: meta.name, value: { precision: current.precision ?? 'year', year: '', month: '', day: '' } })}
          >
            {t('clear')}
          </button>
        )}
      </div>
      {!error && (
        <p id={meta.descriptionId} className="text-xs text-muted">
          {hint ?? t('hint')}
        </p>
      )}
      {error && (
        <p id={meta.errorId} className="text-xs font-medium text-by" data-testid="field-error">
          {error}
        </p>
      )}
    </fieldset>
  );
}
