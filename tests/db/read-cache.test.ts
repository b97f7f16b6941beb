/**
 * The public readers' cache (lib/cache/read-cache.ts): a repeated read is shared, and
 * any commit — through the app's client, or from another connection such as a CLI
 * import or a test fixture — is visible on the next read. Off by default under
 * Vitest; turned on here.
 */
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { invalidateReadCache, readCacheStats } from '@/lib/cache/read-cache';
import { databaseFile } from '@/lib/database-url.mjs';
import { db } from '@/lib/db';
import { parseAtlasFiltersLenient } from '@/lib/filters/schema';
import { getMapData } from '@/lib/map/queries';
import { getPairingDetail } from '@/lib/pairings/queries';

const all = parseAtlasFiltersLenient(new URLSearchParams(''));
const stageOf = async (slug: string) => (await getMapData(all, 'en')).arcs.find((arc) => arc.slug === slug)?.stage;

beforeAll(() => {
  process.env.ATLAS_READ_CACHE = '1';
});
afterAll(() => {
  delete process.env.ATLAS_READ_CACHE;
});

describe('read cache', () => {
  it('answers a repeated read from the cache, per argument list', async () => {
    const first = await getMapData(all, 'en');
    const before = readCacheStats().hits;
    expect(await getMapData(all, 'en')).toBe(first);
    expect(readCacheStats().hits).toBe(before + 1);
    expect(await getMapData(all, 'ru')).not.toBe(first);
    expect(first.arcs.length).toBeGreaterThan(0);
  });

  it('sees a commit from another connection on the next read', async () => {
    const slug = 'minsk--qingdao';
    const original = await stageOf(slug);
    expect(original).toBeDefined();
    const other = new Database(databaseFile(process.env.DATABASE_URL!));
    try {
      const next = original === 'established' ? 'negotiating' : 'established';
      other.prepare('UPDATE Pairing SET stage = ? WHERE slug = ?').run(next, slug);
      expect(await stageOf(slug)).toBe(next);
      other.prepare('UPDATE Pairing SET stage = ? WHERE slug = ?').run(original, slug);
      expect(await stageOf(slug)).toBe(original);
    } finally {
      other.close();
    }
  });

  it("sees a write through the app's own client, and starts afresh when invalidated", async () => {
    const slug = 'minsk--qingdao';
    const before = await getPairingDetail(slug);
    expect(before).not.toBeNull();
    expect(await getPairingDetail(slug)).toBe(before);
    await db.pairing.update({ where: { slug }, data: { summary: 'Changed by the read-cache test.' } });
    expect((await getPairingDetail(slug))?.summary).toBe('Changed by the read-cache test.');
    const cached = await getPairingDetail(slug);
    invalidateReadCache();
    expect(await getPairingDetail(slug)).not.toBe(cached);
  });
});
