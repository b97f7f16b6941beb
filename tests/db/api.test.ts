import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { db } from '@/lib/db';
import { GET as notFoundGET, POST as notFoundPOST } from '@/app/api/[...notFound]/route';
import { GET as agreementsGET, OPTIONS as agreementsOPTIONS } from '@/app/api/v1/agreements/route';
import { GET as geojsonGET } from '@/app/api/v1/geojson/route';
import { GET as openapiGET } from '@/app/api/v1/openapi.json/route';
import { GET as pairingGET } from '@/app/api/v1/pairings/[slug]/route';
import { GET as pairingsGET } from '@/app/api/v1/pairings/route';
import { GET as placeGET } from '@/app/api/v1/places/[slug]/route';
import { GET as placesGET } from '@/app/api/v1/places/route';
import { GET as projectGET } from '@/app/api/v1/projects/[slug]/route';
import { GET as projectsGET } from '@/app/api/v1/projects/route';
import { GET as sourcesGET } from '@/app/api/v1/sources/route';
import { GET as tradeGET } from '@/app/api/v1/trade/route';
import {
  agreementSchema,
  agreementPageSchema,
  errorSchema,
  pageOf,
  pairingCollectionSchema,
  pairingDetailSchema,
  pairingSchema,
  placeCollectionSchema,
  placeDetailSchema,
  placeSchema,
  projectDetailSchema,
  projectSchema,
  sourceSchema,
  tradeFigureSchema,
} from '@/lib/api/responses';

const BASE = 'http://localhost/api/v1';
const geoJsonSchema = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(z.union([placeCollectionSchema.shape.features.element, pairingCollectionSchema.shape.features.element])),
});
const req = (path: string, init?: RequestInit) => new Request(`${BASE}${path}`, init);
const slugParams = (slug: string) => ({ params: Promise.resolve({ slug }) });

async function json(response: Response) {
  expect(response.headers.get('content-type')).toMatch(/json/);
  return response.json();
}

async function expect400(response: Response, parameter: string, message?: RegExp) {
  expect(response.status).toBe(400);
  const body = errorSchema.parse(await json(response));
  const error = body.errors?.find((e) => e.parameter === parameter);
  expect(error, JSON.stringify(body.errors)).toBeDefined();
  if (message) expect(error!.message).toMatch(message);
}

describe('GET /api/v1/agreements', () => {
  it('answers { items, total, page, pageSize } with the documented item shape', async () => {
    const response = await agreementsGET(req('/agreements?q=Navahrudak'));
    expect(response.status).toBe(200);
    const body = agreementPageSchema.strict().parse(await json(response));
    expect(Object.keys(body)).toEqual(['items', 'total', 'page', 'pageSize', 'sort', 'corrections', 'facets']);
    const signing = body.items.find((a) => a.date === '2023-11-07')!;
    expect(signing).toMatchObject({
      datePrecision: 'day',
      kind: 'twinning_agreement',
      pairing: {
        by: { slug: 'novogrudok-district', level: 'district', names: { en: 'Novogrudok District', ru: 'Новогрудский район', be: 'Навагрудскі раён' } },
        cn: { slug: 'dunhuang', level: 'county_city', names: { en: 'Dunhuang', zh: '敦煌市' } },
      },
    });
    expect(signing.sources.map((s) => s.url)).toContain('http://www.silkroadtourcn.com/blog/434.html');
    expect(signing.sources.every((s) => typeof s.title === 'string')).toBe(true);
  });

  it('keeps partial dates as given: "2021-07" (month) and a year-only date', async () => {
    const body = pageOf(agreementSchema).parse(await json(await agreementsGET(req('/agreements?city=dunhuang'))));
    expect(body.items.find((a) => a.kind === 'letter_of_intent')).toMatchObject({ date: '2021-07', datePrecision: 'month' });
    const all = pageOf(agreementSchema).parse(await json(await agreementsGET(req('/agreements?pageSize=100&year=2002'))));
    expect(all.items.some((a) => a.date === '2002' && a.datePrecision === 'year')).toBe(true);
  });

  it('takes the search page parameters: year, city, region, kind, stage, field, paging', async () => {
    const year = pageOf(agreementSchema).parse(await json(await agreementsGET(req('/agreements?year=2017&pageSize=100'))));
    expect(year.items.some((a) => a.pairing.slug === 'minsk-oblast--chongqing')).toBe(true);
    const ranged = pageOf(agreementSchema).parse(await json(await agreementsGET(req('/agreements?from=2017&to=2018&kind=twinning_agreement&stage=established&field=culture&region=minsk-oblast'))));
    expect(ranged.items.length).toBeGreaterThan(0);
    for (const a of ranged.items) {
      expect(a.kind).toBe('twinning_agreement');
      expect(Number(a.date!.slice(0, 4))).toBeGreaterThanOrEqual(2017);
    }
    const page2 = pageOf(agreementSchema).parse(await json(await agreementsGET(req('/agreements?page=2&pageSize=5'))));
    const page1 = pageOf(agreementSchema).parse(await json(await agreementsGET(req('/agreements?page=1&pageSize=5'))));
    expect(page2).toMatchObject({ page: 2, pageSize: 5, total: page1.total });
    expect(page2.items.map((a) => a.id)).not.toEqual(page1.items.map((a) => a.id));
  });

  it('exports the whole filtered result as CSV', async () => {
    const total = (await json(await agreementsGET(req('/agreements?year=2017')))).total;
    const response = await agreementsGET(req('/agreements?year=2017&format=csv'));
    expect(response.headers.get('content-type')).toMatch(/^text\/csv/);
    // Named after the list, its filters and the day (issue 12, item 19).
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="agreements_year-2017_\d{4}-\d{2}-\d{2}\.csv"$/);
    const lines = (await response.text()).trim().split('\r\n');
    expect(lines[0]).toMatch(/^id,date,datePrecision,dateApproximate/);
    expect(lines).toHaveLength(total + 1);
  });

  it('sends CORS, Cache-Control and an ETag; If-None-Match answers 304', async () => {
    const first = await agreementsGET(req('/agreements?q=Minsk'));
    expect(first.headers.get('access-control-allow-origin')).toBe('*');
    expect(first.headers.get('cache-control')).toMatch(/max-age=\d+/);
    const etag = first.headers.get('etag')!;
    expect(etag).toMatch(/^W\/".+"$/);
    const second = await agreementsGET(req('/agreements?q=Minsk', { headers: { 'If-None-Match': etag } }));
    expect(second.status).toBe(304);
    expect(await second.text()).toBe('');
    const other = await agreementsGET(req('/agreements?q=Grodno', { headers: { 'If-None-Match': etag } }));
    expect(other.status).toBe(200);
    const preflight = agreementsOPTIONS();
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-methods')).toMatch(/GET/);
  });

  it.each([
    ['year=20x7', 'year'],
    ['year=1800', 'year'],
    ['kind=treaty', 'kind'],
    ['stage=signed', 'stage'],
    ['field=space', 'field'],
    ['type=marriage', 'type'],
    ['city=Minsk City', 'city'],
    ['region=MINSK', 'region'],
    ['by=grodno_oblast', 'by'],
    ['cn=-', 'cn'],
    ['page=0', 'page'],
    ['page=x', 'page'],
    ['pageSize=101', 'pageSize'],
    ['pageSize=0', 'pageSize'],
    ['sort=random', 'sort'],
    [`q=${'x'.repeat(201)}`, 'q'],
    ['colour=red', 'colour'],
    ['format=xml', 'format'],
  ])('?%s → 400 naming %s', async (query, parameter) => {
    await expect400(await agreementsGET(req(`/agreements?${query}`)), parameter);
  });

  it('relaxes the cross-parameter rules (issue 13): from after to, year with from/to, format with paging', async () => {
    const ordered = pageOf(agreementSchema).parse(await json(await agreementsGET(req('/agreements?from=2010&to=2020'))));
    const swapped = pageOf(agreementSchema).parse(await json(await agreementsGET(req('/agreements?from=2020&to=2010'))));
    expect(swapped.total).toBe(ordered.total);
    const year = pageOf(agreementSchema).parse(await json(await agreementsGET(req('/agreements?year=2017'))));
    const overlap = pageOf(agreementSchema).parse(await json(await agreementsGET(req('/agreements?year=2017&from=2010'))));
    expect(overlap.total).toBe(year.total);
    const apart = pageOf(agreementSchema).parse(await json(await agreementsGET(req('/agreements?year=2017&from=2019'))));
    expect(apart.total).toBe(0);
    const page = await agreementsGET(req('/agreements?format=csv&page=2&pageSize=5'));
    expect(page.status).toBe(200);
    expect((await page.text()).trim().split('\r\n')).toHaveLength(6);
  });
});

describe('GET /api/v1/pairings', () => {
  it('lists pairings with the shared filters', async () => {
    const body = pageOf(pairingSchema).parse(await json(await pairingsGET(req('/pairings?cn=gansu&pageSize=100'))));
    expect(body.items.map((p) => p.slug)).toContain('novogrudok-district--dunhuang');
    expect(body.total).toBe(await db.pairing.count({ where: { deletedAt: null, cnPlace: { OR: [{ slug: 'gansu' }, { region: { slug: 'gansu' } }] } } }));
    expect(body.items).toHaveLength(body.total);
    expect(body.items.every((p) => p.cn.slug === 'gansu' || p.cn.region?.slug === 'gansu')).toBe(true);
  });

  it('exports CSV and JSON files', async () => {
    const csv = await pairingsGET(req('/pairings?format=csv'));
    expect(csv.headers.get('content-disposition')).toMatch(/filename="pairings_all_\d{4}-\d{2}-\d{2}\.csv"/);
    const file = await pairingsGET(req('/pairings?format=json'));
    expect(file.headers.get('content-disposition')).toMatch(/filename="pairings_all_\d{4}-\d{2}-\d{2}\.json"/);
    const body = pageOf(pairingSchema).parse(await file.json());
    expect(body.items).toHaveLength(body.total);
  });

  it.each([['stage=done', 'stage'], ['year=abc', 'year'], ['nope=1', 'nope']])('?%s → 400 naming %s', async (q, p) => {
    await expect400(await pairingsGET(req(`/pairings?${q}`)), p);
  });

  it('answers one pairing with agreements in order, or 404 / 400', async () => {
    const response = await pairingGET(req('/pairings/novogrudok-district--dunhuang'), slugParams('novogrudok-district--dunhuang'));
    const body = await json(response);
    pairingDetailSchema.parse(body);
    expect(body.agreements.map((a: { date: string }) => a.date)).toEqual(['2018-10', '2021-07', '2023-06-30', '2023-11-07']);
    const missing = await pairingGET(req('/pairings/nowhere--nothing'), slugParams('nowhere--nothing'));
    expect(missing.status).toBe(404);
    expect(errorSchema.parse(await missing.json()).error).toBe('not_found');
    await expect400(await pairingGET(req('/pairings/Bad%20Slug'), slugParams('Bad Slug')), 'slug');
    await expect400(await pairingGET(req('/pairings/minsk-oblast--chongqing?x=1'), slugParams('minsk-oblast--chongqing')), 'x');
  });
});

describe('GET /api/v1/places', () => {
  it('lists places by country and tier, and finds them by any spelling', async () => {
    const body = pageOf(placeSchema).parse(await json(await placesGET(req('/places?country=CN&tier=region&pageSize=100'))));
    expect(body.items.length).toBe(await db.place.count({ where: { deletedAt: null, country: 'CN', tier: 'region' } }));
    expect(body.items.length).toBeGreaterThan(0);
    expect(body.items.every((p) => p.country === 'CN' && p.tier === 'region')).toBe(true);
    const byName = pageOf(placeSchema).parse(await json(await placesGET(req('/places?q=Navahrudak'))));
    expect(byName.items.map((p) => p.slug)).toEqual(['novogrudok-district']);
    const csv = await placesGET(req('/places?format=csv&country=BY'));
    expect((await csv.text()).split('\r\n')[0]).toMatch(/^slug,country,tier,level/);
  });

  it.each([['country=RU', 'country'], ['tier=village', 'tier'], ['q=', 'q'], ['pageSize=500', 'pageSize'], ['format=pdf', 'format'], ['foo=bar', 'foo']])(
    '?%s → 400 naming %s',
    async (q, p) => {
      const response = await placesGET(req(`/places?${q}`));
      if (q === 'q=') {
        // An empty value is the same as leaving the parameter out.
        expect(response.status).toBe(200);
        return;
      }
      await expect400(response, p);
    },
  );

  it('answers one place with its pairings, or 404', async () => {
    const body = await json(await placeGET(req('/places/gansu'), slugParams('gansu')));
    placeDetailSchema.parse(body);
    expect(body.pairings.map((p: { slug: string }) => p.slug)).toContain('novogrudok-district--dunhuang');
    expect((await placeGET(req('/places/atlantis'), slugParams('atlantis'))).status).toBe(404);
    await expect400(await placeGET(req('/places/ATLANTIS'), slugParams('ATLANTIS')), 'slug');
  });
});

describe('GET /api/v1/projects', () => {
  it('lists projects and answers one, or 404', async () => {
    const body = pageOf(projectSchema).parse(await json(await projectsGET(req('/projects?pageSize=100'))));
    expect(body.total).toBeGreaterThan(5);
    const slug = body.items[0].slug;
    projectDetailSchema.parse(await json(await projectGET(req(`/projects/${slug}`), slugParams(slug))));
    expect((await projectGET(req('/projects/none'), slugParams('none'))).status).toBe(404);
    const operating = pageOf(projectSchema).parse(await json(await projectsGET(req('/projects?status=operating,opened'))));
    expect(operating.total).toBe(await db.project.count({ where: { deletedAt: null, status: { in: ['operating', 'opened'] } } }));
    expect(operating.items.length).toBeGreaterThan(0);
    expect(operating.items.every((p) => ['operating', 'opened'].includes(p.status))).toBe(true);
  });

  it.each([['status=dreaming', 'status'], ['country=FR', 'country'], ['place=Not A Slug', 'place'], ['page=-1', 'page']])('?%s → 400 naming %s', async (q, p) => {
    await expect400(await projectsGET(req(`/projects?${q}`)), p);
  });
});

describe('GET /api/v1/trade', () => {
  it('keeps currency, scale and reporter on every figure', async () => {
    const body = pageOf(tradeFigureSchema).parse(await json(await tradeGET(req('/trade'))));
    expect(body.total).toBeGreaterThan(40);
    expect(new Set(body.items.map((t) => t.currency))).toEqual(new Set(['USD', 'CNY']));
    const cny = pageOf(tradeFigureSchema).parse(await json(await tradeGET(req('/trade?currency=CNY'))));
    expect(cny.items.length).toBe(await db.tradeFigure.count({ where: { deletedAt: null, currency: 'CNY' } }));
    expect(cny.items.length).toBeGreaterThan(0);
    expect(cny.items.every((t) => t.currency === 'CNY' && t.scope === 'region')).toBe(true);
    const range = pageOf(tradeFigureSchema).parse(await json(await tradeGET(req('/trade?scope=country&flow=total&from=2018&to=2019'))));
    expect(range.items.length).toBe(await db.tradeFigure.count({ where: { deletedAt: null, scope: 'country', flow: 'total', year: { gte: 2018, lte: 2019 } } }));
    expect(range.items.length).toBeGreaterThan(0);
    expect(range.items.every((t) => t.year! >= 2018 && t.year! <= 2019 && t.flow === 'total')).toBe(true);
    expect((await (await tradeGET(req('/trade?format=csv'))).text()).split('\n')[0]).toMatch(/currency,scale/);
  });

  it.each([['currency=EUR', 'currency'], ['flow=smuggling', 'flow'], ['scope=planet', 'scope'], ['by=Minsk', 'by'], ['page=2', 'page']])(
    '?%s → 400 naming %s',
    async (q, p) => {
      await expect400(await tradeGET(req(`/trade?${q}`)), p);
    },
  );
});

describe('GET /api/v1/sources', () => {
  it('lists sources with publisher and date', async () => {
    const body = pageOf(sourceSchema).parse(await json(await sourcesGET(req('/sources?language=zh'))));
    expect(body.total).toBe(await db.source.count({ where: { deletedAt: null, language: 'zh' } }));
    expect(body.items.length).toBeGreaterThan(0);
    expect(body.items.every((s) => s.language === 'zh')).toBe(true);
    const csv = await (await sourcesGET(req('/sources?format=csv'))).text();
    expect(csv.split('\r\n')[0]).toBe('id,key,url,title,publisher,language,publishedDate,publishedPrecision');
  });

  it.each([['language=Chinese', 'language'], ['pageSize=abc', 'pageSize'], ['x=1', 'x']])('?%s → 400 naming %s', async (q, p) => {
    await expect400(await sourcesGET(req(`/sources?${q}`)), p);
  });
});

describe('GET /api/v1/geojson', () => {
  it('is a FeatureCollection of partner points and pairing arcs in lon/lat', async () => {
    const response = await geojsonGET(req('/geojson'));
    expect(response.headers.get('content-type')).toMatch(/application\/geo\+json/);
    const body = geoJsonSchema.parse(await response.json());
    const arc = body.features.find((f) => f.id === 'pairing:novogrudok-district--dunhuang')!;
    expect(arc.geometry.type).toBe('LineString');
    const [[byLon, byLat], [cnLon]] = arc.geometry.coordinates as [number, number][];
    expect(byLon).toBeCloseTo(25.8, 0);
    expect(byLat).toBeCloseTo(53.6, 0);
    expect(cnLon).toBeCloseTo(94.7, 0);
    const filtered = geoJsonSchema.parse(await (await geojsonGET(req('/geojson?by=grodno-oblast'))).json());
    expect(filtered.features.length).toBeLessThan(body.features.length);
  });

  it.each([['stage=nope', 'stage'], ['format=csv', 'format']])('?%s → 400 naming %s', async (q, p) => {
    await expect400(await geojsonGET(req(`/geojson?${q}`)), p);
  });
});

describe('OpenAPI and unknown routes', () => {
  it('serves an OpenAPI 3.1 document generated from the zod schemas', async () => {
    const doc = await json(openapiGET(req('/openapi.json')));
    expect(doc.openapi).toBe('3.1.0');
    const search = doc.paths['/agreements'].get;
    const names = search.parameters.map((p: { name: string }) => p.name);
    for (const name of ['q', 'city', 'region', 'year', 'from', 'to', 'kind', 'stage', 'field', 'page', 'pageSize', 'format']) {
      expect(names).toContain(name);
    }
    const kind = search.parameters.find((p: { name: string }) => p.name === 'kind');
    expect(kind.schema.items.enum).toContain('twinning_agreement');
    expect(search.parameters.find((p: { name: string }) => p.name === 'year').schema).toMatchObject({ type: 'integer', minimum: 1990 });
    expect(doc.components.schemas.Agreement.properties.pairing).toBeDefined();
    // Every $ref points at a component that exists.
    const refs = [...JSON.stringify(doc).matchAll(/"\$ref":"#\/components\/schemas\/([^"]+)"/g)].map((m) => m[1]);
    expect(refs.length).toBeGreaterThan(5);
    for (const ref of refs) expect(doc.components.schemas).toHaveProperty(ref);
  });

  it('answers unknown API routes with JSON 404', async () => {
    for (const handler of [notFoundGET, notFoundPOST]) {
      const response = handler(req('/nothing/here'));
      expect(response.status).toBe(404);
      expect(z.object({ error: z.literal('not_found') }).passthrough().parse(await response.json())).toBeTruthy();
    }
  });
});
