/**
 * At scale every list route, export and filter answers 200: Prisma loads relations
 * with `WHERE parentId IN (?, ?, …)`, one parameter per parent row, and once the
 * atlas held ~2,000 pairings `GET /api/v1/pairings` failed with P2029 (too many
 * query parameters). The route handlers run directly against a generated database
 * with 10,000 synthetic pairings (scripts/synthetic/load-synthetic.ts).
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createPrismaClient } from '@/lib/db-client';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { buildSyntheticDatabase } from '@/scripts/synthetic/load-synthetic';
import { TMP_DIR } from '../helpers/paths';

// The admin loaders check the session where they read (lib/auth/require-data.ts).
vi.mock('next/headers', async () => (await import('../helpers/session')).nextHeadersMock);
vi.mock('next/cache', async () => (await import('../helpers/session')).nextCacheMock);

const PAIRINGS = 10_000;
const file = path.join(TMP_DIR, `synthetic-${process.env.VITEST_POOL_ID ?? '0'}.db`);
let client: PrismaClient;

type Handler = (request: Request, context?: unknown) => Promise<Response> | Response;
const routes: Record<string, Handler> = {};

beforeAll(async () => {
  await buildSyntheticDatabase(file, PAIRINGS);
  client = createPrismaClient(`file:${file}`);
  // lib/db.ts reuses a client cached on globalThis: hand it the synthetic one.
  (globalThis as unknown as { prisma?: PrismaClient }).prisma = client;
  // Imported only now: helpers/users binds lib/db.ts, which must see the synthetic client.
  const { actAs, makeUser } = await import('../helpers/users');
  await actAs(await makeUser('editor'));
  for (const name of ['agreements', 'pairings', 'places', 'projects', 'sources', 'trade', 'geojson']) {
    routes[name] = ((await import(`@/app/api/v1/${name}/route`)) as { GET: Handler }).GET;
  }
}, 120_000);

afterAll(async () => {
  (globalThis as unknown as { prisma?: PrismaClient }).prisma = undefined;
  await client?.$disconnect();
});

const get = (route: string, query = '') => routes[route](new Request(`http://127.0.0.1/api/v1/${route}${query}`));

describe(`public API on ${PAIRINGS.toLocaleString('en')} pairings`, () => {
  it('really holds that many pairings', async () => {
    expect(await client.pairing.count({ where: { deletedAt: null } })).toBeGreaterThanOrEqual(PAIRINGS);
  });

  const queries: [string, string][] = [
    ['pairings', ''],
    ['pairings', '?pageSize=100&page=3'],
    ['pairings', '?format=csv'],
    ['pairings', '?format=json'],
    ['pairings', '?stage=established'],
    ['pairings', '?stage=established,approved&format=csv'],
    ['pairings', '?type=sister_city'],
    ['pairings', '?type=sister_city,partnership&format=json'],
    ['pairings', '?field=trade&format=csv'],
    ['pairings', '?kind=twinning_agreement&format=json'],
    ['pairings', '?from=1995&to=2025&format=csv'],
    ['pairings', '?q=a&format=json'],
    ['agreements', ''],
    ['agreements', '?format=csv'],
    ['agreements', '?format=json'],
    ['agreements', '?stage=established&format=csv'],
    ['agreements', '?type=sister_city&kind=memorandum&format=json'],
    ['agreements', '?q=cooperation'],
    ['agreements', '?q=cooperation&format=csv'],
    ['agreements', '?from=2000&to=2020&sort=date'],
    ['geojson', ''],
    ['geojson', '?stage=established'],
    ['geojson', '?type=sister_city&field=trade'],
    ['places', ''],
    ['places', '?format=csv'],
    ['places', '?format=json&country=CN'],
    ['projects', '?format=csv'],
    ['projects', '?format=json'],
    ['sources', '?format=csv'],
    ['sources', '?format=json'],
    ['trade', ''],
    ['trade', '?format=csv'],
  ];

  it.each(queries)('GET /api/v1/%s%s → 200', async (route, query) => {
    const response = await get(route, query);
    expect(response.status, await response.clone().text().then((t) => t.slice(0, 300))).toBe(200);
    const body = await response.text();
    expect(body.length).toBeGreaterThan(2);
  });

  it('an unfiltered export holds every pairing', async () => {
    const response = await get('pairings', '?format=json');
    const body = (await response.json()) as { items: unknown[]; total: number };
    expect(body.total).toBeGreaterThanOrEqual(PAIRINGS);
    expect(body.items).toHaveLength(body.total);
  });
});

describe(`pages' data loaders on ${PAIRINGS.toLocaleString('en')} pairings`, () => {
  const filters = (stage?: string[]) => ({ ...(stage && { stage }) }) as never;
  const table = <S extends string>(sort: S) => ({ q: '', sort, dir: 'asc' as const, page: 1, deleted: undefined, showDeleted: false, skip: 0, take: 50 });
  const loaders: [string, () => Promise<unknown>][] = [
    ['home list (listPairings)', async () => (await import('@/lib/pairings/queries')).listPairings(filters(), { take: 20 })],
    ['map (getMapData)', async () => (await import('@/lib/map/queries')).getMapData(filters(['established']), 'en')],
    ['map histogram', async () => (await import('@/lib/map/queries')).countPairingsByYear(filters())],
    ['timeline', async () => (await import('@/lib/timeline/queries')).listTimeline(filters(), 3)],
    ['timeline histogram', async () => (await import('@/lib/timeline/queries')).countAgreementsByYear(filters())],
    ['agreement facets', async () => (await import('@/lib/agreements/queries')).agreementFacets(filters())],
    ['region facets', async () => (await import('@/lib/places/queries')).listRegionFacets('en')],
    ['sitemap', async () => (await import('@/app/sitemap')).default()],
    ['admin pairings', async () => (await import('@/lib/pairings/admin-queries')).listPairingsForAdmin(table('updated') as never)],
    ['admin pairing options', async () => (await import('@/lib/pairings/admin-queries')).listPairingOptions()],
    ['admin agreements', async () => (await import('@/lib/agreements/admin-queries')).listAgreementsForAdmin(table('updated') as never)],
    ['admin places', async () => (await import('@/lib/places/admin-queries')).listPlacesForAdmin(table('name') as never)],
    ['admin place parents', async () => (await import('@/lib/places/admin-queries')).listPlaceParents()],
    ['place page of the busiest region', async () => {
      const [busiest] = await client.$queryRawUnsafe<{ slug: string }[]>(
        'SELECT r.slug FROM Place r JOIN Place p ON p.regionId = r.id JOIN Pairing x ON x.byPlaceId = p.id OR x.cnPlaceId = p.id GROUP BY r.id ORDER BY COUNT(*) DESC LIMIT 1',
      );
      const detail = await (await import('@/lib/places/queries')).getPlaceDetail(busiest.slug);
      expect(detail!.pairings.length).toBeGreaterThan(1000);
      return detail;
    }],
    ['admin trade place options', async () => (await import('@/lib/trade/admin-queries')).listTradePlaceOptions()],
  ];
  it.each(loaders)('%s loads', async (_name, load) => {
    await expect(load()).resolves.toBeDefined();
  });
});
