import { useTranslations } from 'next-intl';
import { linkableUrl } from '@/lib/sources/linkable-url';

type SourceLink = { id: number; url: string | null; title: string; publisher: string | null };

/** Numbered links to a record's sources; a printed source shows its title instead. */
export function SourceLinks({ sources }: { sources: SourceLink[] }) {
  const t = useTranslations('pairing');
  return (
    <ol className="flex flex-wrap gap-1.5 text-xs" aria-label={t('sources')}>
      {sources.map((source, index) => {
        const label = [source.title, source.publisher].filter(Boolean).join(' — ');
        const href = linkableUrl(source.url);
        return (
          <li key={source.id}>
            {href ? (
              <a
                href={href}
                title={label}
                rel="noopener noreferrer external"
                target="_blank"
                className="inline-block rounded border border-line bg-white px-1.5 py-0.5 text-cn hover:border-cn"
              >
                [{index + 1}]<span className="sr-only"> {label}</span>
              </a>
            ) : (
              <span title={`${label} (${t('printedSource')})`} className="inline-block rounded border border-dashed border-line px-1.5 py-0.5 text-muted">
                [{index + 1}]<span className="sr-only"> {label}</span>
              </span>
            )}
          </li>
        );
      })}
    </ol>
  );
}
