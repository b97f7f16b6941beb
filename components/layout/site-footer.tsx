import { getTranslations } from 'next-intl/server';
import { Link } from '@/lib/i18n/navigation';

export async function SiteFooter() {
  const t = await getTranslations('site');
  const reader = await getTranslations('reader');
  return (
    <footer className="border-t border-line bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-baseline justify-between gap-x-6 gap-y-2 px-4 py-6 text-xs text-muted sm:px-6">
        <p>{t('footer')}</p>
        <nav aria-label={reader('footerNav')} className="flex gap-4">
          <Link href="/about" className="text-cn underline">{reader('about.title')}</Link>
          <Link href="/api-docs" className="text-cn underline">{reader('about.apiLink')}</Link>
        </nav>
      </div>
    </footer>
  );
}
