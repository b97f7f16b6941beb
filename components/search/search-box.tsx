'use client';

import { useSearchParams } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useEffect, useRef, useState, useTransition } from 'react';
import { useRouter } from '@/lib/i18n/navigation';

const DEBOUNCE_MS = 300;

/**
 * The search box. Without JavaScript it is a plain GET form (the other filters ride
 * along as hidden fields); with it, typing updates the URL after a short pause and
 * the server re-renders the results without a full reload.
 */
export function SearchBox({ initialQuery, hidden }: { initialQuery: string; hidden: [string, string][] }) {
  const t = useTranslations('search');
  const router = useRouter();
  const searchParams = useSearchParams();
  const [query, setQuery] = useState(initialQuery);
  const [urlQuery, setUrlQuery] = useState(initialQuery);
  const [pending, startTransition] = useTransition();
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);

  // The URL changed from elsewhere (a facet link, "clear"): show its query.
  if (initialQuery !== urlQuery) {
    setUrlQuery(initialQuery);
    setQuery(initialQuery);
  }

  useEffect(() => () => clearTimeout(timer.current), []);

  function navigate(text: string) {
    clearTimeout(timer.current);
    const params = new URLSearchParams(searchParams.toString());
    if (text.trim()) params.set('q', text.trim());
    else params.delete('q');
    params.delete('page');
    params.delete('sort');
    const search = params.toString();
    startTransition(() => {
      setUrlQuery(text.trim());
      router.replace(search ? `/agreements?${search}` : '/agreements', { scroll: false });
    });
  }

  return (
    <form
      role="search"
      method="get"
      action=""
      onSubmit={(event) => {
        event.preventDefault();
        navigate(query);
      }}
      className="flex flex-col gap-2 sm:flex-row"
    >
      {hidden.map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <label htmlFor="agreement-search" className="sr-only">
        {t('label')}
      </label>
      <div className="relative flex-1">
        <input
          id="agreement-search"
          name="q"
          type="search"
          value={query}
          maxLength={200}
          autoComplete="off"
          spellCheck={false}
          placeholder={t('placeholder')}
          onChange={(event) => {
            const text = event.target.value;
            setQuery(text);
            clearTimeout(timer.current);
            timer.current = setTimeout(() => navigate(text), DEBOUNCE_MS);
          }}
          className="w-full rounded-md border border-line bg-white px-3 py-2.5 pr-24 text-base shadow-sm outline-none focus:border-cn focus:ring-2 focus:ring-cn focus:ring-offset-1"
        />
        <span aria-live="polite" className="pointer-events-none absolute right-3 top-1/2 -translate-y-1/2 text-xs text-muted">
          {pending ? t('searching') : ''}
        </span>
      </div>
      <button
        type="submit"
        className="rounded-md bg-ink px-4 py-2.5 text-sm font-medium text-white hover:bg-ink/90 focus:outline-none focus:ring-2 focus:ring-cn focus:ring-offset-2"
      >
        {t('submit')}
      </button>
    </form>
  );
}
