import { useLocale, useTranslations } from 'next-intl';
import type { ElementType } from 'react';
import { pickText, type LocalizedText as Text } from '@/lib/i18n/content';
import { LOCALE_TAGS } from '@/lib/i18n/locales';
import type { Locale } from '@/lib/i18n/routing';

/**
 * A content text (summary, title, fact) in the page's language. When it is not
 * translated yet, the text shown in another language carries its `lang` (screen
 * readers switch voice) and a visible "in English" marker, so a reader never mistakes
 * a fallback for a translation. Machine-assisted translations say so in a tooltip.
 */
export function LocalizedText({ value, as: Tag = 'span', className }: { value: Text; as?: ElementType; className?: string }) {
  const t = useTranslations('content');
  const locale = useLocale();
  const shown = pickText(value, locale);
  if (!shown) return null;
  return (
    <Tag
      className={className}
      lang={shown.lang === locale ? undefined : LOCALE_TAGS[shown.lang as Locale]}
      data-fallback-lang={shown.fallback ? shown.lang : undefined}
      title={shown.translatedBy === 'machine-assisted' ? t('machineAssisted') : undefined}
    >
      {shown.text}
      {shown.fallback ? (
        <>
          {' '}
          <span lang={LOCALE_TAGS[locale as Locale]} className="whitespace-nowrap rounded bg-line px-1 text-[0.7em] font-normal uppercase tracking-wide text-ink">
            {t(`inLanguage.${shown.lang}`)}
          </span>
        </>
      ) : null}
    </Tag>
  );
}
