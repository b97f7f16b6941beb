import { getTranslations } from 'next-intl/server';

export default async function Loading() {
  const t = await getTranslations();
  return (
    <div aria-busy="true" className="space-y-3 py-4">
      <span className="sr-only">{t('loading')}</span>
      {Array.from({ length: 6 }, (_, i) => (
        <div key={i} className="h-14 animate-pulse rounded-lg bg-line/60" />
      ))}
    </div>
  );
}
