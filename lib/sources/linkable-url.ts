/**
 * The URL to put in an `href`, or null when it is not an http(s) address. The forms
 * only accept http(s) (lib/forms/fields.ts), but rows can come from an import or an
 * older version: a `javascript:` or `data:` URL from the database is shown as a
 * printed source, never as a link.
 */
export function linkableUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}
