import { describe, expect, it } from 'vitest';
import { agreementFacets, searchAgreements } from '@/lib/agreements/queries';
import { db } from '@/lib/db';
import { parseAtlasFilters } from '@/lib/filters/schema';

/** Issue 12, wrong answers 1 and 3: years in the query, and relevance order. */
async function search(query: string) {
  const parsed = parseAtlasFilters(new URLSearchParams(query));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return searchAgreements({ ...parsed.filters, pageSize: 100 });
}
const ids = (items: { id: number }[]) => items.map((item) => item.id);
const year = (item: { date: string | null }) => Number(item.date?.slice(0, 4));

describe('a year in the query is a date filter', () => {
  it('q=2017 returns the 19 agreements dated 2017, not the 2016 ones whose titles say 2017', async () => {
    const dated2017 = await db.agreement.findMany({ where: { dateYear: 2017 }, select: { id: true } });
    expect(dated2017).toHaveLength(19);
    const result = await search('q=2017');
    expect(result.total).toBe(19);
    expect(ids(result.items).sort((a, b) => a - b)).toEqual(ids(dated2017).sort((a, b) => a - b));
    // 143 and 103 are dated 2016 and mention 2017 in their titles.
    expect(ids(result.items)).not.toContain(143);
    expect(ids(result.items)).not.toContain(103);
    expect(result.sort).toBe('date');
  });

  it('q=Minsk 2019 combines the name with the year: Minsk city first', async () => {
    const result = await search(`q=${encodeURIComponent('Minsk 2019')}`);
    // Minsk city's three first; the district's and oblast's after them, in relevance order
    // (their scores differ with the indexed translations, so their order is not pinned).
    expect(ids(result.items).slice(0, 3)).toEqual([75, 76, 125]);
    expect(ids(result.items).slice(3).sort((a, b) => a - b)).toEqual([80, 81, 82, 83, 87]);
    expect(result.items.every((item) => year(item) === 2019)).toBe(true);
  });

  it.each(['2015–2017', '2015-2017', '2015 — 2017'])('a range "%s" keeps 2015 to 2017 only', async (q) => {
    const result = await search(`q=${encodeURIComponent(q)}`);
    expect(result.total).toBe(40);
    expect(result.items.every((item) => year(item) >= 2015 && year(item) <= 2017)).toBe(true);
    expect(new Set(result.items.map(year))).toEqual(new Set([2015, 2016, 2017]));
  });

  it('intersects with from/to already set, and the facets count the same results', async () => {
    const result = await search(`q=${encodeURIComponent('2015-2017')}&from=2017`);
    expect(result.total).toBe(19);
    const facets = await agreementFacets(parseOk(`q=${encodeURIComponent('Minsk 2019')}`));
    expect(facets.kind.reduce((sum, v) => sum + v.count, 0)).toBe(8);
  });
});

function parseOk(query: string) {
  const parsed = parseAtlasFilters(new URLSearchParams(query));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return parsed.filters;
}

describe('relevance: a partner named exactly, then milestone importance, then date', () => {
  it('q=Minsk ranks Minsk city’s own twinnings first, then its districts, then Minsk Oblast and mentions', async () => {
    const result = await search('q=Minsk');
    // Minsk city's pairings: agreements/approvals newest first, then letters of intent, then visits/events.
    expect(ids(result.items).slice(0, 16)).toEqual([74, 73, 75, 77, 67, 78, 71, 65, 70, 68, 69, 64, 72, 76, 79, 66]);
    expect(result.items.slice(0, 16).every((item) => item.pairing.slug.startsWith('minsk--'))).toBe(true);
    // "Zhejiang … publishes a Minsk Oblast profile page" is a mention, below all of them.
    const zhejiang = ids(result.items).indexOf(96);
    expect(zhejiang).toBeGreaterThan(23);
    const lastMinskDistrict = Math.max(...result.items.map((item, i) => (['sovetsky-district--changning-district', 'moskovsky-district--jiading-district'].includes(item.pairing.slug) ? i : -1)));
    expect(zhejiang).toBeGreaterThan(lastMinskDistrict);
  });

  it.each(['Navahrudak', 'navahrudak', 'Новогрудок', 'NOVOGRUDOK'])('q=%s: the 2023 agreement before the 2021 letter of intent', async (q) => {
    const result = await search(`q=${encodeURIComponent(q)}`);
    expect(ids(result.items)).toEqual([129, 128, 127, 126]);
  });
});
