import 'server-only';
import { Feed } from 'feed';
import { LOCALE_TAGS } from '@/lib/i18n/locales';
import type { Locale } from '@/lib/i18n/routing';
import type { PublicChange } from './public-changes';

/** A translator over the catalogue's `changes` namespace (next-intl's, or createTranslator's in tests). */
export type ChangesTranslate = (key: string, values?: Record<string, string | number>) => string;

type AtomInput = { origin: string; locale: Locale; items: PublicChange[]; selfPath: string; placeName?: string; placePath?: string; t: ChangesTranslate };

/**
 * An Atom 1.0 document of public changes (RFC 4287), written by the `feed` package so
 * escaping and element order are a library's job, not ours. Entry ids are tag URIs of
 * the audit event, so a reader's feed client never shows one change twice. `origin` is
 * the site's address for this request (lib/site-url.ts).
 */
export function changesAtom({ origin, locale, items, selfPath, placeName, placePath, t }: AtomInput): string {
  const tField = (key: string) => t(`field.${key}`);
  const tEntity = (key: string) => t(`entity.${key}`);
  const siteUrl = (path = '') => `${origin}${path}`;
  const site = siteUrl();
  const host = new URL(site).host;
  const page = siteUrl(`/${locale}${placePath ?? '/changes'}`);
  const feed = new Feed({
    id: siteUrl(selfPath),
    title: placeName ? t('placeFeedTitle', { place: placeName }) : t('feedTitle'),
    description: t('metaDescription'),
    link: page,
    language: LOCALE_TAGS[locale],
    updated: items[0]?.at ?? new Date(0),
    generator: false,
    copyright: t('feedRights'),
    feedLinks: { atom: siteUrl(selfPath) },
    author: { name: t('feedAuthor'), link: site },
  });
  for (const change of items) {
    const link = siteUrl(`/${locale}${change.path}`);
    const title = t('entryTitle', { kind: change.kind, entity: tEntity(change.entityType), title: change.title });
    const lines = [
      change.context ? t('entryContext', { context: change.context }) : null,
      change.fields.length ? t('changedFields', { fields: change.fields.map((f) => tField(f)).join(', ') }) : null,
    ].filter(Boolean);
    feed.addItem({
      id: `tag:${host},2026:change-${change.id}`,
      title,
      link,
      date: change.at,
      description: lines.join(' ') || title,
      category: [{ term: change.entityType, name: tEntity(change.entityType) }],
    });
  }
  // The package puts `language` into RSS only; Atom carries it as xml:lang on <feed> (RFC 4287 §2).
  // The tag is one of our four constants, never data.
  return feed.atom1().replace('<feed xmlns="http://www.w3.org/2005/Atom">', `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${LOCALE_TAGS[locale]}">`);
}
