import type { Prisma } from '@/lib/generated/prisma/client';

/** What every list shows of a pairing partner: its names, level and region. */
export const partnerSelect = {
  slug: true,
  country: true,
  tier: true,
  level: true,
  nameEn: true,
  nameRu: true,
  nameBe: true,
  nameZh: true,
  region: { select: { slug: true, country: true, nameEn: true, nameRu: true, nameBe: true, nameZh: true } },
} as const satisfies Prisma.PlaceSelect;

type PartnerRow = Prisma.PlaceGetPayload<{ select: typeof partnerSelect }>;
type NamedRow = Pick<PartnerRow, 'nameEn' | 'nameRu' | 'nameBe' | 'nameZh'>;

/** `{ en, ru, be, zh }`: the public (API) form of a place's names, null where none is recorded. */
export function placeNamesOf(place: NamedRow) {
  return { en: place.nameEn, ru: place.nameRu, be: place.nameBe, zh: place.nameZh };
}

/** The public form of a partner: slug, level, names, country and region. */
export function toPartner(place: PartnerRow) {
  return {
    slug: place.slug,
    country: place.country,
    tier: place.tier,
    level: place.level,
    names: placeNamesOf(place),
    region: place.region ? { slug: place.region.slug, names: placeNamesOf(place.region) } : null,
  };
}

export type Partner = ReturnType<typeof toPartner>;

/** A public partner back in the shape `lib/i18n/place-names.ts` reads. */
export function partnerPlaceNames(partner: { country: string; names: ReturnType<typeof placeNamesOf> }) {
  return {
    country: partner.country,
    nameEn: partner.names.en,
    nameRu: partner.names.ru,
    nameBe: partner.names.be ?? null,
    nameZh: partner.names.zh,
  };
}
