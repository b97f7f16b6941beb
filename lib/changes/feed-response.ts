import 'server-only';
import { getTranslations } from 'next-intl/server';
import { isLocale, routing, type Locale } from '@/lib/i18n/routing';
import { siteOrigin } from '@/lib/site-url';
import { changesAtom } from './atom';
import { listPublicChanges } from './public-changes';

export const FEED_SIZE = 50;

/** `?lang=ru` picks the feed's language (titles, names, page links); anything else falls back to English. */
function feedLocale(request: Request): Locale {
  const lang = new URL(request.url).searchParams.get('lang') ?? '';
  return isLocale(lang) ? lang : routing.defaultLocale;
}

const plain = (status: number, text: string) => new Response(text, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });

/** GET /feeds/changes.atom and /feeds/places/<slug>.atom. */
export async function feedResponse(request: Request, placeSlug?: string): Promise<Response> {
  const locale = feedLocale(request);
  const result = await listPublicChanges({ locale, placeSlug, take: FEED_SIZE });
  if (!result) return plain(404, `No place "${placeSlug}" in the atlas.`);
  const url = new URL(request.url);
  const t = await getTranslations({ locale, namespace: 'changes' });
  const body = changesAtom({
    origin: await siteOrigin(),
    t,
    locale,
    items: result.items,
    selfPath: `${url.pathname}${url.search}`,
    placeName: result.placeName,
    placePath: placeSlug ? `/places/${placeSlug}` : undefined,
  });
  return new Response(body, {
    headers: {
      'Content-Type': 'application/atom+xml; charset=utf-8',
      // Feed readers poll; a few minutes of caching costs a change little freshness.
      'Cache-Control': 'public, max-age=300',
      'Access-Control-Allow-Origin': '*',
    },
  });
}
