import { NAME_FALLBACK } from './place-names';

/**
 * Content text per language (pairing and place summaries, agreement titles and
 * summaries, project summaries, place facts). Storage follows the place names: the
 * English text in the plain column (`summary`, `title`, `label`, `text`), translations in
 * `<field>Ru`, `<field>Be`, `<field>Zh`, and a `translatedBy` JSON column saying per
 * translated column who wrote it (docs/i18n-content.md).
 */
export const CONTENT_LANGS = ['en', 'ru', 'be', 'zh'] as const;
export type ContentLang = (typeof CONTENT_LANGS)[number];
export const TRANSLATION_LANGS = ['ru', 'be', 'zh'] as const;
export type TranslationLang = (typeof TRANSLATION_LANGS)[number];

export const PROVENANCES = ['machine-assisted', 'editor'] as const;
/** `machine-assisted`: drafted with machine assistance, not yet checked by an editor; `editor`: written or checked by an editor. */
export type Provenance = (typeof PROVENANCES)[number];

const SUFFIX: Record<TranslationLang, 'Ru' | 'Be' | 'Zh'> = { ru: 'Ru', be: 'Be', zh: 'Zh' };

/** The column that holds `field` in `lang`: summary → summary, summaryRu, summaryBe, summaryZh. */
export function textColumn<F extends string>(field: F, lang: ContentLang): string {
  return lang === 'en' ? field : `${field}${SUFFIX[lang]}`;
}

type Columns<F extends string> = F | `${F}Ru` | `${F}Be` | `${F}Zh`;

/** A Prisma `select` of a text field in every language (plus who translated it). */
export function localizedSelect<F extends string>(...fields: F[]) {
  const select: Record<string, true> = { translatedBy: true };
  for (const field of fields) for (const lang of CONTENT_LANGS) select[textColumn(field, lang)] = true;
  return select as { [K in Columns<F> | 'translatedBy']: true };
}

/** A text field in every language, as the API answers and the pages read it. */
export type LocalizedText = {
  en: string | null;
  ru: string | null;
  be: string | null;
  zh: string | null;
  /** Who wrote each translation present. */
  translatedBy: Partial<Record<TranslationLang, Provenance>>;
};

/** Parses the `translatedBy` column; anything unreadable counts as unmarked. */
export function parseTranslatedBy(raw: string | null | undefined): Record<string, Provenance> {
  if (!raw) return {};
  try {
    const value: unknown = JSON.parse(raw);
    if (!value || typeof value !== 'object') return {};
    return Object.fromEntries(
      Object.entries(value).filter(([, v]) => (PROVENANCES as readonly unknown[]).includes(v)),
    ) as Record<string, Provenance>;
  } catch {
    return {};
  }
}

type Row = Record<string, unknown> & { translatedBy?: string | null };

/** `field` of a row in every language. */
export function localizedText(row: Row, field: string): LocalizedText {
  const marks = parseTranslatedBy(row.translatedBy);
  const text = (lang: ContentLang) => {
    const value = row[textColumn(field, lang)];
    return typeof value === 'string' && value.trim() !== '' ? value : null;
  };
  const translatedBy: LocalizedText['translatedBy'] = {};
  for (const lang of TRANSLATION_LANGS) {
    const mark = marks[textColumn(field, lang)];
    if (mark && text(lang)) translatedBy[lang] = mark;
  }
  return { en: text('en'), ru: text('ru'), be: text('be'), zh: text('zh'), translatedBy };
}

/** Several fields of a row at once: `{ title: LocalizedText, summary: LocalizedText }`. */
export function localizedTexts<F extends string>(row: Row, ...fields: F[]): Record<F, LocalizedText> {
  return Object.fromEntries(fields.map((field) => [field, localizedText(row, field)])) as Record<F, LocalizedText>;
}

/** What a page shows for a field: the text, the language it is in, and who translated it. */
export type ShownText = { text: string; lang: ContentLang; fallback: boolean; translatedBy: Provenance | null };

/**
 * The text in the page's language, else along the same fallback as place names
 * (Belarusian → Russian → English); null only when the field is empty in every language.
 */
export function pickText(value: LocalizedText, locale: string): ShownText | null {
  const order = (NAME_FALLBACK[locale] ?? NAME_FALLBACK.en) as readonly ContentLang[];
  for (const lang of [...order, ...CONTENT_LANGS]) {
    const text = value[lang];
    if (!text) continue;
    const translatedBy = lang === 'en' ? null : (value.translatedBy[lang] ?? null);
    return { text, lang, fallback: lang !== locale, translatedBy };
  }
  return null;
}

/** The shown text only (for `<meta name=description>`, titles, aria labels). */
export function displayText(value: LocalizedText, locale: string): string | null {
  return pickText(value, locale)?.text ?? null;
}

/**
 * The `translatedBy` column for a record: every translated column present gets its
 * provenance — the one already recorded if the text is unchanged, else `mark`.
 */
export function translatedByColumn(
  fields: Record<string, string | null | undefined>,
  mark: Provenance,
  previous: { values: Record<string, unknown>; translatedBy: string | null } | null = null,
): string | null {
  const before = parseTranslatedBy(previous?.translatedBy);
  const marks: Record<string, Provenance> = {};
  for (const [column, value] of Object.entries(fields)) {
    if (!/(Ru|Be|Zh)$/.test(column) || !value) continue;
    const unchanged = previous && previous.values[column] === value && before[column];
    marks[column] = unchanged ? before[column] : mark;
  }
  const keys = Object.keys(marks).sort();
  return keys.length === 0 ? null : JSON.stringify(Object.fromEntries(keys.map((k) => [k, marks[k]])));
}
