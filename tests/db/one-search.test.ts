import { describe, expect, it } from 'vitest';
import { GET as agreementsGET } from '@/app/api/v1/agreements/route';
import { GET as geojsonGET } from '@/app/api/v1/geojson/pairings/route';
import { GET as pairingsGET } from '@/app/api/v1/pairings/route';
import { GET as placesGET } from '@/app/api/v1/places/route';

/**
 * Issue 13, "one search": `q` means the same on every endpoint. Before, /pairings,
 * /places and /geojson matched names with a raw LIKE (case-sensitive outside ASCII,
 * `%` and `_` as wildcards, no typos), so `q=минск` found 0 pairings and 50 agreements.
 */
const BASE = 'http://localhost/api/v1';
const get = async (handler: (r: Request) => Promise<Response>, path: string) => {
  const response = await handler(new Request(`${BASE}${path}`));
  expect(response.status, path).toBe(200);
  return response.json();
};

async function pairingCounts(q: string) {
  const query = encodeURIComponent(q);
  const agreements = await get(agreementsGET, `/agreements?q=${query}&format=json`);
  const pairings = await get(pairingsGET, `/pairings?q=${query}&format=json`);
  const geojson = await get(geojsonGET, `/geojson/pairings?q=${query}`);
  return {
    agreements: new Set(agreements.items.map((a: { pairing: { slug: string } }) => a.pairing.slug)).size,
    pairings: pairings.total as number,
    geojson: geojson.features.length as number,
  };
}

describe('q gives the same pairings on /agreements, /pairings and /geojson', () => {
  it.each([
    ['Минск', 'минск', 'МИНСК'],
    ['Minsk', 'minsk', 'MINSK'],
    ['明斯克'],
    ['Гродно', 'гродно', 'ГРОДНО'],
    ['Grodno', 'grodno', 'GRODNO'],
    ['Hrodna', 'hrodna'],
    ['Dunhuang', 'dunhuang', 'DUNHUANG'],
    ['敦煌'],
    ['Nowogródek', 'nowogrodek', 'NOWOGRÓDEK'],
  ])('every endpoint and every case of %s agree', async (...spellings) => {
    const counts = await Promise.all(spellings.map(pairingCounts));
    const first = counts[0];
    expect(first.pairings, spellings[0]).toBeGreaterThan(0);
    for (const [i, count] of counts.entries()) {
      expect(count, spellings[i]).toEqual({ agreements: first.pairings, pairings: first.pairings, geojson: first.pairings });
    }
  });

  it('a Cyrillic or Chinese name finds its own pairings like the Latin one', async () => {
    const minsk = await get(pairingsGET, `/pairings?q=Minsk&format=json`);
    for (const q of ['минск', '明斯克']) {
      const other = await get(pairingsGET, `/pairings?q=${encodeURIComponent(q)}&format=json`);
      const slugs = new Set(other.items.map((p: { slug: string }) => p.slug));
      // Every pairing of Minsk city itself (named in every script) is found in every script.
      const own = minsk.items.filter((p: { by: { slug: string } }) => p.by.slug === 'minsk');
      expect(own.length).toBeGreaterThan(0);
      for (const p of own) expect(slugs.has(p.slug), `${q}: ${p.slug}`).toBe(true);
    }
  });

  it('a typo finds what the spelling finds, on every endpoint', async () => {
    expect(await pairingCounts('Dunhaung')).toEqual(await pairingCounts('Dunhuang'));
  });

  it('two words must both match (Minsk and Chongqing pairs only)', async () => {
    const both = await pairingCounts('Minsk Chongqing');
    const minsk = await pairingCounts('Minsk');
    expect(both.pairings).toBeGreaterThan(0);
    expect(both.pairings).toBeLessThan(minsk.pairings);
    expect(both.agreements).toBe(both.pairings);
  });

  it('% and _ are text, not wildcards', async () => {
    for (const q of ['%', '_', '%%%', '___']) {
      const counts = await pairingCounts(q);
      expect(counts, q).toEqual({ agreements: 0, pairings: 0, geojson: 0 });
      expect((await get(placesGET, `/places?q=${encodeURIComponent(q)}`)).total, q).toBe(0);
    }
  });

  it('/places folds case and accents like the index: минск = МИНСК = Minsk', async () => {
    const totals = await Promise.all(['минск', 'МИНСК', 'Minsk', 'MINSK'].map(async (q) => (await get(placesGET, `/places?q=${encodeURIComponent(q)}`)).total));
    expect(totals[0]).toBeGreaterThan(0);
    expect(new Set(totals).size).toBe(1);
  });
});
