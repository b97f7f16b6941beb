import type { AtlasFilters } from './schema';

/**
 * Writing a filter state back into the URL, without zod: the filter panel, the map and
 * the search links run this in the browser, and importing it from ./schema pulled all
 * of zod (~30 KB gzip) into the map and timeline pages.
 */

/** The canonical URL form of a filter state (stable order, lists comma-joined, defaults left out). */
export function atlasFiltersToSearchParams(filters: Partial<AtlasFilters>): URLSearchParams {
  const params = new URLSearchParams();
  const order: (keyof AtlasFilters)[] = [
    'q', 'city', 'region', 'by', 'cn', 'pairing', 'from', 'to', 'stage', 'type', 'field', 'kind', 'sort', 'page', 'pageSize',
  ];
  for (const key of order) {
    const value = filters[key];
    if (value === undefined || value === null || value === '') continue;
    if (Array.isArray(value)) {
      if (value.length > 0) params.set(key, value.join(','));
    } else if (!(key === 'page' && value === 1)) {
      params.set(key, String(value));
    }
  }
  return params;
}
