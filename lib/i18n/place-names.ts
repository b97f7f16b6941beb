/** The names a place carries, as stored on Place. */
export type PlaceNames = {
  nameEn: string;
  nameRu: string | null;
  nameBe: string | null;
  nameZh: string | null;
  country: string;
};

/** Names in the public shape (`names: { en, ru, be, zh }`), any of them possibly missing. */
export type LocalizedNames = {
  en: string;
  ru?: string | null;
  be?: string | null;
  zh?: string | null;
};

/**
 * Which languages to try, in order, for a page language. Belarusian readers read
 * Russian, so a missing Belarusian name shows the Russian one before the English.
 */
export const NAME_FALLBACK: Record<string, readonly (keyof LocalizedNames)[]> = {
  en: ['en'],
  ru: ['ru', 'en'],
  be: ['be', 'ru', 'en'],
  zh: ['zh', 'en'],
};

/** A name in the page's language with the fallback above; never empty. */
export function displayName(names: LocalizedNames, locale: string): string {
  for (const lang of NAME_FALLBACK[locale] ?? NAME_FALLBACK.en) {
    const name = names[lang]?.trim();
    if (name) return name;
  }
  return names.en;
}

/** The same for a record with nameEn/nameRu/nameBe/nameZh columns (Place, Project). */
export function localName(
  record: { nameEn: string; nameRu?: string | null; nameBe?: string | null; nameZh?: string | null },
  locale: string,
): string {
  return displayName({ en: record.nameEn, ru: record.nameRu, be: record.nameBe, zh: record.nameZh }, locale);
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
