import type { AgreementItem } from '@/lib/agreements/queries';
import type { PairingItem } from '@/lib/pairings/queries';
import type { PlaceItem } from '@/lib/places/queries';
import type { ProjectItem } from '@/lib/projects/queries';
import type { TradeItem } from '@/lib/trade/queries';
import { exportFilename } from './export-filename';
import { csvResponse, jsonResponse } from './http';
import type { Format } from './params';

type Page<T> = { items: T[]; total: number; page: number; pageSize: number };
type CsvShape<T> = { columns: string[]; row: (item: T) => Record<string, unknown> };

const joinUrls = (sources: { url: string | null }[]) => sources.map((s) => s.url).filter(Boolean).join(' ');
const joinTitles = (sources: { title: string }[]) => sources.map((s) => s.title).join(' | ');

/**
 * A list endpoint's answer: the page as JSON, or with `format` the whole result as a
 * downloadable JSON or CSV file named after the endpoint, its filters and the day.
 */
export function listResponse<T>(request: Request, result: Page<T>, format: Format | undefined, name: string, csv: CsvShape<T>) {
  const params = new URL(request.url).searchParams;
  if (format === 'csv') return csvResponse(request, result.items.map(csv.row), csv.columns, exportFilename(name, params, 'csv'));
  if (format === 'json') return jsonResponse(request, result, { filename: exportFilename(name, params, 'json') });
  return jsonResponse(request, result);
}

type Named = { slug: string; names: { en: string; ru: string | null; zh: string | null } };
const partnerColumns = (prefix: string, partner: Named | null) => ({
  [`${prefix}_slug`]: partner?.slug ?? '',
  [`${prefix}_name_en`]: partner?.names.en ?? '',
  [`${prefix}_name_ru`]: partner?.names.ru ?? '',
  [`${prefix}_name_zh`]: partner?.names.zh ?? '',
});
const partnerHeaders = (prefix: string) => ['slug', 'name_en', 'name_ru', 'name_zh'].map((c) => `${prefix}_${c}`);

export const agreementCsv: CsvShape<AgreementItem> = {
  columns: ['id', 'date', 'date_precision', 'date_approximate', 'kind', 'title', 'pairing', 'stage', ...partnerHeaders('by'), ...partnerHeaders('cn'), 'venue', 'signatories', 'summary', 'source_urls', 'source_titles'],
  row: (a) => ({
    id: a.id,
    date: a.date ?? '',
    date_precision: a.datePrecision ?? '',
    date_approximate: a.dateApproximate,
    kind: a.kind,
    title: a.title,
    pairing: a.pairing.slug,
    stage: a.pairing.stage,
    ...partnerColumns('by', a.pairing.by),
    ...partnerColumns('cn', a.pairing.cn),
    venue: a.venue ?? '',
    signatories: a.signatories ?? '',
    summary: a.summary ?? '',
    source_urls: joinUrls(a.sources),
    source_titles: joinTitles(a.sources),
  }),
};

export const pairingCsv: CsvShape<PairingItem> = {
  columns: ['slug', 'type', 'type_uncertain', 'stage', 'stage_uncertain', 'established', 'established_precision', 'established_approximate', ...partnerHeaders('by'), ...partnerHeaders('cn'), 'fields', 'source_urls'],
  row: (p) => ({
    slug: p.slug,
    type: p.type,
    type_uncertain: p.typeUncertain,
    stage: p.stage,
    stage_uncertain: p.stageUncertain,
    established: p.established ?? '',
    established_precision: p.establishedPrecision ?? '',
    established_approximate: p.establishedApproximate,
    ...partnerColumns('by', p.by),
    ...partnerColumns('cn', p.cn),
    fields: p.fields.join(' '),
    source_urls: joinUrls(p.sources),
  }),
};

export const placeCsv: CsvShape<PlaceItem> = {
  columns: ['slug', 'country', 'tier', 'level', 'name_en', 'name_ru', 'name_be', 'name_zh', 'region', 'lat', 'lon', 'population', 'population_year', 'spellings', 'source_urls'],
  row: (p) => ({
    slug: p.slug,
    country: p.country,
    tier: p.tier,
    level: p.level,
    name_en: p.names.en,
    name_ru: p.names.ru ?? '',
    name_be: p.names.be ?? '',
    name_zh: p.names.zh ?? '',
    region: p.region?.slug ?? '',
    lat: p.lat ?? '',
    lon: p.lon ?? '',
    population: p.population ?? '',
    population_year: p.populationYear ?? '',
    spellings: p.spellings.map((s) => s.name).join(' | '),
    source_urls: joinUrls(p.sources),
  }),
};

export const projectCsv: CsvShape<ProjectItem> = {
  columns: ['slug', 'name_en', 'name_ru', 'name_zh', 'country', 'place', 'location', 'status', 'status_uncertain', 'start_year', 'end_year', 'sectors', 'partners', 'lat', 'lon', 'source_urls'],
  row: (p) => ({
    slug: p.slug,
    name_en: p.names.en,
    name_ru: p.names.ru ?? '',
    name_zh: p.names.zh ?? '',
    country: p.country,
    place: p.place?.slug ?? '',
    location: p.locationText ?? '',
    status: p.status,
    status_uncertain: p.statusUncertain,
    start_year: p.startYear ?? '',
    end_year: p.endYear ?? '',
    sectors: p.sectors.join(' | '),
    partners: p.partnersText ?? '',
    lat: p.lat ?? '',
    lon: p.lon ?? '',
    source_urls: joinUrls(p.sources),
  }),
};

export const tradeCsv: CsvShape<TradeItem> = {
  columns: ['id', 'scope', 'by', 'cn', 'year', 'period_kind', 'month_from', 'month_to', 'period_approximate', 'flow', 'value', 'currency', 'scale', 'growth_pct', 'reporter', 'approximate', 'source_urls'],
  row: (t) => ({
    id: t.id,
    scope: t.scope,
    by: t.by?.slug ?? '',
    cn: t.cn?.slug ?? '',
    year: t.year ?? '',
    period_kind: t.periodKind,
    month_from: t.monthFrom,
    month_to: t.monthTo,
    period_approximate: t.periodApproximate,
    flow: t.flow,
    value: t.value,
    currency: t.currency,
    scale: t.scale,
    growth_pct: t.growthPct ?? '',
    reporter: t.reporter ?? '',
    approximate: t.approximate,
    source_urls: joinUrls(t.sources),
  }),
};

export const sourceCsv: CsvShape<{ key: string; url: string | null; title: string; publisher: string | null; language: string | null; publishedDate: string | null }> = {
  columns: ['key', 'url', 'title', 'publisher', 'language', 'published'],
  row: (s) => ({ key: s.key, url: s.url ?? '', title: s.title, publisher: s.publisher ?? '', language: s.language ?? '', published: s.publishedDate ?? '' }),
};
