import type { AtlasFilters } from '@/lib/filters/schema';
import { atlasFiltersToSearchParams } from '@/lib/filters/search-params';

/** The /agreements URL for the current filters with a change (back to page 1 unless given). */
export function searchHref(filters: AtlasFilters, change: Partial<AtlasFilters> = {}): string {
  const params = atlasFiltersToSearchParams({ ...filters, page: undefined, ...change });
  const search = params.toString();
  return search ? `/agreements?${search}` : '/agreements';
}

/** A list filter with one value toggled. */
export function toggled<T extends string>(list: T[] | undefined, value: T): T[] {
  const current = list ?? [];
  return current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
}
