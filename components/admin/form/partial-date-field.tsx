'use client';
import { useId, useState } from 'react';
import { useTranslations } from 'next-intl';
import { FieldShell, inputBase } from './fields';
import type { EntityForm } from './use-entity-form';

type Precision = 'year' | 'month' | 'day';

function split(value: string) {
  const [year = '', month = '', day = ''] = value.split('-');
  const precision: Precision = day ? 'day' : month ? 'month' : 'year';
  return { year, month, day, precision };
}

/**
 * A date known to the year, the month or the day: pick the precision, then fill in
 * only what is known. The value is the ISO prefix ("2019", "2019-09", "2019-09-14").
 */
export function PartialDateField({
  form,
  name,
  label,
  hint,
}: {
  form: Pick<EntityForm, 'get' | 'set' | 'error'>;
  name: string;
  label: string;
  hint?: string;
}) {
  const t = useTranslations('admin.date');
  const id = useId();
  const current = String(form.get(name) ?? '');
  const parts = split(current);
  const [precision, setPrecision] = useState<Precision>(current ? parts.precision : 'year');
  const error = form.error(name);
  // Every part names the field by its visible label and points at its error or hint.
  const describedBy = error ? `${id}-year-error` : `${id}-year-hint`;

  function write(next: { year?: string; month?: string; day?: string; precision?: Precision }) {
    const p = next.precision ?? precision;
    const year = (next.year ?? parts.year).replace(/\D/g, '').slice(0, 4);
    const month = next.month ?? parts.month;
    const day = (next.day ?? parts.day).replace(/\D/g, '').slice(0, 2);
    let iso = year;
    if (year && p !== 'year' && month) iso += `-${month}`;
    if (year && p === 'day' && month && day) iso += `-${day.padStart(2, '0')}`;
    form.set(name, iso);
  }

  const monthNames = Array.from({ length: 12 }, (_, i) =>
    new Intl.DateTimeFormat('en', { month: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2000, i, 1))),
  );

  return (
    <FieldShell id={`${id}-year`} label={label} hint={hint ?? t('hint')} error={error}>
      <div className="flex flex-wrap items-center gap-2" role="group" aria-label={label}>
        <div className="inline-flex overflow-hidden rounded-md border border-line text-xs" role="radiogroup" aria-label={t('precision')}>
          {(['year', 'month', 'day'] as const).map((p) => (
            <button
              key={p}
              type="button"
              role="radio"
              aria-checked={precision === p}
              onClick={() => {
                setPrecision(p);
                write({ precision: p });
              }}
              className={`px-3 py-2 ${precision === p ? 'bg-cn text-white' : 'bg-white text-ink hover:bg-cn-soft'}`}
            >
              {t(p)}
            </button>
          ))}
        </div>
        <input
          id={`${id}-year`}
          aria-describedby={describedBy}
          inputMode="numeric"
          placeholder={t('yearPlaceholder')}
          className={`${inputBase} w-24`}
          value={parts.year}
          onChange={(event) => write({ year: event.target.value })}
          aria-invalid={error ? true : undefined}
        />
        {precision !== 'year' && (
          <select
            aria-label={`${label}: ${t('month')}`}
            aria-describedby={describedBy}
            className={`${inputBase} w-40`}
            value={parts.month}
            onChange={(event) => write({ month: event.target.value })}
            aria-invalid={error ? true : undefined}
          >
            <option value="">{t('monthPlaceholder')}</option>
            {monthNames.map((m, i) => (
              <option key={m} value={String(i + 1).padStart(2, '0')}>
                {m}
              </option>
            ))}
          </select>
        )}
        {precision === 'day' && (
          <input
            aria-label={`${label}: ${t('day')}`}
            aria-describedby={describedBy}
            inputMode="numeric"
            placeholder={t('dayPlaceholder')}
            className={`${inputBase} w-20`}
            value={parts.day}
            onChange={(event) => write({ day: event.target.value })}
            aria-invalid={error ? true : undefined}
          />
        )}
        {current && (
          <button type="button" className="text-xs text-muted underline hover:text-ink" onClick={() => form.set(name, '')}>
            {t('clear')}
          </button>
        )}
      </div>
    </FieldShell>
  );
}
