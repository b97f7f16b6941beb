'use client';
import { useEffect, useId, useState } from 'react';
import { useTranslations } from 'next-intl';
import type { SourceOption } from '@/lib/sources/admin-queries';
import { inputClass, TextField } from './fields';
import { emptyNewSource, type SourceRefValue } from './initial-values';
import type { EntityForm } from './use-entity-form';


/** The sources of a record: pick existing ones by title/URL/publisher or type a new one (URL required). */
export function SourcesEditor({ form, name = 'sources' }: { form: Pick<EntityForm, 'get' | 'set' | 'error'>; name?: string }) {
  const t = useTranslations('admin.sources');
  const searchId = useId();
  const refs = (form.get(name) as SourceRefValue[] | undefined) ?? [];
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<SourceOption[]>([]);
  const listError = form.error(name);

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
  const remove = (index: number) => form.set(name, refs.filter((_, i) => i !== index));

  return (
    <div className="space-y-3">
      {listError && (
        <p className="text-sm font-medium text-by" role="alert">
          {listError}
        </p>
      )}
      <ol className="space-y-3">
        {refs.map((ref, index) => (
          <li key={index} className="rounded-md border border-line bg-paper p-3" data-testid="source-ref">
            <div className="mb-2 flex items-center justify-between gap-2">
              <span className="text-xs font-semibold uppercase tracking-wide text-muted">{t('number', { n: index + 1 })}</span>
              <button type="button" onClick={() => remove(index)} className="text-xs text-by underline" aria-label={t('removeLabel', { n: index + 1 })}>
                {t('remove')}
              </button>
            </div>
            {ref.mode === 'existing' ? (
              <p className="text-sm">
                <span className="font-medium">{ref.title ?? `#${ref.id}`}</span>
                {ref.url && <span className="block truncate text-xs text-muted">{ref.url}</span>}
                {form.error(`${name}.${index}.id`) && <span className="block text-xs text-by">{form.error(`${name}.${index}.id`)}</span>}
              </p>
            ) : (
              <div className="grid gap-3 sm:grid-cols-2">
                <TextField form={form} name={`${name}.${index}.url`} label={t('url')} type="url" required className="sm:col-span-2" placeholder="https://" />
                <TextField form={form} name={`${name}.${index}.title`} label={t('title')} required />
                <TextField form={form} name={`${name}.${index}.publisher`} label={t('publisher')} />
              </div>
            )}
          </li>
        ))}
      </ol>
      <div className="flex flex-wrap items-end gap-3">
        <button
          type="button"
          onClick={() => form.set(name, [...refs, emptyNewSource()])}
          className="rounded-md border border-cn px-3 py-2 text-sm font-medium text-cn hover:bg-cn-soft"
        >
          {t('addNew')}
        </button>
        <div className="relative min-w-64 flex-1">
          <label htmlFor={searchId} className="block text-xs text-muted">
            {t('searchLabel')}
          </label>
          <input id={searchId} className={inputClass} value={query} onChange={(e) => setQuery(e.target.value)} placeholder={t('searchPlaceholder')} autoComplete="off" />
          {shown.length > 0 && (
            <ul className="absolute z-[1100] mt-1 max-h-60 w-full overflow-auto rounded-md border border-line bg-white text-sm shadow-lg">
              {shown.map((source) => (
                <li key={source.id}>
                  <button
                    type="button"
                    className="block w-full px-3 py-2 text-left hover:bg-cn-soft"
                    onClick={() => {
                      if (!refs.some((r) => r.mode === 'existing' && r.id === source.id)) {
                        form.set(name, [...refs, { mode: 'existing', id: source.id, title: source.title, url: source.url }]);
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
