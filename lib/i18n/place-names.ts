/** The names a place carries, as stored on Place. */
export type PlaceNames = {
  nameEn: string;
  nameRu: string | null;
  nameBe: string | null;
  nameZh: string | null;
  country: string;
};

/** The place's name in the UI language, falling back to English. */
export function localName(place: PlaceNames, locale: string): string {
  switch (locale) {
    case 'ru':
      return place.nameRu ?? place.nameEn;
    case 'be':
      return place.nameBe ?? place.nameRu ?? place.nameEn;
    case 'zh':
      return place.nameZh ?? place.nameEn;
    default:
      return place.nameEn;
  }
}

/**
 * The name in the place's own language (Russian for Belarus, Chinese for China),
 * or null when that is what `localName` already shows.
 */
export function originalName(place: PlaceNames, locale: string): string | null {
  const original = place.country === 'CN' ? place.nameZh : place.nameRu;
  if (!original || original === localName(place, locale)) return null;
  return original;
}
