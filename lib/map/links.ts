import { atlasFiltersToSearchParams, type AtlasFilters } from '@/lib/filters/schema';

/** Side-panel selection on the map page; kept beside the filters in the URL. */
export type MapSelection = { pairing?: string; place?: string };

/** Query of a map URL: the filters, a selection and/or a page (for Link's `{ pathname, query }`). */
export function mapQuery(filters: AtlasFilters, extra: MapSelection & { page?: number } = {}): Record<string, string> {
  const params = atlasFiltersToSearchParams({ ...filters, page: extra.page });
  if (extra.pairing) params.set('pairing', extra.pairing);
  if (extra.place) params.set('place', extra.place);
  return Object.fromEntries(params);
}

/** Reads the selection from page search params (a slug, or nothing). */
export function parseMapSelection(params: Record<string, string | string[] | undefined>): MapSelection {
  const slug = (value: string | string[] | undefined) =>
    typeof value === 'string' && /^[a-z0-9]+(?:-{1,2}[a-z0-9]+)*$/.test(value) ? value : undefined;
  return { pairing: slug(params.pairing), place: slug(params.place) };
}

/** The search params the filter schema should see (selection removed, so strict parsing does not drop it as unknown). */
export function withoutSelection(params: Record<string, string | string[] | undefined>) {
  return Object.fromEntries(Object.entries(params).filter(([key]) => key !== 'pairing' && key !== 'place'));
}
