import 'server-only';
import { db } from '@/lib/db';
import { localName } from '@/lib/i18n/place-names';

export type FacetOption = { value: string; label: string };

const hasPairings = {
  OR: [{ byPairings: { some: { deletedAt: null } } }, { cnPairings: { some: { deletedAt: null } } }],
};

/**
 * First-level regions of each country that take part in a pairing themselves or
 * through a place inside them: the options of the region/province filters.
 */
export async function listRegionFacets(locale: string): Promise<{ by: FacetOption[]; cn: FacetOption[] }> {
  const regions = await db.place.findMany({
    where: {
      deletedAt: null,
      tier: 'region',
      OR: [hasPairings, { localities: { some: { deletedAt: null, ...hasPairings } } }],
    },
    select: { slug: true, country: true, nameEn: true, nameRu: true, nameBe: true, nameZh: true },
  });
  const options = (country: string) =>
    regions
      .filter((region) => region.country === country)
      .map((region) => ({ value: region.slug, label: localName(region, locale) }))
      .sort((a, b) => a.label.localeCompare(b.label, locale));
  return { by: options('BY'), cn: options('CN') };
}
