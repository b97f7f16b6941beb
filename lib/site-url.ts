import 'server-only';
import { headers } from 'next/headers';
import { env } from '@/lib/env';
import { requestOrigin } from '@/lib/http/request-origin';

/** The site's origin for this request: SITE_URL, else the request's (lib/http/request-origin.ts). */
export async function siteOrigin(): Promise<string> {
  return requestOrigin(await headers(), { siteUrl: env.SITE_URL, trustProxy: process.env.TRUST_PROXY, port: env.PORT });
}

/** An absolute URL on this site, for citations, sitemaps and Open Graph. */
export async function siteUrl(path = ''): Promise<string> {
  return `${await siteOrigin()}${path}`;
}
