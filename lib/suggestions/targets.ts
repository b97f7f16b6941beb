import 'server-only';
import { localName } from '@/lib/i18n/place-names';
import { publicDb } from '@/lib/soft-delete/public-db';
import type { SuggestionTarget } from './schema';

const NAMES = { nameEn: true, nameRu: true, nameBe: true, nameZh: true } as const;

/** The record a reader wants to correct, named in their language with its page; null when there is none. */
export async function describeTarget(target: SuggestionTarget, slug: string, locale: string): Promise<{ name: string; path: string } | null> {
  switch (target) {
    case 'pairing': {
      const p = await publicDb.pairing.findUnique({ where: { slug }, select: { byPlace: { select: NAMES }, cnPlace: { select: NAMES } } });
      return p && { name: `${localName(p.byPlace, locale)} – ${localName(p.cnPlace, locale)}`, path: `/pairings/${slug}` };
    }
    case 'place': {
      const p = await publicDb.place.findUnique({ where: { slug }, select: NAMES });
      return p && { name: localName(p, locale), path: `/places/${slug}` };
    }
    case 'project': {
      const p = await publicDb.project.findUnique({ where: { slug }, select: { nameEn: true, nameRu: true, nameZh: true } });
      return p && { name: localName(p, locale), path: `/projects/${slug}` };
    }
  }
}

/** Every live place per country, by name in the reader's language, for the partner pickers. */
export async function partnerOptions(locale: string) {
  const places = await publicDb.place.findMany({ select: { id: true, country: true, ...NAMES } });
  const collator = new Intl.Collator(locale);
  const side = (country: string) =>
    places
      .filter((p) => p.country === country)
      .map((p) => ({ value: String(p.id), label: localName(p, locale) }))
      .sort((a, b) => collator.compare(a.label, b.label));
  return { BY: side('BY'), CN: side('CN') };
}
