import { getTranslations } from 'next-intl/server';
import { Suspense } from 'react';
import { LanguageSwitcher } from '@/components/layout/language-switcher';
import { Link } from '@/lib/i18n/navigation';
import { SITE_NAV } from '@/lib/navigation/site-nav';
import { NavDisclosure } from './nav-disclosure';
import { NavLinks } from './nav-links';

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
        <NavDisclosure label={t('a11y.menu')}>
          <nav aria-label={t('nav.label')}>
            <NavLinks
              items={SITE_NAV.map((item) => ({ href: item.href, label: t(item.label), exact: item.exact }))}
              listClassName="flex flex-col gap-1 text-base sm:flex-row sm:flex-wrap sm:gap-x-4 sm:gap-y-1 sm:text-sm"
              linkClassName="block py-1.5 text-muted hover:text-ink sm:inline sm:py-0"
              currentClassName="font-medium text-ink underline decoration-2 underline-offset-4 sm:no-underline"
            />
          </nav>
        </NavDisclosure>
        <Suspense fallback={null}>
          <LanguageSwitcher label={t('nav.language')} />
        </Suspense>
      </div>
    </header>
  );
}
