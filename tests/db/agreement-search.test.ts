import { describe, expect, it } from 'vitest';
import { agreementFacets, searchAgreements } from '@/lib/agreements/queries';
import { db } from '@/lib/db';
import { parseAtlasFilters, type AtlasFilters } from '@/lib/filters/schema';

function filters(query: string): AtlasFilters {
  const parsed = parseAtlasFilters(new URLSearchParams(query));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return parsed.filters;
}

const SIGNING_2023 = (item: { date: string | null; pairing: { slug: string } }) =>
  item.date === '2023-11-07' && item.pairing.slug === 'novogrudok-district--dunhuang';

describe('agreement search (FTS5 index on a seeded database)', () => {
  it.each(['Navahrudak', 'Novogrudok', 'New Grudek', 'Новогрудок', 'Навагрудак', '敦煌', '敦煌市', 'Dunhuang', 'Nowogrodek'])(
    '"%s" finds the 2023 Dunhuang–Novogrudok signing',
    async (q) => {
      const result = await searchAgreements(filters(`q=${encodeURIComponent(q)}`));
      expect(result.items.some(SIGNING_2023)).toBe(true);
      expect(result.corrections).toEqual([]);
    },
  );

  it.each([
    ['Dunhaung', 'Dunhuang'],
    ['Novogrudk', 'Novogrudok'],
    ['Navahrudk', 'Navahrudak'],
  ])('tolerates the typo "%s" (read as %s)', async (q, meant) => {
    const result = await searchAgreements(filters(`q=${q}`));
    expect(result.items.some(SIGNING_2023)).toBe(true);
    expect(result.corrections[0].alternatives).toContain(meant);
  });

  it('does not correct a name that exists: "Minsk" is not widened to Pinsk', async () => {
    const result = await searchAgreements(filters('q=Minsk&pageSize=100'));
    expect(result.corrections).toEqual([]);
    expect(result.total).toBeGreaterThan(0);
    expect(result.items.length).toBeGreaterThan(0);
    for (const item of result.items) {
      const names = JSON.stringify([item.pairing.by, item.pairing.cn, item.title, item.summary, item.venue]);
      expect(names).toMatch(/Minsk|Минск/);
    }
  });

  it('Grodno and Hrodna find the same agreements, and "Grodno/Hrodna" means either', async () => {
    const grodno = await searchAgreements(filters('q=Grodno&pageSize=100'));
    const hrodna = await searchAgreements(filters('q=Hrodna&pageSize=100'));
    const either = await searchAgreements(filters('q=Grodno%2FHrodna&pageSize=100'));
    expect(hrodna.total).toBeGreaterThan(5);
    expect(new Set(either.items.map((i) => i.id))).toEqual(new Set([...grodno.items, ...hrodna.items].map((i) => i.id)));
  });

  it('year 2017 finds the Chongqing–Minsk Oblast twinning, newest first', async () => {
    const result = await searchAgreements(filters('year=2017&pageSize=100'));
    expect(result.items.some((i) => i.pairing.slug === 'minsk-oblast--chongqing' && i.date === '2017-03-27')).toBe(true);
    expect(result.total).toBe(result.items.length);
    expect(result.items.length).toBeGreaterThan(0);
    expect(result.items.every((i) => i.date?.startsWith('2017'))).toBe(true);
    const dates = result.items.map((i) => i.date!);
    expect(dates).toEqual([...dates].sort().reverse());
  });

  it('a short query (under 3 characters) falls back to LIKE', async () => {
    const result = await searchAgreements(filters('q=%E7%94%98')); // 甘 (Gansu's abbreviation)
    expect(result.total).toBeGreaterThan(0);
  });

  it('FTS syntax in the query is text, never an error', async () => {
    for (const q of ['"', 'NEAR(a b)', '*', 'Minsk OR', '(((', 'title:x', '^Minsk', '-Minsk', 'a"b*c']) {
      await expect(searchAgreements(filters(`q=${encodeURIComponent(q)}`))).resolves.toMatchObject({ page: 1 });
    }
  });

  it('an edit is searchable at once: a new spelling, a renamed agreement', async () => {
    const place = await db.place.findUniqueOrThrow({ where: { slug: 'dunhuang' } });
    await db.placeName.create({ data: { placeId: place.id, name: 'Shazhou Oasis', lang: 'en', kind: 'historical' } });
    const byNewName = await searchAgreements(filters('q=Shazhou'));
    expect(byNewName.items.some(SIGNING_2023)).toBe(true);

    const signing = byNewName.items.find(SIGNING_2023)!;
    await db.agreement.update({ where: { id: signing.id }, data: { title: 'Zanzibarian accord signed' } });
    expect((await searchAgreements(filters('q=Zanzibarian'))).items.map((i) => i.id)).toEqual([signing.id]);

    await db.placeName.deleteMany({ where: { name: 'Shazhou Oasis' } });
    expect((await searchAgreements(filters('q=Shazhou'))).total).toBe(0);
  });

  it('counts facet values with the other filters applied but not its own', async () => {
    const facets = await agreementFacets(filters('year=2017'));
    const all = await agreementFacets(filters(''));
    expect(facets.year).toEqual(all.year);
    const minsk = facets.by.find((f) => f.value === 'minsk-oblast');
    expect(minsk?.count).toBeGreaterThan(0);
    expect(facets.kind.reduce((n, f) => n + f.count, 0)).toBe((await searchAgreements(filters('year=2017'))).total);
  });
});
