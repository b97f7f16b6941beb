import { useTranslations } from 'next-intl';
import { linkableUrl } from '@/lib/sources/linkable-url';

type SourceLink = { id: number; url: string | null; title: string; publisher: string | null };

/**
 * Numbered links to a record's sources; a printed source shows its title instead.
 * `numbers` maps a source id to its number in the page's source list, so "[4]" beside a
 * milestone is entry 4 below; without it the sources are numbered from 1.
 */
export function SourceLinks({ sources, numbers }: { sources: SourceLink[]; numbers?: ReadonlyMap<number, number> }) {
  const t = useTranslations('pairing');
  return (
    <ol className="flex flex-wrap gap-1.5 text-xs" aria-label={t('sources')}>
      {sources.map((source, index) => {
        const number = numbers?.get(source.id) ?? index + 1;
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
                [{number}]<span className="sr-only"> {label}</span>
              </a>
            ) : (
              <span title={`${label} (${t('printedSource')})`} className="inline-block rounded border border-dashed border-line px-1.5 py-0.5 text-muted">
                [{number}]<span className="sr-only"> {label}</span>
              </span>
            )}
          </li>
        );
      })}
    </ol>
  );
}
