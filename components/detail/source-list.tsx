import { useLocale, useTranslations } from 'next-intl';
import { formatPartialDate } from '@/lib/dates/format-partial-date';
import type { PublicSource } from '@/lib/sources/queries';
import { linkableUrl } from '@/lib/sources/linkable-url';

/** The numbered list of sources with publisher, date and language. */
export function SourceList({ sources }: { sources: PublicSource[] }) {
  const t = useTranslations('detail');
  const locale = useLocale();
  return (
    <section aria-labelledby="sources-heading" className="space-y-2">
      <h2 id="sources-heading" className="text-lg font-semibold">{t('sources')}</h2>
      <p className="text-sm text-muted">{t('sourcesIntro')}</p>
      <ol className="list-decimal space-y-2 pl-6 text-sm" data-testid="source-list">
        {sources.map((source) => {
          const date = formatPartialDate(source.publishedDate, locale);
          const href = linkableUrl(source.url);
          return (
            <li key={source.id} id={`source-${source.key}`}>
              {href ? (
                <a href={href} rel="noopener noreferrer external" target="_blank" className="font-medium text-cn" lang={source.language ?? undefined}>
                  {source.title}
                </a>
              ) : (
                <span className="font-medium" lang={source.language ?? undefined}>{source.title}</span>
              )}
              <span className="text-muted">
                {[source.publisher, date, source.language?.toUpperCase()].filter(Boolean).map((part) => ` · ${part}`)}
                {href ? null : ` · ${t('printed')}`}
              </span>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
