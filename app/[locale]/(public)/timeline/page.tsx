import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { hasLocale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { ExportLinks } from '@/components/export/export-links';
import { FilterPanel } from '@/components/filters/filter-panel';
import { YearHistogram } from '@/components/filters/year-histogram';
import { Pagination } from '@/components/layout/pagination';
import { TimelineList } from '@/components/timeline/timeline-list';
import { atlasFiltersToSearchParams, parseAtlasFiltersLenient } from '@/lib/filters/schema';
import { buildYearHistogram } from '@/lib/filters/year-histogram';
import { Link } from '@/lib/i18n/navigation';
import { mapQuery } from '@/lib/map/links';
import { routing } from '@/lib/i18n/routing';
import { listRegionFacets } from '@/lib/places/queries';
import { countAgreementsByYear, KIND_GROUPS, listTimeline, TIMELINE_PAGE_SIZE } from '@/lib/timeline/queries';
import { localeAlternates } from '@/lib/i18n/alternates';

export const dynamic = 'force-dynamic';

const KIND_COLORS = { contact: '#c2410c', approval: '#0369a1', agreement: '#047857', exchange: '#94a3b8' } as const;

type PageProps = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'timeline' });
  return { title: t('title'), description: t('metaDescription'), alternates: localeAlternates(locale, '/timeline') };
}

/** Every agreement and milestone in date order, grouped by year, under the shared filters. */
export default async function TimelinePage({ params, searchParams }: PageProps) {
  const { locale } = await params;
  // The layout answers 404 for a non-locale segment (/favicon.ico) too, but renders in parallel with the page.
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const filters = parseAtlasFiltersLenient(await searchParams);
  const page = filters.page ?? 1;
  const t = await getTranslations();
  const [{ total, agreements }, yearRows, facets] = await Promise.all([
    listTimeline(filters, page),
    countAgreementsByYear(filters),
    listRegionFacets(locale),
  ]);
  const histogram = buildYearHistogram(yearRows, KIND_GROUPS, new Date().getUTCFullYear());
  const pageCount = Math.max(1, Math.ceil(total / TIMELINE_PAGE_SIZE));
  const filtered = atlasFiltersToSearchParams({ ...filters, page: undefined }).size > 0;

  return (
    <div className="space-y-5">
      <header className="space-y-2">
        <h1 className="text-2xl font-semibold tracking-tight sm:text-3xl">{t('timeline.title')}</h1>
        <p className="max-w-3xl text-muted">{t('timeline.intro')}</p>
      </header>

      <FilterPanel filters={filters} facets={facets} years={histogram.bins.map((bin) => bin.year)} withKind />

      <section aria-labelledby="timeline-histogram" className="rounded-lg border border-line bg-white p-4">
        <div className="mb-2 flex flex-wrap items-baseline justify-between gap-2">
          <h2 id="timeline-histogram" className="text-sm font-semibold">
            {t('timeline.histogramTitle')}
          </h2>
          <Link
            href={{ pathname: '/', query: mapQuery({ ...filters, page: undefined }) }}
            className="text-sm font-medium text-cn hover:underline"
            data-testid="show-on-map"
          >
            {t('timeline.showOnMap')} →
          </Link>
        </div>
        <YearHistogram
          histogram={histogram}
          filters={filters}
          noun="agreements"
          series={KIND_GROUPS.map((group) => ({ key: group, label: t(`timeline.kindGroup.${group}`), color: KIND_COLORS[group] }))}
        />
      </section>

      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <p className="text-sm font-medium" aria-live="polite" data-testid="agreement-count" data-count={total}>
          {t('timeline.count', { count: total })}
        </p>
        <ExportLinks endpoint="/api/v1/agreements" query={atlasFiltersToSearchParams(filters)} />
      </div>
      {agreements.length === 0 ? (
        <p className="rounded-lg border border-dashed border-line bg-white p-8 text-center text-muted">
          {filtered ? t('timeline.noMatches') : t('timeline.empty')}
        </p>
      ) : (
        <TimelineList agreements={agreements} filters={filters} />
      )}
      <Pagination pathname="/timeline" page={page} pageCount={pageCount} query={(n) => mapQuery(filters, { page: n })} />
    </div>
  );
}
