import { getTranslations } from 'next-intl/server';
import { Suspense } from 'react';
import { LanguageSwitcher } from '@/components/layout/language-switcher';
import { Link } from '@/lib/i18n/navigation';

export async function SiteHeader() {
  const t = await getTranslations();
  return (
    <header className="border-b border-line bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3 sm:px-6">
        <Link href="/" className="flex items-center gap-2 font-semibold tracking-tight text-ink no-underline">
          <span aria-hidden className="flex h-7 w-7 overflow-hidden rounded-full border border-line">
            <span className="h-full w-1/2 bg-by" />
            <span className="h-full w-1/2 bg-cn" />
          </span>
          {t('site.name')}
        </Link>
        <nav aria-label={t('nav.label')}>
          <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
            <li>
              <Link href="/" className="text-muted hover:text-ink">
                {t('nav.home')}
              </Link>
            </li>
            <li>
              <Link href="/timeline" className="text-muted hover:text-ink">
                {t('nav.timeline')}
              </Link>
            </li>
            <li>
              <Link href="/agreements" className="text-muted hover:text-ink">
                {t('nav.agreements')}
              </Link>
            </li>
            <li>
              <Link href="/projects" className="text-muted hover:text-ink">
                {t('nav.projects')}
              </Link>
            </li>
            <li>
              <Link href="/trade" className="text-muted hover:text-ink">
                {t('nav.trade')}
              </Link>
            </li>
            <li>
              <Link href="/api-docs" className="text-muted hover:text-ink">
                {t('nav.apiDocs')}
              </Link>
            </li>
            <li>
              <Link href="/admin" className="text-muted hover:text-ink">
                {t('admin.nav.headerLink')}
              </Link>
            </li>
          </ul>
        </nav>
        <Suspense fallback={null}>
          <LanguageSwitcher label={t('nav.language')} />
        </Suspense>
      </div>
    </header>
  );
}
