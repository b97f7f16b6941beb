import { UncertainMark } from '@/components/a11y/uncertain-mark';
import type { Metadata } from 'next';
import { SuggestLink } from '@/components/suggestions/suggest-link';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { CiteThis } from '@/components/detail/cite-this';
import { LastUpdated } from '@/components/detail/last-updated';
import { Section } from '@/components/detail/section';
import { SourceList } from '@/components/detail/source-list';
import { PlaceMap } from '@/components/place-map/place-map';
import { projectName } from '@/components/projects/project-card';
import type { ProjectStatus } from '@/lib/domain/vocabulary';
import { Link } from '@/lib/i18n/navigation';
import { localName } from '@/lib/i18n/place-names';
import { partnerPlaceNames } from '@/lib/places/partner';
import { getProjectDetail } from '@/lib/projects/queries';
import { localeAlternates } from '@/lib/i18n/alternates';
import { displayText } from '@/lib/i18n/content';
import { LocalizedText } from '@/components/i18n/localized-text';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ locale: string; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params;
  const project = await getProjectDetail(slug);
  // notFound() here, not `return {}`: otherwise the streamed metadata keeps the site title
  // and replaces the not-found page's "Page not found" once the page hydrates.
  if (!project) notFound();
  const title = projectName({ nameEn: project.names.en, nameRu: project.names.ru, nameBe: project.names.be, nameZh: project.names.zh }, locale);
  const description = displayText(project.i18n.summary, locale) ?? project.locationText ?? title;
  return {
    title,
    description,
    alternates: localeAlternates(locale, `/projects/${slug}`),
    openGraph: { title, description, type: 'article', url: `/${locale}/projects/${slug}`, modifiedTime: project.updatedAt },
  };
}

export default async function ProjectPage({ params }: Props) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const project = await getProjectDetail(slug);
  if (!project) notFound();
  const t = await getTranslations();
  const title = projectName({ nameEn: project.names.en, nameRu: project.names.ru, nameBe: project.names.be, nameZh: project.names.zh }, locale);
  const others = [...new Set([project.names.en, project.names.ru, project.names.zh])].filter((n) => n && n !== title);
  const row = (label: string, value: React.ReactNode) =>
    value ? (<><dt className="text-muted">{label}</dt><dd>{value}</dd></>) : null;

  return (
    <article className="space-y-8">
      <header className="space-y-3">
        <p className="text-sm"><Link href="/projects" className="text-cn">← {t('projects.backToAll')}</Link></p>
        <h1 className="text-2xl font-semibold tracking-tight sm:text-3xl">{title}</h1>
        {others.length > 0 ? <p className="text-muted">{others.join(' · ')}</p> : null}
        <LocalizedText value={project.i18n.summary} as="p" className="max-w-3xl text-muted" />
        <p className="text-sm"><SuggestLink target="project" slug={project.slug} className="" /></p>
      </header>
      <div className="grid grid-cols-1 gap-8 lg:grid-cols-[minmax(0,1fr)_22rem]">
        <div className="space-y-8">
          <dl className="grid grid-cols-[auto_minmax(0,1fr)] gap-x-4 gap-y-2 rounded-lg border border-line bg-white p-4 text-sm">
            {row(t('projects.status'), <>{t(`catalog.projectStatus.${project.status as ProjectStatus}`)}<UncertainMark show={project.statusUncertain} /></>)}
            {row(t('projects.years'), project.startYear ? `${project.startYear}${project.endYear ? `–${project.endYear}` : ''}` : null)}
            {row(t('projects.location'), project.locationText)}
            {row(t('projects.place'), project.place ? (
              <Link href={`/places/${project.place.slug}`} className="text-cn">{localName(partnerPlaceNames(project.place), locale)}</Link>
            ) : null)}
            {row(t('projects.partners'), project.partnersText)}
            {row(t('projects.sectors'), project.sectors.join(', '))}
            {row(t('projects.figures'), project.keyFigures)}
            {row(t('projects.coordinates'), project.lat !== null && project.lon !== null ? `${project.lat.toFixed(4)}, ${project.lon.toFixed(4)}${project.coordNote ? ` — ${project.coordNote}` : ''}` : null)}
          </dl>
          {project.pairings.length > 0 ? (
            <Section id="pairings" title={t('projects.pairings')}>
              <ul className="space-y-1 text-sm">
                {project.pairings.map((pairing) => (
                  <li key={pairing.slug}>
                    <Link href={`/pairings/${pairing.slug}`} className="text-cn">
                      {localName(partnerPlaceNames(pairing.by), locale)} – {localName(partnerPlaceNames(pairing.cn), locale)}
                    </Link>
                  </li>
                ))}
              </ul>
            </Section>
          ) : null}
          <SourceList sources={project.sources} />
        </div>
        <aside className="space-y-6">
          {project.lat !== null && project.lon !== null ? (
            <PlaceMap points={[{ lat: project.lat, lon: project.lon, label: title, side: project.country as 'BY' | 'CN' }]} label={t('detail.mapLabel', { name: title })} />
          ) : null}
          <CiteThis title={title} path={`/projects/${project.slug}`} updated={project.updatedAt} citeKey={project.slug} />
          <LastUpdated iso={project.updatedAt} />
          <p className="text-xs"><a href={`/api/v1/projects/${project.slug}`} className="text-cn">{t('detail.api')}</a></p>
        </aside>
      </div>
    </article>
  );
}
