import 'server-only';
import { revalidatePath, revalidateTag } from 'next/cache';
import { invalidateReadCache } from './read-cache';

/**
 * Tag for any cached read of the atlas data (`unstable_cache`, `'use cache'` +
 * `cacheTag`). Every editor write calls `revalidateAtlasData()`, so public pages, the
 * map, search and the API show the change on the next request: it also empties the
 * readers' in-process cache (lib/cache/read-cache.ts).
 */
export const ATLAS_DATA_TAG = 'atlas-data';

export function revalidateAtlasData() {
  invalidateReadCache();
  revalidateTag(ATLAS_DATA_TAG, { expire: 0 });
  revalidatePath('/', 'layout');
}
