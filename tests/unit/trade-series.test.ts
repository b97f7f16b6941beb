import { describe, expect, it } from 'vitest';
import { countryChartSeries, type TradeFigureLike } from '@/lib/trade/series';

const figure = (year: number, value: number): TradeFigureLike => ({
  id: year, scope: 'country', year, periodKind: 'year', monthFrom: 1, monthTo: 12, flow: 'total', value, currency: 'USD',
  scale: 1e6, reporter: 'China customs (GACC)', approximate: false, sources: [{ url: `https://example.org/${year}`, title: `S${year}` }],
});

describe('trade chart series', () => {
  it('draws the line with an explicit null for every missing year, so 2000 → 2012 is not a trend', () => {
    const [series] = countryChartSeries([figure(2012, 1580), figure(2000, 113.63), figure(2013, 1700)]);
    expect(series.line.map((row) => row.year)).toEqual(Array.from({ length: 14 }, (_, i) => 2000 + i));
    expect(series.line.filter((row) => row.value === null).map((row) => row.year)).toEqual(
      Array.from({ length: 11 }, (_, i) => 2001 + i),
    );
    expect(series.line.at(-2)).toMatchObject({ year: 2012, value: 1580, point: { url: 'https://example.org/2012' } });
    expect(series.points.map((p) => p.year)).toEqual([2000, 2012, 2013]);
  });
});
