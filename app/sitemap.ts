import type { MetadataRoute } from 'next';
import { routing } from '@/lib/i18n/routing';
import { listPairingSlugs } from '@/lib/pairings/queries';
import { listPlaceSlugs } from '@/lib/places/queries';
import { listProjects } from '@/lib/projects/queries';
import { siteUrl } from '@/lib/site-url';

export const dynamic = 'force-dynamic';

/** Every page with a stable URL, in every locale. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const [pairings, places, projects] = await Promise.all([listPairingSlugs(), listPlaceSlugs(), listProjects({}, { all: true })]);
  const pages = ['', '/agreements', '/timeline', '/projects', '/trade', '/api-docs'];
  return routing.locales.flatMap((locale) => [
    ...pages.map((page) => ({ url: siteUrl(`/${locale}${page}`), changeFrequency: 'weekly' as const })),
    ...pairings.map((p) => ({ url: siteUrl(`/${locale}/pairings/${p.slug}`), lastModified: p.updatedAt })),
    ...places.map((p) => ({ url: siteUrl(`/${locale}/places/${p.slug}`), lastModified: p.updatedAt })),
    ...projects.items.map((p) => ({ url: siteUrl(`/${locale}/projects/${p.slug}`), lastModified: new Date(p.updatedAt) })),
  ]);
}
