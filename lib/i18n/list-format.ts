/**
 * "A, B and C" in the page's language. Intl.ListFormat does it, except where the
 * browser's ICU data lacks the language: Chromium ships none for Belarusian and answers
 * "A and B" in English. There the catalogue's own conjunction (`map.and`) joins them.
 */
const ENGLISH_AND = /\band\b/;

export function formatList(items: readonly string[], locale: string, conjunction: string): string {
  const list = new Intl.ListFormat(locale, { type: 'conjunction' });
  if (locale.startsWith('en') || !ENGLISH_AND.test(list.format(['A', 'B']))) return list.format(items);
  if (items.length < 2) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${conjunction} ${items.at(-1)}`;
}
