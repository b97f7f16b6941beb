import { beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '@/lib/db';
import { deleteRecord } from '@/lib/actions/records/delete-record';
import { restoreRecord } from '@/lib/actions/records/restore-record';
import { GET as pairingsGET } from '@/app/api/v1/pairings/route';
import { GET as agreementsGET } from '@/app/api/v1/agreements/route';
import { GET as geojsonGET } from '@/app/api/v1/geojson/route';
import { GET as placeGET } from '@/app/api/v1/places/[slug]/route';
import { parseTableParams } from '@/lib/admin/table-params';
import { atlasFiltersSchema } from '@/lib/filters/schema';
import { getMapData, getPlacePanel } from '@/lib/map/queries';
import { listPlacesForAdmin, PLACE_SORTS } from '@/lib/places/admin-queries';
import { getPlaceDetail, listRegionFacets } from '@/lib/places/queries';
import { getAtlasTotals, getPairingDetail, listPairings, searchPairings } from '@/lib/pairings/queries';
import { pairingsGeoJson } from '@/lib/geo/pairings-geojson';
import { listTimeline } from '@/lib/timeline/queries';
import { actAs, makeUser } from '../helpers/users';

vi.mock('next/headers', async () => (await import('../helpers/session')).nextHeadersMock);
vi.mock('next/cache', async () => (await import('../helpers/session')).nextCacheMock);

const NO_FILTERS = atlasFiltersSchema.parse({});
const req = (path: string) => new Request(`http://localhost/api/v1${path}`);

/**
 * Marks a record deleted the way a row deleted outside the editors' path looks (a
 * script, data from before the in-use check): the editors' action now refuses to
 * delete a place or source that live records use (tests/db/delete-in-use.test.ts), and
 * the public scope must still hide such rows and everything that hangs off them.
 */
async function softDelete(entityType: 'place' | 'source', id: number) {
  const row = entityType === 'place' ? await db.place.findUniqueOrThrow({ where: { id } }) : await db.source.findUniqueOrThrow({ where: { id } });
  const refused = await deleteRecord({ entityType, id, version: row.version });
  expect(refused).toMatchObject({ ok: false, status: 409 });
  const data = { deletedAt: new Date(), version: { increment: 1 } };
  if (entityType === 'place') await db.place.update({ where: { id }, data });
  else await db.source.update({ where: { id }, data });
}

beforeEach(async () => {
  await actAs(await makeUser('editor'));
});

describe('a deleted source', () => {
  it('disappears from the place page: its own sources, its facts’ sources and the source list', async () => {
    const factSources = await db.source.findMany({ where: { placeFacts: { some: { place: { slug: 'shaanxi' } } } }, select: { id: true } });
    const ownSources = await db.source.findMany({ where: { places: { some: { slug: 'shaanxi' } } }, select: { id: true } });
    expect(factSources.length).toBeGreaterThan(0);
    expect(ownSources.length).toBeGreaterThan(0);
    const before = await getPlaceDetail('shaanxi');
    const deleted = [factSources[0].id, ownSources[0].id];
    expect(before!.allSources.map((s) => s.id)).toEqual(expect.arrayContaining(deleted));

    for (const id of new Set(deleted)) await softDelete('source', id);

    const after = (await getPlaceDetail('shaanxi'))!;
    expect(after.facts.length).toBe(before!.facts.length);
    const shown = [...after.sources, ...after.facts.flatMap((f) => f.sources), ...after.allSources].map((s) => s.id);
    expect(shown.length).toBeGreaterThan(0);
    for (const id of deleted) expect(shown).not.toContain(id);
    expect(after.allSources).toHaveLength(before!.allSources.length - new Set(deleted).size);
    const api = (await (await placeGET(req('/places/shaanxi'), { params: Promise.resolve({ slug: 'shaanxi' }) })).json()) as { allSources?: { id: number }[]; sources: { id: number }[] };
    for (const id of deleted) expect(api.sources.map((s) => s.id)).not.toContain(id);
  });
});

describe('a deleted place', () => {
  it('takes its pairings off every public list, the map, GeoJSON and the API; the admin still sees it and restoring brings all back', async () => {
    const minsk = await db.place.findUniqueOrThrow({ where: { slug: 'minsk' } });
    const gone = (await db.pairing.findMany({ where: { deletedAt: null, OR: [{ byPlaceId: minsk.id }, { cnPlaceId: minsk.id }] }, select: { slug: true } })).map((p) => p.slug);
    expect(gone.length).toBe(6);
    const agreementsGone = await db.agreement.count({ where: { deletedAt: null, pairing: { slug: { in: gone } } } });
    expect(agreementsGone).toBeGreaterThan(0);
    const totalsBefore = await getAtlasTotals();
    const mapBefore = await getMapData(NO_FILTERS, 'en');
    const apiBefore = (await (await pairingsGET(req('/pairings?pageSize=100'))).json()) as { total: number };
    const agreementsBefore = (await (await agreementsGET(req('/agreements?pageSize=1'))).json()) as { total: number };

    await softDelete('place', minsk.id);

    const slugs = (rows: { slug: string }[]) => rows.map((row) => row.slug);
    const listed = slugs(await listPairings(NO_FILTERS));
    expect(listed.length).toBe(totalsBefore.pairings - gone.length);
    for (const slug of gone) expect(listed).not.toContain(slug);

    const searched = await searchPairings(NO_FILTERS, { all: true });
    expect(searched.total).toBe(totalsBefore.pairings - gone.length);
    for (const slug of gone) expect(slugs(searched.items)).not.toContain(slug);

    const api = (await (await pairingsGET(req('/pairings?pageSize=100'))).json()) as { total: number; items: { slug: string }[] };
    expect(api.total).toBe(apiBefore.total - gone.length);
    for (const slug of gone) expect(slugs(api.items)).not.toContain(slug);
    const agreementsApi = (await (await agreementsGET(req('/agreements?pageSize=1'))).json()) as { total: number };
    expect(agreementsApi.total).toBe(agreementsBefore.total - agreementsGone);

    const map = await getMapData(NO_FILTERS, 'en');
    expect(map.arcs.length).toBe(mapBefore.arcs.length - gone.length);
    expect(map.unplaced).toBe(mapBefore.unplaced);
    for (const slug of gone) expect(slugs(map.arcs)).not.toContain(slug);
    expect(map.places.map((p) => p.slug)).not.toContain('minsk');

    const geo = await pairingsGeoJson(NO_FILTERS);
    const geoIds = geo.features.map((f) => (f as { id: string }).id);
    expect(geoIds.length).toBeGreaterThan(0);
    for (const slug of gone) expect(geoIds).not.toContain(`pairing:${slug}`);
    expect(geoIds).not.toContain('place:minsk');
    const geoApi = (await (await geojsonGET(req('/geojson'))).json()) as { features: { id: string }[] };
    expect(geoApi.features.map((f) => f.id)).toEqual(geoIds);

    const timeline = await listTimeline(NO_FILTERS);
    expect(timeline.agreements.length).toBeGreaterThan(0);
    for (const a of timeline.agreements) expect(gone).not.toContain(a.pairing.slug);

    expect(await getPairingDetail(gone[0])).toBeNull();
    expect(await getPlaceDetail('minsk')).toBeNull();
    expect(await getPlacePanel('minsk', NO_FILTERS)).toBeNull();
    expect((await getAtlasTotals()).pairings).toBe(totalsBefore.pairings - gone.length);
    expect((await listRegionFacets('en')).by.length).toBeGreaterThan(0);

    // The trash: the admin list of deleted places has it, and restoring brings every pairing back.
    const trash = await listPlacesForAdmin(parseTableParams({ deleted: '1' }, PLACE_SORTS, 'name'));
    expect(trash.rows.map((r) => r.slug)).toEqual(['minsk']);
    const deleted = await db.place.findUniqueOrThrow({ where: { id: minsk.id } });
    expect(await restoreRecord({ entityType: 'place', id: minsk.id, version: deleted.version })).toMatchObject({ ok: true });
    expect(slugs(await listPairings(NO_FILTERS))).toEqual(expect.arrayContaining(gone));
    expect((await getMapData(NO_FILTERS, 'en')).arcs.length).toBe(mapBefore.arcs.length);
  });
});
