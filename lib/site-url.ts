import { env } from '@/lib/env';

/** The absolute base URL of the site (SITE_URL), for citations, sitemaps and Open Graph. */
export function siteUrl(path = ''): string {
  return `${env.SITE_URL}${path}`;
}
