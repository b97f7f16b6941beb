/**
 * Trade figures → chart series (pure; used by the /trade page). Rules, so units and
 * statistics are never mixed silently (docs/search.md#trade):
 * - only whole-year, country-level figures go on the chart; part-year and regional
 *   figures are in the tables with their period;
 * - one series per reporter family and flow: Belstat and China customs (GACC) count
 *   trade differently and are separate lines; one-off official statements are single
 *   points labelled with who said them;
 * - one series never holds two currencies: the key includes the currency.
 */
import { dateTimeFormat } from '@/lib/i18n/intl-cache';

export type TradeFilters = {
  scope?: string[];
  flow?: string[];
  currency?: string;
  by?: string;
  cn?: string;
  from?: number;
  to?: number;
};

export type ReporterFamily = 'belstat' | 'gacc' | 'statement';

export type TradeFigureLike = {
  id: number;
  scope: string;
  year: number | null;
  periodKind: string;
  monthFrom: number;
  monthTo: number;
  flow: string;
  value: number;
  currency: string;
  scale: number;
  reporter: string | null;
  approximate: boolean;
  sources: { url: string | null; title: string }[];
};

export function reporterFamily(reporter: string | null): ReporterFamily {
  if (reporter?.startsWith('Belstat')) return 'belstat';
  if (reporter?.startsWith('China customs')) return 'gacc';
  return 'statement';
}

/** Values are charted in millions of their currency. */
export function inMillions(figure: Pick<TradeFigureLike, 'value' | 'scale'>): number {
  return Math.round(((figure.value * figure.scale) / 1e6) * 100) / 100;
}

/** "2023", "H1 2016", "Q1 2019", "Jan–Aug 2023" in the locale. */
export function periodLabel(figure: Pick<TradeFigureLike, 'year' | 'periodKind' | 'monthFrom' | 'monthTo'>, locale: string): string {
  const year = figure.year === null ? '' : String(figure.year);
  if (figure.periodKind === 'year') return year || '—';
  if (figure.periodKind === 'half') return `H${figure.monthFrom <= 6 ? 1 : 2} ${year}`.trim();
  if (figure.periodKind === 'quarter') return `Q${Math.ceil(figure.monthTo / 3)} ${year}`.trim();
  const month = (m: number) => dateTimeFormat(locale, { month: 'short', timeZone: 'UTC' }).format(Date.UTC(2000, m - 1, 1));
  return `${month(figure.monthFrom)}–${month(figure.monthTo)} ${year}`.trim();
}

export type ChartPoint = {
  year: number;
  value: number;
  reporter: string;
  url: string | null;
  sourceTitle: string;
  approximate: boolean;
};

export type ChartSeries = {
  key: string;
  family: ReporterFamily;
  flow: string;
  currency: string;
  points: ChartPoint[];
  /**
   * What the line is drawn from: one row per year from the first to the last figure,
   * `value: null` where the year has none, so the line breaks there instead of
   * interpolating (2000 → 2012 is not steady growth). Points keep only real figures.
   */
  line: ChartLinePoint[];
};

export type ChartLinePoint = { year: number; value: number | null; point: ChartPoint | null };

/** Line rows for every year in the series' span; one row per year (the first figure). */
export function lineWithGaps(points: ChartPoint[]): ChartLinePoint[] {
  if (points.length === 0) return [];
  const byYear = new Map<number, ChartPoint>();
  for (const point of points) if (!byYear.has(point.year)) byYear.set(point.year, point);
  const rows: ChartLinePoint[] = [];
  for (let year = points[0].year; year <= points[points.length - 1].year; year++) {
    const point = byYear.get(year) ?? null;
    rows.push({ year, value: point?.value ?? null, point });
  }
  return rows;
}

/** Whole-year country figures grouped into series by reporter family, flow and currency. */
export function countryChartSeries(figures: TradeFigureLike[]): ChartSeries[] {
  const series = new Map<string, ChartSeries>();
  for (const figure of figures) {
    if (figure.scope !== 'country' || figure.periodKind !== 'year' || figure.year === null) continue;
    const family = reporterFamily(figure.reporter);
    const key = `${family}:${figure.flow}:${figure.currency}`;
    const entry = series.get(key) ?? { key, family, flow: figure.flow, currency: figure.currency, points: [], line: [] };
    const source = figure.sources.find((s) => s.url) ?? figure.sources[0];
    entry.points.push({
      year: figure.year,
      value: inMillions(figure),
      reporter: figure.reporter ?? '',
      url: source?.url ?? null,
      sourceTitle: source?.title ?? '',
      approximate: figure.approximate,
    });
    series.set(key, entry);
  }
  for (const entry of series.values()) {
    entry.points.sort((a, b) => a.year - b.year || a.value - b.value);
    entry.line = lineWithGaps(entry.points);
  }
  const familyOrder: ReporterFamily[] = ['belstat', 'gacc', 'statement'];
  return [...series.values()].sort((a, b) => familyOrder.indexOf(a.family) - familyOrder.indexOf(b.family) || a.key.localeCompare(b.key));
}

/** Regional and city figures grouped by the pair of units they describe. */
export function unitSeries<T extends TradeFigureLike & { by: { slug: string } | null; cn: { slug: string } | null }>(figures: T[]) {
  type Group = { key: string; by: T['by']; cn: T['cn']; figures: T[] };
  const groups = new Map<string, Group>();
  for (const figure of figures) {
    if (figure.scope === 'country') continue;
    const key = `${figure.by?.slug ?? 'belarus'}|${figure.cn?.slug ?? 'china'}`;
    const group: Group = groups.get(key) ?? { key, by: figure.by, cn: figure.cn, figures: [] };
    group.figures.push(figure);
    groups.set(key, group);
  }
  return [...groups.values()];
}
