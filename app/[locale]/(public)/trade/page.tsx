import type { Metadata } from 'next';
import { getLocale, getTranslations, setRequestLocale } from 'next-intl/server';
import { Section } from '@/components/detail/section';
import { TradeFigureTable } from '@/components/detail/trade-figure-table';
import { TradeChart } from '@/components/trade/trade-chart';
import { localName } from '@/lib/i18n/place-names';
import { partnerPlaceNames } from '@/lib/places/partner';
import { listTradeFigures } from '@/lib/trade/queries';
import { countryChartSeries, unitSeries } from '@/lib/trade/series';
import { localeAlternates } from '@/lib/i18n/alternates';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'trade' });
  return {
    title: t('title'),
    description: t('metaDescription'),
    alternates: localeAlternates(locale, `/trade`),
    openGraph: { title: t('title'), description: t('metaDescription'), type: 'website', url: `/${locale}/trade` },
  };
}

export default async function TradePage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('trade');
  const currentLocale = await getLocale();
  const figures = await listTradeFigures();
  const country = figures.filter((f) => f.scope === 'country');
  const units = unitSeries(figures);
  const unitName = (unit: (typeof units)[number]['by'], side: 'BY' | 'CN') =>
    unit ? localName(partnerPlaceNames({ country: side, names: unit.names }), currentLocale) : side === 'BY' ? t('belarus') : t('china');

  return (
    <div className="space-y-8">
      <header className="space-y-2">
        <h1 className="text-2xl font-semibold tracking-tight sm:text-3xl">{t('title')}</h1>
        <p className="max-w-3xl text-muted">{t('intro')}</p>
        <p className="text-sm"><a href="/api/v1/trade?format=csv" download className="text-cn">{t('download')}</a></p>
      </header>
      {figures.length === 0 ? (
        <p className="rounded-lg border border-dashed border-line bg-white p-8 text-center text-muted">{t('noData')}</p>
      ) : (
        <>
          <TradeChart series={countryChartSeries(country)} tableHref="#country" />
          <Section id="country" title={t('tableTitle')}>
            <TradeFigureTable figures={country} caption={t('tableCaption')} showUnits={false} />
          </Section>
          <Section id="regional" title={t('regionalTitle')}>
            <p className="max-w-3xl text-sm text-muted">{t('regionalIntro')}</p>
            <div className="space-y-6">
              {units.map((group) => (
                <div key={group.key} className="space-y-2">
                  <h3 className="font-medium">{unitName(group.by, 'BY')} – {unitName(group.cn, 'CN')}</h3>
                  <TradeFigureTable figures={group.figures} showUnits={false} />
                </div>
              ))}
            </div>
          </Section>
        </>
      )}
    </div>
  );
}
