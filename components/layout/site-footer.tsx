import { getTranslations } from 'next-intl/server';
import { Link } from '@/lib/i18n/navigation';

export async function SiteFooter() {
  const t = await getTranslations();
  return (
    <footer className="border-t border-line bg-white">
      <div className="mx-auto flex max-w-6xl flex-col gap-2 px-4 py-6 text-xs text-muted sm:px-6">
        <p>{t('site.footer')}</p>
        <ul className="flex flex-wrap gap-x-4 gap-y-1">
          <li>
            <Link href="/changes" className="text-muted underline hover:text-ink">{t('changes.homeLink')}</Link>
          </li>
          <li>
            <Link href="/data" className="text-muted underline hover:text-ink">{t('releases.footerLink')}</Link>
          </li>
          <li>
            <Link href="/suggest" className="text-muted underline hover:text-ink">{t('suggest.reportNew')}</Link>
          </li>
        </ul>
      </div>
    </footer>
  );
}
