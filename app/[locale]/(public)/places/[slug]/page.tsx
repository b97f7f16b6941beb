import type { Metadata } from 'next';
import { SuggestLink } from '@/components/suggestions/suggest-link';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { CiteThis } from '@/components/detail/cite-this';
import { LastUpdated } from '@/components/detail/last-updated';
import { PlaceFacts } from '@/components/detail/place-facts';
import { Section } from '@/components/detail/section';
import { SourceList } from '@/components/detail/source-list';
import { TradeFigureTable } from '@/components/detail/trade-figure-table';
import { PairingList } from '@/components/pairings/pairing-list';
import { PlaceMap, type MapPoint } from '@/components/place-map/place-map';
import { ProjectCard } from '@/components/projects/project-card';
import { Link } from '@/lib/i18n/navigation';
import { localName, originalName } from '@/lib/i18n/place-names';
import { partnerPlaceNames } from '@/lib/places/partner';
import { getPlaceDetail } from '@/lib/places/queries';
import { localeAlternates } from '@/lib/i18n/alternates';
import { displayText } from '@/lib/i18n/content';
import { LocalizedText } from '@/components/i18n/localized-text';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ locale: string; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params;
  const place = await getPlaceDetail(slug);
  // notFound() here, not `return {}`: otherwise the streamed metadata keeps the site title
  // and replaces the not-found page's "Page not found" once the page hydrates.
  if (!place) notFound();
  const name = localName(partnerPlaceNames(place), locale);
  const t = await getTranslations({ locale });
  const description = displayText(place.i18n.summary, locale) ?? t('content.meta.place', { name, count: place.pairings.length });
  return {
    title: name,
    description,
    alternates: { ...localeAlternates(locale, `/places/${slug}`), types: { 'application/atom+xml': `/feeds/places/${slug}.atom?lang=${locale}` } },
    openGraph: { title: name, description, type: 'article', url: `/${locale}/places/${slug}`, modifiedTime: place.updatedAt },
  };
}

export default async function PlacePage({ params }: Props) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const place = await getPlaceDetail(slug);
  if (!place) notFound();
  const t = await getTranslations();
  const names = partnerPlaceNames(place);
  const name = localName(names, locale);
  const original = originalName(names, locale);
  const points: MapPoint[] = [];
  if (place.lat !== null && place.lon !== null) points.push({ lat: place.lat, lon: place.lon, label: name, side: place.country as 'BY' | 'CN' });

  return (
    <article className="space-y-8">
      <header className="space-y-3">
        <p className="text-sm text-muted">
          {t(`level.${place.level as 'oblast'}`)} · {place.country === 'BY' ? t('pairing.belarus') : t('pairing.china')}
          {place.region ? (
            <> · <Link href={`/places/${place.region.slug}`} className="text-cn">{localName(partnerPlaceNames({ country: place.country, names: place.region.names }), locale)}</Link></>
          ) : null}
        </p>
        <h1 className="text-2xl font-semibold tracking-tight sm:text-3xl">
          {name}
          {original ? <span className="ml-3 font-normal text-muted" lang={place.country === 'CN' ? 'zh' : 'ru'}>{original}</span> : null}
        </h1>
        <LocalizedText value={place.i18n.summary} as="p" className="max-w-3xl text-muted" />
        <p className="text-sm">
          <a href={`/feeds/places/${place.slug}.atom?lang=${locale}`} type="application/atom+xml">
            {t('changes.placeFeedLink', { place: name })}
          </a>
          {' · '}
          <SuggestLink target="place" slug={place.slug} className="" />
        </p>
      </header>
      <div className="grid grid-cols-1 gap-8 lg:grid-cols-[minmax(0,1fr)_22rem]">
        <div className="space-y-8">
          <Section id="pairings" title={t('detail.pairings')}>
            {place.pairings.length > 0 ? <PairingList pairings={place.pairings} /> : <p className="text-sm text-muted">{t('detail.noPairings')}</p>}
          </Section>
          {place.localities.length > 0 ? (
            <Section id="localities" title={t('detail.localities')}>
              <ul className="flex flex-wrap gap-2 text-sm">
                {place.localities.map((locality) => (
                  <li key={locality.slug}>
                    <Link href={`/places/${locality.slug}`} className="rounded-full border border-line bg-white px-3 py-1 no-underline hover:border-cn">
                      {localName(locality, locale)}
                    </Link>
                  </li>
                ))}
              </ul>
            </Section>
          ) : null}
          <Section id="projects" title={t('detail.projects')}>
            {place.projects.length > 0 ? (
              <ul className="divide-y divide-line rounded-lg border border-line bg-white">
                {place.projects.map((project) => <ProjectCard key={project.slug} project={project} />)}
              </ul>
            ) : <p className="text-sm text-muted">{t('detail.noProjects')}</p>}
          </Section>
          <Section id="trade" title={t('detail.trade')}>
            {place.trade.length > 0 ? <TradeFigureTable figures={place.trade} /> : <p className="text-sm text-muted">{t('detail.noTrade')}</p>}
          </Section>
          <SourceList sources={place.allSources} />
        </div>
        <aside className="space-y-6">
          {points.length > 0 ? <PlaceMap points={points} label={t('detail.mapLabel', { name })} /> : null}
          <PlaceFacts place={place} />
          <CiteThis title={name} path={`/places/${place.slug}`} updated={place.updatedAt} citeKey={place.slug} />
          <LastUpdated iso={place.updatedAt} />
          <p className="text-xs"><a href={`/api/v1/places/${place.slug}`} className="text-cn">{t('detail.api')}</a></p>
        </aside>
      </div>
    </article>
  );
}
