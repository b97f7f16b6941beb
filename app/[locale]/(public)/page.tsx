import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { PairingList } from '@/components/pairings/pairing-list';
import { getAtlasTotals, listPairings } from '@/lib/pairings/queries';

// Reads the database on every request: editors' changes show at once.
export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'home' });
  return { title: t('title'), description: t('metaDescription') };
}

export default async function HomePage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('home');
  const [pairings, totals] = await Promise.all([listPairings(), getAtlasTotals()]);
  const byPartners = new Set(pairings.map((p) => p.byPlace.slug)).size;
  const cnPartners = new Set(pairings.map((p) => p.cnPlace.slug)).size;

  return (
    <div className="space-y-6">
      <header className="space-y-3">
        <h1 className="text-2xl font-semibold tracking-tight sm:text-3xl">{t('title')}</h1>
        <p className="max-w-3xl text-muted">{t('intro')}</p>
        <ul className="flex flex-wrap gap-x-6 gap-y-1 text-sm" aria-label={t('stats.label')}>
          <li className="font-medium">{t('stats.pairings', { count: totals.pairings })}</li>
          <li>{t('stats.established', { count: totals.established })}</li>
          <li>{t('stats.pipeline', { count: totals.pairings - totals.established })}</li>
          <li className="text-muted">{t('stats.regions', { by: byPartners, cn: cnPartners })}</li>
        </ul>
      </header>
      <section aria-labelledby="pairings-heading" className="space-y-2">
        <h2 id="pairings-heading" className="sr-only">
          {t('title')}
        </h2>
        <p className="text-xs text-muted">{t('tableCaption')}</p>
        {pairings.length === 0 ? (
          <p className="rounded-lg border border-dashed border-line bg-white p-8 text-center text-muted">{t('empty')}</p>
        ) : (
          <PairingList pairings={pairings} />
        )}
      </section>
    </div>
  );
}
