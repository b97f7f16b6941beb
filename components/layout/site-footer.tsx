import { getTranslations } from 'next-intl/server';
import { Link } from '@/lib/i18n/navigation';

export async function SiteFooter() {
  const t = await getTranslations();
  return (
    <footer className="border-t border-line bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-baseline justify-between gap-x-6 gap-y-2 px-4 py-6 text-xs text-muted sm:px-6">
        <p>{t('site.footer')}</p>
        <nav aria-label={t('reader.footerNav')}>
          <ul className="flex flex-wrap gap-x-4 gap-y-1">
            <li><Link href="/about" className="text-cn underline">{t('reader.about.title')}</Link></li>
            <li><Link href="/changes" className="text-cn underline">{t('changes.homeLink')}</Link></li>
            <li><Link href="/data" className="text-cn underline">{t('releases.footerLink')}</Link></li>
            <li><Link href="/suggest" className="text-cn underline">{t('suggest.reportNew')}</Link></li>
            <li><Link href="/api-docs" className="text-cn underline">{t('reader.about.apiLink')}</Link></li>
          </ul>
        </nav>
      </div>
    </footer>
  );
}
