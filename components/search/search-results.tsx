import { useTranslations } from 'next-intl';
import type { AgreementSearchResult } from '@/lib/agreements/queries';
import type { AtlasFilters } from '@/lib/filters/schema';
import { atlasFiltersToSearchParams } from '@/lib/filters/search-params';
import { Link } from '@/lib/i18n/navigation';
import { AgreementCard } from './agreement-card';
import { searchHref } from './search-href';

/** `quoted`: typed text, shown in quotes on the chip (the label itself carries none). */
export type ActiveFilter = { key: string; label: string; href: string; quoted?: boolean };

function exportHref(filters: AtlasFilters, format: 'csv' | 'json') {
  const params = atlasFiltersToSearchParams({ ...filters, page: undefined, pageSize: undefined });
  params.set('format', format);
  return `/api/v1/agreements?${params}`;
}

function Pagination({ filters, result }: { filters: AtlasFilters; result: AgreementSearchResult }) {
  const t = useTranslations('search');
  const pages = Math.max(1, Math.ceil(result.total / result.pageSize));
  if (pages <= 1) return null;
  const near = [...new Set([1, result.page - 1, result.page, result.page + 1, pages])].filter((p) => p >= 1 && p <= pages).sort((a, b) => a - b);
  const link = 'rounded border border-line bg-white px-3 py-1.5 text-sm no-underline hover:border-cn';
  return (
    <nav aria-label={t('pagination')} className="flex flex-wrap items-center justify-between gap-3">
      <span className="text-sm text-muted">{t('page', { page: result.page, pages })}</span>
      <ul className="flex flex-wrap gap-1.5">
        {result.page > 1 ? (
          <li><Link rel="prev" className={link} href={searchHref(filters, { page: result.page - 1 })}>{t('previous')}</Link></li>
        ) : null}
        {near.map((p, i) => (
          <li key={p} className="flex items-center gap-1.5">
            {i > 0 && p - near[i - 1] > 1 ? <span className="text-muted">…</span> : null}
            <Link aria-current={p === result.page ? 'page' : undefined} href={searchHref(filters, { page: p })}
              className={`${link} ${p === result.page ? 'border-cn bg-cn-soft font-medium' : ''}`}>
              {p}
            </Link>
          </li>
        ))}
        {result.page < pages ? (
          <li><Link rel="next" className={link} href={searchHref(filters, { page: result.page + 1 })}>{t('next')}</Link></li>
        ) : null}
      </ul>
    </nav>
  );
}

const EXAMPLES = ['Navahrudak', '敦煌', 'Hrodna', 'road map', 'Chongqing'];

export function SearchResults({ filters, result, active }: { filters: AtlasFilters; result: AgreementSearchResult; active: ActiveFilter[] }) {
  const t = useTranslations('search');
  const a = useTranslations('a11y');
  const sortToggle = result.sort === 'relevance' ? { sort: 'date' as const, label: t('sortByDate') } : filters.q ? { sort: 'relevance' as const, label: t('sortByRelevance') } : null;
  return (
    <div className="space-y-4">
      {/* The cards are h3: a heading level between them and the page's h1 (no skipped level). */}
      <h2 className="sr-only">{a('results')}</h2>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <p className="text-sm" aria-live="polite" data-testid="result-count">
          <span className="font-semibold">{filters.q ? t('resultsFor', { count: result.total, q: filters.q }) : t('results', { count: result.total })}</span>
          {result.total > 0 ? <span className="text-muted"> · {result.sort === 'relevance' ? t('sortedByRelevance') : t('sortedByDate')}</span> : null}
          {sortToggle && result.total > 1 ? (
            <> · <Link href={searchHref(filters, { sort: sortToggle.sort })} className="text-cn underline">{sortToggle.label}</Link></>
          ) : null}
        </p>
        {result.total > 0 ? (
          <div className="flex items-center gap-2 text-sm">
            <span className="text-muted">{t('export')}:</span>
            <a href={exportHref(filters, 'csv')} download className="rounded border border-line bg-white px-2 py-1 no-underline hover:border-cn" data-testid="export-csv">{t('exportCsv')}</a>
            <a href={exportHref(filters, 'json')} download className="rounded border border-line bg-white px-2 py-1 no-underline hover:border-cn">{t('exportJson')}</a>
          </div>
        ) : null}
      </div>
      {result.corrections.map((correction) => (
        <p key={correction.term} className="rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900">
          {t('corrected', { term: correction.term, alternatives: correction.alternatives.join(', ') })}
        </p>
      ))}
      {result.total === 0 ? (
        <div className="space-y-3 rounded-lg border border-dashed border-line bg-white p-6" data-testid="empty-state">
          <h2 className="text-lg font-semibold">{t('empty.title')}</h2>
          <p className="text-muted">{t('empty.body')}</p>
          <ul className="flex flex-wrap gap-2 text-sm">
            {active.map((filter) => (
              <li key={filter.key}><Link href={filter.href} className="rounded-full border border-line px-3 py-1 no-underline hover:border-cn">{t('empty.removeFilter', { label: filter.label })}</Link></li>
            ))}
            {active.length > 1 || (active.length > 0 && filters.q) ? (
              <li><Link href="/agreements" className="rounded-full border border-line px-3 py-1 no-underline hover:border-cn">{t('empty.clearAll')}</Link></li>
            ) : null}
          </ul>
          <p className="text-sm text-muted">{t('empty.tryExamples')}</p>
          <ul className="flex flex-wrap gap-2 text-sm">
            {EXAMPLES.map((q) => (
              <li key={q}><Link href={searchHref({ ...filters, q, from: undefined, to: undefined, kind: undefined, stage: undefined, field: undefined, by: undefined, cn: undefined }, {})} className="rounded-full bg-cn-soft px-3 py-1 no-underline">{q}</Link></li>
            ))}
          </ul>
        </div>
      ) : (
        <ol className="divide-y divide-line overflow-hidden rounded-lg border border-line bg-white" data-testid="agreement-results">
          {result.items.map((agreement) => <AgreementCard key={agreement.id} agreement={agreement} />)}
        </ol>
      )}
      <Pagination filters={filters} result={result} />
    </div>
  );
}
