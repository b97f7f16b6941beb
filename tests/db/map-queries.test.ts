import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { parseAtlasFiltersLenient } from '@/lib/filters/schema';
import { countPairingsByYear, getMapData, getPairingPanel, getPlacePanel } from '@/lib/map/queries';
import { listPairings } from '@/lib/pairings/queries';
import { listRegionFacets } from '@/lib/places/queries';
import { countAgreementsByYear, listTimeline } from '@/lib/timeline/queries';

const filters = (query: string) => parseAtlasFiltersLenient(new URLSearchParams(query));

describe('map data', () => {
  it('has one arc per live pairing and one marker per partner, regions told apart from localities', async () => {
    const data = await getMapData(filters(''), 'en');
    const pairings = await db.pairing.count({ where: { deletedAt: null } });
    expect(data.arcs.length + data.unplaced).toBe(pairings);
    expect(data.key).toBe('');
    const dunhuang = data.arcs.find((arc) => arc.slug === 'novogrudok-district--dunhuang')!;
    expect(data.places[dunhuang.by]).toMatchObject({ slug: 'novogrudok-district', country: 'BY', tier: 'locality' });
    expect(data.places[dunhuang.cn]).toMatchObject({ slug: 'dunhuang', country: 'CN', tier: 'locality', original: '敦煌市' });
    const gansu = data.arcs.find((arc) => arc.slug === 'grodno-oblast--gansu')!;
    expect(data.places[gansu.cn].tier).toBe('region');
    expect(new Set(data.places.map((place) => place.slug)).size).toBe(data.places.length);
  });

  it('follows the shared filters, like the list', async () => {
    const upTo2010 = filters('to=2010');
    const data = await getMapData(upTo2010, 'en');
    const list = await listPairings(upTo2010);
    expect(data.key).toBe('to=2010');
    expect(data.arcs.map((arc) => arc.slug).sort()).toEqual(list.map((pairing) => pairing.slug).sort());
    expect(list.length).toBe(await db.pairing.count({ where: { deletedAt: null, establishedYear: { not: null, lte: 2010 } } }));
    expect(list.length).toBeGreaterThan(0);
    expect(list.every((pairing) => pairing.establishedDate !== null && pairing.establishedDate <= '2010-12-31')).toBe(true);
    const grodno = await getMapData(filters('by=grodno-oblast&stage=established'), 'en');
    expect(grodno.arcs.length).toBeGreaterThan(0);
    expect(grodno.arcs.every((arc) => arc.stage === 'established')).toBe(true);
  });

  it('counts pairings per year and stage, ignoring the year range', async () => {
    const all = await countPairingsByYear(filters(''));
    const ranged = await countPairingsByYear(filters('from=2020&to=2021'));
    expect(ranged).toEqual(all);
    const total = all.reduce((sum, row) => sum + row.count, 0);
    expect(total).toBe(await db.pairing.count({ where: { deletedAt: null } }));
  });
});

describe('side panels', () => {
  it('gives a pairing its milestones in date order with their sources', async () => {
    const panel = await getPairingPanel('novogrudok-district--dunhuang');
    expect(panel?.agreements.map((a) => a.date)).toEqual(['2018-10', '2021-07', '2023-06-30', '2023-11-07']);
    expect(panel?.sources.some((s) => s.url === 'http://www.silkroadtourcn.com/blog/434.html')).toBe(true);
    expect(await getPairingPanel('no-such-pairing')).toBeNull();
  });

  it('lists a partner’s pairings under the filters', async () => {
    const minsk = await getPlacePanel('minsk', filters(''));
    expect(minsk?.pairings.length).toBeGreaterThanOrEqual(6);
    expect(minsk?.pairings.every((p) => p.byPlace.slug === 'minsk')).toBe(true);
    const early = await getPlacePanel('minsk', filters('to=1995'));
    expect(early?.pairings.length).toBeLessThan(minsk!.pairings.length);
  });
});

describe('facets and timeline', () => {
  it('offers the regions and provinces that take part in pairings', async () => {
    const facets = await listRegionFacets('en');
    expect(facets.by.map((o) => o.value)).toContain('grodno-oblast');
    expect(facets.cn.map((o) => o.value)).toEqual(expect.arrayContaining(['gansu', 'chongqing']));
    expect(facets.by.length).toBeGreaterThan(0);
    expect(facets.by.every((o) => !facets.cn.some((c) => c.value === o.value))).toBe(true);
  });

  it('lists agreements oldest first, undated last, with the year filter on their own date', async () => {
    const { total, agreements } = await listTimeline(filters(''));
    expect(total).toBe(await db.agreement.count({ where: { deletedAt: null } }));
    const dates = agreements.map((a) => a.date);
    const dated = dates.filter((d): d is string => d !== null);
    expect(dated).toEqual([...dated].sort());
    expect(dated.length).toBeGreaterThan(0);
    expect(dates.slice(dated.length).every((d) => d === null)).toBe(true);

    const y2023 = await listTimeline(filters('year=2023'));
    expect(y2023.agreements.length).toBe(await db.agreement.count({ where: { deletedAt: null, dateYear: 2023 } }));
    expect(y2023.agreements.every((a) => a.dateYear === 2023)).toBe(true);
    expect(y2023.agreements.some((a) => a.date === '2023-11-07' && a.pairing.slug === 'novogrudok-district--dunhuang')).toBe(true);
    const histogram = await countAgreementsByYear(filters('year=2023'));
    expect(histogram.filter((r) => r.year === 2023).reduce((s, r) => s + r.count, 0)).toBe(y2023.total);
  });
});
