import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { hasLocale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { ExportLinks } from '@/components/export/export-links';
import { FilterPanel } from '@/components/filters/filter-panel';
import { YearHistogram } from '@/components/filters/year-histogram';
import { AtlasMap } from '@/components/map/atlas-map';
import { MapLegend } from '@/components/map/map-legend';
import { PairingPanel } from '@/components/map/pairing-panel';
import { PlacePanel } from '@/components/map/place-panel';
import { Pagination } from '@/components/layout/pagination';
import { PairingList } from '@/components/pairings/pairing-list';
import { atlasFiltersToSearchParams, parseAtlasFiltersLenient } from '@/lib/filters/schema';
import { buildYearHistogram } from '@/lib/filters/year-histogram';
import { mapQuery, parseMapSelection, withoutSelection } from '@/lib/map/links';
import { countPairingsByYear, getMapData, getPairingPanel, getPlacePanel } from '@/lib/map/queries';
import { ARC_STYLES, STAGE_ORDER } from '@/lib/map/styles';
import { listPairings } from '@/lib/pairings/queries';
import { routing } from '@/lib/i18n/routing';
import { listRegionFacets } from '@/lib/places/queries';
import { localeAlternates } from '@/lib/i18n/alternates';
import { Link } from '@/lib/i18n/navigation';

// Reads the database on every request: editors' changes show at once.
export const dynamic = 'force-dynamic';

const LIST_PAGE_SIZE = 100;

type PageProps = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'home' });
  return { title: t('title'), description: t('metaDescription'), alternates: localeAlternates(locale, '') };
}

/** The map page: filters, year histogram, map with side panel, and the accessible list. */
export default async function HomePage({ params, searchParams }: PageProps) {
  const { locale } = await params;
  // The layout answers 404 for a non-locale segment (/favicon.ico) too, but renders in parallel with the page.
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const raw = await searchParams;
  const filters = parseAtlasFiltersLenient(withoutSelection(raw));
  const selection = parseMapSelection(raw);
  const page = filters.page ?? 1;
  const t = await getTranslations();

  const [mapData, yearRows, facets, pairings, pairingPanel, placePanel] = await Promise.all([
    getMapData(filters, locale),
    countPairingsByYear(filters),
    listRegionFacets(locale),
    listPairings(filters, { skip: (page - 1) * LIST_PAGE_SIZE, take: LIST_PAGE_SIZE }),
    selection.pairing ? getPairingPanel(selection.pairing) : null,
    selection.place && !selection.pairing ? getPlacePanel(selection.place, filters) : null,
  ]);
  const histogram = buildYearHistogram(yearRows, STAGE_ORDER, new Date().getUTCFullYear());
  const total = mapData.arcs.length + mapData.unplaced;
  const stageCounts: Record<string, number> = {};
  for (const arc of mapData.arcs) stageCounts[arc.stage] = (stageCounts[arc.stage] ?? 0) + 1;
  const years = histogram.bins.map((bin) => bin.year);
  const byPartners = mapData.places.filter((p) => p.country === 'BY').length;
  const cnPartners = mapData.places.length - byPartners;
  const pageCount = Math.max(1, Math.ceil(total / LIST_PAGE_SIZE));
  const closeQuery = mapQuery(filters);

  return (
    <div className="space-y-5">
      <header className="space-y-3">
        <h1 className="text-2xl font-semibold tracking-tight sm:text-3xl">{t('home.title')}</h1>
        <p className="max-w-3xl text-muted">{t('home.intro')}</p>
        <ul className="flex flex-wrap gap-x-6 gap-y-1 text-sm" aria-label={t('home.stats.label')} aria-live="polite" data-testid="map-stats">
          <li className="font-medium" data-testid="pairing-count" data-count={total}>
            {t('home.stats.pairings', { count: total })}
          </li>
          <li>{t('home.stats.established', { count: stageCounts.established ?? 0 })}</li>
          <li>{t('home.stats.pipeline', { count: total - (stageCounts.established ?? 0) })}</li>
          <li className="text-muted">{t('home.stats.regions', { by: byPartners, cn: cnPartners })}</li>
          <li>
            <Link href="/changes">{t('changes.homeLink')}</Link>
          </li>
        </ul>
      </header>

      <FilterPanel filters={filters} facets={facets} years={years} />

      <div className="grid gap-5 lg:grid-cols-[minmax(0,1fr)_22rem]">
        <div className="min-w-0 space-y-3">
          {/* Hundreds of markers are tab stops: one Tab reaches a way past them to the same pairings as a list. */}
          <a href="#pairings-heading" className="sr-only rounded bg-white px-3 py-2 text-sm font-medium text-cn shadow focus:not-sr-only focus:inline-block">
            {t('a11y.skipToList')}
          </a>
          <AtlasMap data={mapData} selectedPairing={selection.pairing} selectedPlace={selection.place} />
          <MapLegend stageCounts={stageCounts} />
          {mapData.unplaced > 0 ? <p className="text-xs text-muted">{t('map.unplaced', { count: mapData.unplaced })}</p> : null}
        </div>
        <aside className="rounded-lg border border-line bg-white p-4 lg:max-h-[32rem] lg:overflow-y-auto">
          {pairingPanel ? (
            <PairingPanel pairing={pairingPanel} closeQuery={closeQuery} />
          ) : placePanel ? (
            <PlacePanel data={placePanel} filters={filters} />
          ) : selection.pairing || selection.place ? (
            <p className="text-sm text-muted" role="status">
              {t('map.selectionMissing')}
            </p>
          ) : (
            <div className="space-y-2 text-sm">
              <h2 className="font-semibold">{t('map.panelIntroTitle')}</h2>
              <p className="text-muted">{t('map.panelIntro')}</p>
            </div>
          )}
        </aside>
      </div>

      <section aria-labelledby="histogram-heading" className="rounded-lg border border-line bg-white p-4">
        <h2 id="histogram-heading" className="mb-2 text-sm font-semibold">
          {t('map.histogramTitle')}
        </h2>
        <YearHistogram
          histogram={histogram}
          filters={filters}
          noun="pairings"
          series={STAGE_ORDER.map((stage) => ({ key: stage, label: t(`stage.${stage}`), color: ARC_STYLES[stage].color, fill: ARC_STYLES[stage].fill }))}
        />
      </section>

      <section aria-labelledby="pairings-heading" className="space-y-2">
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h2 id="pairings-heading" tabIndex={-1} className="text-lg font-semibold outline-none">
            {t('map.listTitle', { count: total })}
          </h2>
          <p className="text-xs text-muted">{t('home.tableCaption')}</p>
          <ExportLinks endpoint="/api/v1/pairings" query={atlasFiltersToSearchParams(filters)} />
        </div>
        {pairings.length === 0 ? (
          <p className="rounded-lg border border-dashed border-line bg-white p-8 text-center text-muted">
            {total === 0 && Object.keys(closeQuery).length === 0 ? t('home.empty') : t('map.noMatches')}
          </p>
        ) : (
          <PairingList
            pairings={pairings}
            selected={selection.pairing}
            detailsHref={(slug) => ({ pathname: '/', query: mapQuery(filters, { pairing: slug, page: filters.page }) })}
          />
        )}
        <Pagination page={page} pageCount={pageCount} query={(n) => mapQuery(filters, { page: n })} />
      </section>
    </div>
  );
}
