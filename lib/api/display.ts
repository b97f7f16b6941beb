import { z } from 'zod';
import { CONTENT_LANGS, displayText, type ContentLang, type LocalizedText } from '@/lib/i18n/content';
import { displayName, type LocalizedNames } from '@/lib/i18n/place-names';

/**
 * `lang=en|ru|be|zh` on /api/v1: answers stay language-neutral (every name and text in
 * every language), and `lang` only adds what a page in that language would show —
 * `displayName` next to every `names`, `display` next to every `i18n` — with the same
 * fallback as the site (Belarusian → Russian → English).
 */
export const langParam = z
  .enum(CONTENT_LANGS, { error: `Expected one of: ${CONTENT_LANGS.join(', ')}` })
  .meta({ description: 'Adds displayName (per place) and display (per text) in this language, with fallback' });

export type FilterError = { parameter: string; message: string };

/** Takes `lang` out of the query (the endpoints' own parsers stay strict about the rest). */
export function takeLang(requestUrl: string): { url: URL; lang: ContentLang | undefined; errors: FilterError[] } {
  const url = new URL(requestUrl);
  const raw = url.searchParams.getAll('lang');
  url.searchParams.delete('lang');
  if (raw.length === 0) return { url, lang: undefined, errors: [] };
  const parsed = langParam.safeParse(raw.length === 1 ? raw[0] : raw);
  if (!parsed.success) return { url, lang: undefined, errors: [{ parameter: 'lang', message: parsed.error.issues[0].message }] };
  return { url, lang: parsed.data, errors: [] };
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The answer with `displayName` and `display` added throughout (a copy; dates become strings as in JSON). */
export function withDisplay<T>(value: T, lang: ContentLang | undefined): T {
  if (!lang) return value;
  const walk = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(walk);
    if (node instanceof Date) return node.toISOString();
    if (!isObject(node)) return node;
    const out: Record<string, unknown> = Object.fromEntries(Object.entries(node).map(([key, child]) => [key, walk(child)]));
    if (isObject(node.names) && typeof node.names.en === 'string') out.displayName = displayName(node.names as LocalizedNames, lang);
    if (isObject(node.i18n)) {
      out.display = Object.fromEntries(Object.entries(node.i18n as Record<string, LocalizedText>).map(([field, text]) => [field, displayText(text, lang)]));
    }
    return out;
  };
  return walk(value) as T;
}
