'use client';
import { useEffect, useId, useState } from 'react';
import { useFormMetadata } from '@conform-to/react';
import { useTranslations } from 'next-intl';
import { existingSourceRef, newSourceRef, type SourceRefValue } from '@/lib/admin/form-values';
import type { SourceOption } from '@/lib/sources/admin-queries';
import { useErrorText } from './use-error-text';
import { fieldList, fieldset, inputClass, TextField, type Field } from './fields';

/** The sources of a record: pick existing ones by title/URL/publisher or type a new one (URL required). */
export function SourcesEditor({ meta }: { meta: Field }) {
  const t = useTranslations('admin.sources');
  const form = useFormMetadata(meta.formId);
  const searchId = useId();
  const items = fieldList(meta);
  const values = ((meta.value ?? []) as Partial<SourceRefValue>[]);
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<SourceOption[]>([]);
  const errorText = useErrorText();
  const listError = errorText(meta.errors?.[0]);

  useEffect(() => {
    if (query.trim().length < 2) return;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      fetch(`/api/admin/sources?q=${encodeURIComponent(query)}`, { signal: controller.signal })
        .then((r) => (r.ok ? r.json() : { sources: [] }))
        .then((body: { sources: SourceOption[] }) => setResults(body.sources))
        .catch(() => undefined);
    }, 200);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [query]);

  const shown = query.trim().length < 2 ? [] : results;

  return (
    <div className="space-y-3">
      {listError && (
        <p className="text-sm font-medium text-by" role="alert" id={meta.errorId}>
          {listError}
        </p>
      )}
      <ol className="space-y-3">
        {items.map((item, index) => {
          const ref = fieldset<'mode' | 'id' | 'title' | 'url' | 'publisher'>(item);
          const mode = (ref.mode.value ?? ref.mode.initialValue) as string | undefined;
          return (
            <li key={item.key} className="rounded-md border border-line bg-paper p-3" data-testid="source-ref">
              <input type="hidden" name={ref.mode.name} value={mode ?? 'new'} />
              <div className="mb-2 flex items-center justify-between gap-2">
                <span className="text-xs font-semibold uppercase tracking-wide text-muted">{t('number', { n: index + 1 })}</span>
                <button {...form.remove.getButtonProps({ name: meta.name, index })} className="text-xs text-by underline" aria-label={t('removeLabel', { n: index + 1 })}>
                  {t('remove')}
                </button>
              </div>
              {mode === 'existing' ? (
                <p className="text-sm">
                  {/* Shown, and posted back so the form's starting values stay complete; the schema reads only the id. */}
                  <input type="hidden" name={ref.id.name} value={String(ref.id.initialValue ?? '')} />
                  <input type="hidden" name={ref.title.name} value={String(ref.title.initialValue ?? '')} />
                  <input type="hidden" name={ref.url.name} value={String(ref.url.initialValue ?? '')} />
                  <span className="font-medium">{String(ref.title.initialValue || `#${String(ref.id.initialValue)}`)}</span>
                  {ref.url.initialValue ? <span className="block truncate text-xs text-muted">{String(ref.url.initialValue)}</span> : null}
                  {ref.id.errors?.[0] && <span className="block text-xs text-by">{errorText(ref.id.errors[0])}</span>}
                </p>
              ) : (
                <div className="grid gap-3 sm:grid-cols-2">
                  <TextField meta={ref.url} label={t('url')} type="url" required className="sm:col-span-2" placeholder="https://" />
                  <TextField meta={ref.title} label={t('title')} required />
                  <TextField meta={ref.publisher} label={t('publisher')} />
                </div>
              )}
            </li>
          );
        })}
      </ol>
      <div className="flex flex-wrap items-end gap-3">
        <button
          {...form.insert.getButtonProps({ name: meta.name, defaultValue: newSourceRef() as never })}
          className="rounded-md border border-cn px-3 py-2 text-sm font-medium text-cn hover:bg-cn-soft"
        >
          {t('addNew')}
        </button>
        <div className="relative min-w-64 flex-1">
          <label htmlFor={searchId} className="block text-xs text-muted">
            {t('searchLabel')}
          </label>
          {/* No name: searching is not part of what the form saves. */}
          <input id={searchId} className={inputClass} value={query} onChange={(e) => setQuery(e.target.value)} placeholder={t('searchPlaceholder')} autoComplete="off" />
          {shown.length > 0 && (
            <ul className="absolute z-[1100] mt-1 max-h-60 w-full overflow-auto rounded-md border border-line bg-white text-sm shadow-lg">
              {shown.map((source) => (
                <li key={source.id}>
                  <button
                    type="button"
                    className="block w-full px-3 py-2 text-left hover:bg-cn-soft"
                    onClick={() => {
                      if (!values.some((r) => r.mode === 'existing' && String(r.id) === String(source.id))) {
                        form.insert({ name: meta.name, defaultValue: existingSourceRef(source) as never });
                      }
                      setQuery('');
                      setResults([]);
                    }}
                  >
                    <span className="font-medium">{source.title}</span>
                    <span className="block truncate text-xs text-muted">{source.publisher ? `${source.publisher} · ` : ''}{source.url ?? t('printed')}</span>
                  </button>
                </li>
              ))}
            </ul>
          )}
        </div>
      </div>
    </div>
  );
}
