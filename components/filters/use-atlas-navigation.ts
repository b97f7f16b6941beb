'use client';

import { useOptimistic, useTransition } from 'react';
import type { AtlasFilters } from '@/lib/filters/schema';
import { atlasFiltersToSearchParams } from '@/lib/filters/search-params';
import { usePathname, useRouter } from '@/lib/i18n/navigation';

/**
 * Writes a new filter state into the URL (the one source of truth): the server page
 * re-renders the list, counts and map data for it. A filter change leaves the page
 * number and the selected pairing behind; `replace` is for animation steps that
 * should not fill the history.
 */
export function useAtlasNavigation(filters: AtlasFilters) {
  const router = useRouter();
  const pathname = usePathname();
  const [pending, startTransition] = useTransition();
  // Controls show the new state at once, while the server renders it.
  const [current, setCurrent] = useOptimistic(filters);

  function apply(patch: Partial<AtlasFilters>, { replace = false } = {}) {
    const next = { ...current, ...patch, page: undefined };
    const query = atlasFiltersToSearchParams(next).toString();
    const href = query ? `${pathname}?${query}` : pathname;
    startTransition(() => {
      setCurrent(next);
      if (replace) router.replace(href, { scroll: false });
      else router.push(href, { scroll: false });
    });
  }

  return { filters: current, apply, pending };
}
