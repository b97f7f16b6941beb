import type { Metadata } from 'next';
import { SuggestLink } from '@/components/suggestions/suggest-link';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { CiteThis } from '@/components/detail/cite-this';
import { LastUpdated } from '@/components/detail/last-updated';
import { PairingHeader } from '@/components/detail/pairing-header';
import { PairingAgreements } from '@/components/detail/pairing-agreements';
import { Section } from '@/components/detail/section';
import { SourceList } from '@/components/detail/source-list';
import { StagePipeline } from '@/components/detail/stage-pipeline';
import { PairingTrade } from '@/components/detail/pairing-trade';
import { PlaceMap } from '@/components/place-map/place-map';
import { ProjectCard } from '@/components/projects/project-card';
import { localName } from '@/lib/i18n/place-names';
import { getPairingDetail, type PairingDetail } from '@/lib/pairings/queries';
import { partnerPlaceNames } from '@/lib/places/partner';
import { localeAlternates } from '@/lib/i18n/alternates';
import { displayText } from '@/lib/i18n/content';
import type { PairingStage } from '@/lib/domain/vocabulary';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ locale: string; slug: string }> };

function pairingTitle(pairing: PairingDetail, locale: string) {
  return `${localName(partnerPlaceNames(pairing.by), locale)} – ${localName(partnerPlaceNames(pairing.cn), locale)}`;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params;
  const pairing = await getPairingDetail(slug);
  // notFound() here, not `return {}`: otherwise the streamed metadata keeps the site title
  // and replaces the not-found page's "Page not found" once the page hydrates.
  if (!pairing) notFound();
  const title = pairingTitle(pairing, locale);
  const t = await getTranslations({ locale });
  // The summary in the page's language (or its visible fallback) is what search engines and link previews show.
  const description =
    displayText(pairing.i18n.summary, locale) ?? t('content.meta.pairing', { title, stage: t(`stage.${pairing.stage as PairingStage}`) });
  return {
    title,
    description,
    alternates: localeAlternates(locale, `/pairings/${slug}`),
    openGraph: { title, description, type: 'article', url: `/${locale}/pairings/${slug}`, modifiedTime: pairing.updatedAt },
  };
}

export default async function PairingPage({ params }: Props) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const pairing = await getPairingDetail(slug);
  if (!pairing) notFound();
  const t = await getTranslations('detail');
  const title = pairingTitle(pairing, locale);
  const points = [
    pairing.byPoint && { ...pairing.byPoint, label: localName(partnerPlaceNames(pairing.by), locale), side: 'BY' as const },
    pairing.cnPoint && { ...pairing.cnPoint, label: localName(partnerPlaceNames(pairing.cn), locale), side: 'CN' as const },
  ].filter((p) => p !== null);

  return (
    <article className="space-y-8">
      <PairingHeader pairing={pairing} title={title} />
      <div className="grid grid-cols-1 gap-8 lg:grid-cols-[minmax(0,1fr)_22rem]">
        <div className="space-y-8">
          <Section id="pipeline" title={t('pipeline')}>
            <StagePipeline stage={pairing.stage} stageUncertain={pairing.stageUncertain} established={pairing.established}
              establishedApproximate={pairing.establishedApproximate} agreements={pairing.agreements} />
          </Section>
          <Section id="agreements" title={t('agreements')}>
            <PairingAgreements agreements={pairing.agreements} sources={pairing.allSources} />
          </Section>
          <Section id="projects" title={t('projects')}>
            {pairing.projects.length > 0 ? (
              <ul className="divide-y divide-line rounded-lg border border-line bg-white">
                {pairing.projects.map((project) => <ProjectCard key={project.slug} project={project} />)}
              </ul>
            ) : <p className="text-sm text-muted">{t('noProjects')}</p>}
          </Section>
          <Section id="trade" title={t('trade')}>
            {pairing.trade.length > 0 ? <PairingTrade figures={pairing.trade} by={pairing.by.slug} cn={pairing.cn.slug} /> : <p className="text-sm text-muted">{t('noTrade')}</p>}
          </Section>
          <SourceList sources={pairing.allSources} />
        </div>
        <aside className="space-y-6">
          {points.length > 0 ? (
            <PlaceMap points={points} lines={points.length === 2 ? [points] : []} label={t('mapLabel', { name: title })} />
          ) : null}
          <CiteThis title={title} path={`/pairings/${pairing.slug}`} updated={pairing.updatedAt} citeKey={pairing.slug} />
          <LastUpdated iso={pairing.updatedAt} />
          <p className="text-xs"><a href={`/api/v1/pairings/${pairing.slug}`} className="text-cn">{t('api')}</a></p>
          <p><SuggestLink target="pairing" slug={pairing.slug} /></p>
        </aside>
      </div>
    </article>
  );
}
