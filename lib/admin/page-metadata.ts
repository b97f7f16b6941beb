import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';

/** `generateMetadata` for an admin page: its title from the catalogue, never indexed. */
export function adminMetadata(namespace: string, key = 'title') {
  return async function generateMetadata(): Promise<Metadata> {
    const t = await getTranslations(namespace as 'admin');
    return { title: t(key as 'title' as never), robots: { index: false } };
  };
}

/** A record id from the URL, or null when it is not a positive whole number. */
export function parseRecordId(id: string): number | null {
  return /^\d+$/.test(id) ? Number(id) : null;
}
