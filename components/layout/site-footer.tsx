import { getTranslations } from 'next-intl/server';

export async function SiteFooter() {
  const t = await getTranslations('site');
  return (
    <footer className="border-t border-line bg-white">
      <div className="mx-auto max-w-6xl px-4 py-6 text-xs text-muted sm:px-6">{t('footer')}</div>
    </footer>
  );
}
