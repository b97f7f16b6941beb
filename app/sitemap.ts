import type { MetadataRoute } from 'next';
import { LOCALE_TAGS } from '@/lib/i18n/locales';
import { routing } from '@/lib/i18n/routing';
import { listPairingSlugs } from '@/lib/pairings/queries';
import { listPlaceSlugs } from '@/lib/places/queries';
import { listProjects } from '@/lib/projects/queries';
import { siteOrigin } from '@/lib/site-url';

export const dynamic = 'force-dynamic';

/** Every page with a stable URL, in every locale. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const [pairings, places, projects, origin] = await Promise.all([listPairingSlugs(), listPlaceSlugs(), listProjects({}, { all: true }), siteOrigin()]);
  const siteUrl = (path: string) => `${origin}${path}`;
  const pages = ['', '/agreements', '/timeline', '/projects', '/trade', '/changes', '/data', '/api-docs', '/about'];
  // Each entry names its translations, so crawlers link the four language versions.
  const languages = (path: string) => ({
    languages: Object.fromEntries(routing.locales.map((l) => [LOCALE_TAGS[l], siteUrl(`/${l}${path}`)])),
  });
  return routing.locales.flatMap((locale) => [
    ...pages.map((page) => ({ url: siteUrl(`/${locale}${page}`), changeFrequency: 'weekly' as const, alternates: languages(page) })),
    ...pairings.map((p) => ({ url: siteUrl(`/${locale}/pairings/${p.slug}`), lastModified: p.updatedAt, alternates: languages(`/pairings/${p.slug}`) })),
    ...places.map((p) => ({ url: siteUrl(`/${locale}/places/${p.slug}`), lastModified: p.updatedAt, alternates: languages(`/places/${p.slug}`) })),
    ...projects.items.map((p) => ({ url: siteUrl(`/${locale}/projects/${p.slug}`), lastModified: new Date(p.updatedAt), alternates: languages(`/projects/${p.slug}`) })),
  ]);
}
