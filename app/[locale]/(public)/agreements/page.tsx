import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { FacetPanel } from '@/components/search/facet-panel';
import { SearchBox } from '@/components/search/search-box';
import { searchHref } from '@/components/search/search-href';
import { SearchResults, type ActiveFilter } from '@/components/search/search-results';
import { Link } from '@/lib/i18n/navigation';
import { displayName } from '@/lib/i18n/place-names';
import { agreementFacets, searchAgreements, type AgreementFacets } from '@/lib/agreements/queries';
import type { AgreementKind, CooperationField, PairingStage, PairingType } from '@/lib/domain/vocabulary';
import { atlasFiltersToSearchParams, parseAtlasFiltersLenient, type AtlasFilters } from '@/lib/filters/schema';
import { splitQueryYears, yearsLabel } from '@/lib/search/query-years';
import { localeAlternates } from '@/lib/i18n/alternates';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'search' });
  return {
    title: t('title'),
    description: t('metaDescription'),
    alternates: localeAlternates(locale, `/agreements`),
    openGraph: { title: t('title'), description: t('metaDescription'), type: 'website', url: `/${locale}/agreements` },
  };
}

async function activeFilters(filters: AtlasFilters, facets: AgreementFacets, locale: string): Promise<ActiveFilter[]> {
  const t = await getTranslations();
  const name = (list: AgreementFacets['by'], slug: string) => {
    const label = list.find((v) => v.value === slug)?.label;
    return label ? displayName(label, locale) : slug;
  };
  const active: ActiveFilter[] = [];
  const add = (key: string, label: string, change: Partial<AtlasFilters>, quoted = false) =>
    active.push({ key, label, href: searchHref(filters, change), ...(quoted && { quoted }) });
  if (filters.q) {
    // Years typed into the box filter by date (lib/search/query-years.ts): their own chip,
    // removable apart from the text.
    const typed = splitQueryYears(filters.q);
    const typedYears = typed.from !== undefined ? yearsLabel(typed) : undefined;
    if (typed.text) add('q', typed.text, { q: typedYears, sort: undefined }, true);
    if (typedYears) add('q-years', typedYears, { q: typed.text || undefined, sort: undefined });
  }
  if (filters.from !== undefined || filters.to !== undefined) add('years', yearsLabel(filters), { from: undefined, to: undefined });
  if (filters.by) add('by', name(facets.by, filters.by), { by: undefined });
  if (filters.cn) add('cn', name(facets.cn, filters.cn), { cn: undefined });
  if (filters.region) add('region', filters.region, { region: undefined });
  if (filters.city) add('city', filters.city, { city: undefined });
  for (const kind of filters.kind ?? []) add(`kind:${kind}`, t(`catalog.agreementKind.${kind as AgreementKind}`), { kind: filters.kind!.filter((k) => k !== kind) });
  for (const stage of filters.stage ?? []) add(`stage:${stage}`, t(`stage.${stage as PairingStage}`), { stage: filters.stage!.filter((s) => s !== stage) });
  for (const field of filters.field ?? []) add(`field:${field}`, t(`catalog.field.${field as CooperationField}`), { field: filters.field!.filter((f) => f !== field) });
  for (const type of filters.type ?? []) add(`type:${type}`, t(`pairingType.${type as PairingType}`), { type: filters.type!.filter((f) => f !== type) });
  return active;
}

export default async function AgreementSearchPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('search');
  const filters = parseAtlasFiltersLenient(await searchParams);
  const [result, facets] = await Promise.all([searchAgreements(filters), agreementFacets(filters)]);
  const active = await activeFilters(filters, facets, locale);
  const hidden = [...atlasFiltersToSearchParams({ ...filters, q: undefined, page: undefined, sort: undefined })];

  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <h1 className="text-2xl font-semibold tracking-tight sm:text-3xl">{t('title')}</h1>
        <p className="max-w-3xl text-muted">{t('intro')}</p>
      </header>
      <SearchBox initialQuery={filters.q ?? ''} hidden={hidden} />
      {active.length > 0 ? (
        <div className="flex flex-wrap items-center gap-2 text-sm" aria-label={t('active')} role="group">
          {active.map((filter) => (
            <Link key={filter.key} data-testid={`chip-${filter.key}`} href={filter.href} scroll={false} aria-label={t('remove', { label: filter.label })}
              className="inline-flex items-center gap-1.5 rounded-full border border-cn/30 bg-cn-soft px-3 py-1 text-ink no-underline hover:border-cn">
              {filter.quoted ? t('quoted', { text: filter.label }) : filter.label} <span aria-hidden>×</span>
            </Link>
          ))}
          <Link href="/agreements" className="text-cn">{t('clearFilters')}</Link>
        </div>
      ) : null}
      <div className="grid gap-6 lg:grid-cols-[16rem_1fr]">
        <details className="rounded-lg border border-line bg-white p-3 lg:hidden">
          <summary className="cursor-pointer text-sm font-medium"><h2 className="inline">{t('filters')}</h2></summary>
          <div className="mt-3"><FacetPanel filters={filters} facets={facets} /></div>
        </details>
        <aside aria-label={t('filters')} className="hidden lg:block">
          <h2 className="sr-only">{t('filters')}</h2>
          <FacetPanel filters={filters} facets={facets} />
        </aside>
        <SearchResults filters={filters} result={result} active={active} />
      </div>
    </div>
  );
}
