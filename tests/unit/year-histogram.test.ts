import { describe, expect, it } from 'vitest';
import { buildYearHistogram } from '@/lib/filters/year-histogram';

describe('buildYearHistogram', () => {
  const series = ['established', 'letter_of_intent'] as const;

  it('makes one bar per year from the first year to the last, gaps included, stacked by series', () => {
    const histogram = buildYearHistogram(
      [
        { year: 2017, series: 'established', count: 3 },
        { year: 2017, series: 'letter_of_intent', count: 1 },
        { year: 2019, series: 'established', count: 2 },
        { year: null, series: 'established', count: 4 },
      ],
      series,
      2020,
    );
    expect(histogram.bins).toEqual([
      { year: 2017, counts: [3, 1], total: 4 },
      { year: 2018, counts: [0, 0], total: 0 },
      { year: 2019, counts: [2, 0], total: 2 },
      { year: 2020, counts: [0, 0], total: 0 },
    ]);
    expect(histogram.undated).toBe(4);
  });

  it('is empty without dated rows, and never cuts data after the last year asked for', () => {
    expect(buildYearHistogram([{ year: null, series: 'established', count: 2 }], series, 2025)).toEqual({ bins: [], undated: 2 });
    const late = buildYearHistogram([{ year: 2030, series: 'established', count: 1 }], series, 2025);
    expect(late.bins.map((bin) => bin.year)).toEqual([2030]);
  });
});
