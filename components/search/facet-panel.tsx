import { useLocale, useTranslations } from 'next-intl';
import type { AgreementFacets, FacetValue } from '@/lib/agreements/queries';
import type { AgreementKind, CooperationField, PairingStage } from '@/lib/domain/vocabulary';
import type { AtlasFilters } from '@/lib/filters/schema';
import { Link } from '@/lib/i18n/navigation';
import { searchHref, toggled } from './search-href';
import { displayName } from '@/lib/i18n/place-names';

const VISIBLE = 8;

function FacetLink({ href, label, count, active }: { href: string; label: string; count: number; active: boolean }) {
  return (
    <li>
      <Link
        href={href}
        scroll={false}
        aria-current={active ? 'true' : undefined}
        className={`flex items-center justify-between gap-2 rounded px-2 py-1 text-sm no-underline hover:bg-cn-soft ${
          active ? 'bg-cn-soft font-medium text-ink' : 'text-ink'
        }`}
      >
        <span className="flex items-center gap-2">
          <span
            aria-hidden
            className={`inline-block h-3.5 w-3.5 shrink-0 rounded-sm border ${active ? 'border-cn bg-cn' : 'border-line bg-white'}`}
          />
          {label}
        </span>
        <span className="tabular-nums text-xs text-muted">{count}</span>
      </Link>
    </li>
  );
}

function FacetGroup({
  title,
  values,
  render,
  moreLabel,
}: {
  title: string;
  values: FacetValue[];
  render: (value: FacetValue) => React.ReactNode;
  moreLabel: string;
}) {
  if (values.length === 0) return null;
  const first = values.slice(0, VISIBLE);
  const rest = values.slice(VISIBLE);
  return (
    <section className="space-y-1">
      <h3 className="px-2 text-xs font-semibold uppercase tracking-wide text-muted">{title}</h3>
      <ul>{first.map(render)}</ul>
      {rest.length > 0 ? (
        <details className="group">
          <summary className="cursor-pointer px-2 text-xs text-cn">{moreLabel}</summary>
          <ul>{rest.map(render)}</ul>
        </details>
      ) : null}
    </section>
  );
}

/** Facets with counts; every value is a link, so filtering works without JavaScript. */
export function FacetPanel({ filters, facets }: { filters: AtlasFilters; facets: AgreementFacets }) {
  const t = useTranslations('search');
  const c = useTranslations('catalog');
  const s = useTranslations('stage');
  const locale = useLocale();
  const label = (value: FacetValue) => (value.label ? displayName(value.label, locale) : value.value);
  const more = (values: FacetValue[]) => t('showMore', { count: values.length });
  const yearActive = (year: number) => filters.from === year && filters.to === year;

  return (
    <div className="space-y-5">
      {facets.year.length > 0 ? (
        <section className="space-y-1">
          <h3 className="px-2 text-xs font-semibold uppercase tracking-wide text-muted">{t('facet.year')}</h3>
          <ul className="grid grid-cols-3 gap-1 px-1" data-testid="year-facet">
            {facets.year.map((v) => {
              const year = Number(v.value);
              const active = yearActive(year);
              return (
                <li key={v.value}>
                  <Link
                    href={searchHref(filters, active ? { from: undefined, to: undefined } : { from: year, to: year })}
                    scroll={false}
                    aria-current={active ? 'true' : undefined}
                    className={`flex items-baseline justify-between rounded px-1.5 py-1 text-xs no-underline ring-1 ${active ? 'bg-cn text-white ring-cn' : 'bg-white text-ink ring-line hover:ring-cn'}`}
                  >
                    <span className="font-medium tabular-nums">{v.value}</span>
                    <span className={`tabular-nums ${active ? 'text-white/80' : 'text-muted'}`}>{v.count}</span>
                  </Link>
                </li>
              );
            })}
          </ul>
        </section>
      ) : null}
      <form method="get" action="" className="space-y-1 px-2">
        <fieldset>
          <legend className="text-xs font-semibold uppercase tracking-wide text-muted">{t('yearRange')}</legend>
          {[...new URLSearchParams(searchHref(filters, { from: undefined, to: undefined }).split('?')[1] ?? '')].map(([name, value]) => (
            <input key={name} type="hidden" name={name} value={value} />
          ))}
          <div className="mt-1 flex items-end gap-2">
            <label className="text-xs text-muted">
              {t('from')}
              <input name="from" type="number" min={1990} max={2100} defaultValue={filters.from} inputMode="numeric"
                className="mt-0.5 block w-20 rounded border border-line bg-white px-2 py-1 text-sm text-ink" />
            </label>
            <label className="text-xs text-muted">
              {t('to')}
              <input name="to" type="number" min={1990} max={2100} defaultValue={filters.to} inputMode="numeric"
                className="mt-0.5 block w-20 rounded border border-line bg-white px-2 py-1 text-sm text-ink" />
            </label>
            <button type="submit" className="rounded border border-line bg-white px-2 py-1 text-sm hover:border-cn">{t('apply')}</button>
          </div>
        </fieldset>
      </form>
      <FacetGroup title={t('facet.by')} values={facets.by} moreLabel={more(facets.by)}
        render={(v) => {
          const active = filters.by === v.value;
          return <FacetLink key={v.value} label={label(v)} count={v.count} active={active} href={searchHref(filters, { by: active ? undefined : v.value })} />;
        }}
      />
      <FacetGroup title={t('facet.cn')} values={facets.cn} moreLabel={more(facets.cn)}
        render={(v) => {
          const active = filters.cn === v.value;
          return <FacetLink key={v.value} label={label(v)} count={v.count} active={active} href={searchHref(filters, { cn: active ? undefined : v.value })} />;
        }}
      />
      <FacetGroup title={t('facet.kind')} values={facets.kind} moreLabel={more(facets.kind)}
        render={(v) => {
          const kind = v.value as AgreementKind;
          return <FacetLink key={v.value} label={c(`agreementKind.${kind}`)} count={v.count} active={filters.kind?.includes(kind) ?? false} href={searchHref(filters, { kind: toggled(filters.kind, kind) })} />;
        }}
      />
      <FacetGroup title={t('facet.stage')} values={facets.stage} moreLabel={more(facets.stage)}
        render={(v) => {
          const stage = v.value as PairingStage;
          return <FacetLink key={v.value} label={s(stage)} count={v.count} active={filters.stage?.includes(stage) ?? false} href={searchHref(filters, { stage: toggled(filters.stage, stage) })} />;
        }}
      />
      <FacetGroup title={t('facet.field')} values={facets.field} moreLabel={more(facets.field)}
        render={(v) => {
          const field = v.value as CooperationField;
          return <FacetLink key={v.value} label={c(`field.${field}`)} count={v.count} active={filters.field?.includes(field) ?? false} href={searchHref(filters, { field: toggled(filters.field, field) })} />;
        }}
      />
    </div>
  );
}
