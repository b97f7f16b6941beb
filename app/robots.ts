import type { MetadataRoute } from 'next';
import { siteOrigin } from '@/lib/site-url';

// The origin comes from the request when SITE_URL is unset (lib/site-url.ts).
export const dynamic = 'force-dynamic';

/** Public pages are for crawlers; the editors' pages and the write API are not. */
export default async function robots(): Promise<MetadataRoute.Robots> {
  const origin = await siteOrigin();
  return {
    rules: { userAgent: '*', allow: '/', disallow: ['/*/admin', '/api/admin', '/api/auth'] },
    sitemap: `${origin}/sitemap.xml`,
  };
}
