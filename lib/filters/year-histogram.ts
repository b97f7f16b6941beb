/** One bar of a year histogram: counts per series, in the order of the series list. */
export type YearBin = { year: number; counts: number[]; total: number };
export type YearHistogram = { bins: YearBin[]; undated: number };

/**
 * Bins `{ year, series, count }` rows into one bar per year from the first year with
 * data to `lastYear` (gaps filled with empty bars, so the axis is to scale). Rows
 * without a year are counted apart: they cannot be placed on the axis.
 */
export function buildYearHistogram(
  rows: { year: number | null; series: string; count: number }[],
  series: readonly string[],
  lastYear: number,
): YearHistogram {
  let undated = 0;
  const byYear = new Map<number, number[]>();
  for (const row of rows) {
    if (row.year === null) {
      undated += row.count;
      continue;
    }
    const position = series.indexOf(row.series);
    if (position < 0) continue;
    const counts = byYear.get(row.year) ?? series.map(() => 0);
    counts[position] += row.count;
    byYear.set(row.year, counts);
  }
  if (byYear.size === 0) return { bins: [], undated };
  const years = [...byYear.keys()];
  const first = Math.min(...years);
  const last = Math.max(lastYear, ...years);
  const bins: YearBin[] = [];
  for (let year = first; year <= last; year += 1) {
    const counts = byYear.get(year) ?? series.map(() => 0);
    bins.push({ year, counts, total: counts.reduce((sum, n) => sum + n, 0) });
  }
  return { bins, undated };
}
