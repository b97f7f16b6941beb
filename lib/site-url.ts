/** The absolute base URL of the site (SITE_URL), for citations, sitemaps and Open Graph. */
export function siteUrl(path = ''): string {
  const base = (process.env.SITE_URL ?? 'http://localhost:3000').replace(/\/+$/, '');
  return `${base}${path}`;
}
