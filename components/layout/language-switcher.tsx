'use client';

import { usePathname, useSearchParams } from 'next/navigation';
import { useLocale } from 'next-intl';
import { useEffect, useState } from 'react';
import { LOCALE_NAMES, LOCALE_TAGS } from '@/lib/i18n/locales';
import { routing } from '@/lib/i18n/routing';

/** The same path in another locale: only the first segment changes. */
export function pathInLocale(pathname: string, locale: string): string {
  const rest = pathname.replace(/^\/[^/]+/, '');
  return `/${locale}${rest}`;
}

/**
 * Links to the current page in every language, with its filters (query) and open panel
 * (hash). Plain links on purpose: a document request lets next-intl's proxy store the
 * choice in the NEXT_LOCALE cookie, so `/` remembers it.
 */
export function LanguageSwitcher({ label }: { label: string }) {
  const current = useLocale();
  const pathname = usePathname();
  const search = useSearchParams().toString();
  const [hash, setHash] = useState('');

  useEffect(() => {
    const update = () => setHash(window.location.hash);
    update();
    window.addEventListener('hashchange', update);
    return () => window.removeEventListener('hashchange', update);
  }, []);

  return (
    <nav aria-label={label}>
      <ul className="flex flex-wrap gap-x-3 text-sm">
        {routing.locales.map((locale) => (
          <li key={locale}>
            {locale === current ? (
              <span aria-current="true" lang={LOCALE_TAGS[locale]} className="font-semibold text-ink">
                {LOCALE_NAMES[locale]}
              </span>
            ) : (
              <a
                href={`${pathInLocale(pathname, locale)}${search ? `?${search}` : ''}${hash}`}
                hrefLang={LOCALE_TAGS[locale]}
                lang={LOCALE_TAGS[locale]}
                className="text-muted hover:text-ink"
              >
                {LOCALE_NAMES[locale]}
              </a>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
