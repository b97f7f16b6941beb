import { getLocale, getTranslations } from 'next-intl/server';
import { buildCitation } from '@/lib/citation/cite';
import { siteUrl } from '@/lib/site-url';
import { CopyButton } from './copy-button';
import { dateTimeFormat } from '@/lib/i18n/intl-cache';

/** "Cite this": plain text, BibTeX and CSL-JSON with today's access date. */
export async function CiteThis({ title, path, updated, citeKey }: { title: string; path: string; updated: string; citeKey: string }) {
  const t = await getTranslations('detail.cite');
  const site = await getTranslations('site');
  const locale = await getLocale();
  const citation = buildCitation({ title, url: await siteUrl(`/${locale}${path}`), siteName: site('name'), updated, key: citeKey });
  const accessed = dateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${citation.accessed}T00:00:00Z`));
  const block = 'max-h-64 overflow-auto whitespace-pre-wrap break-words rounded bg-paper p-3 font-mono text-xs leading-relaxed';
  return (
    <section aria-labelledby="cite-heading" className="space-y-3 rounded-lg border border-line bg-white p-4" data-testid="cite-this">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="cite-heading" className="text-lg font-semibold">{t('title')}</h2>
        <span className="text-xs text-muted">{t('accessed', { date: accessed })}</span>
      </div>
      <div className="space-y-1">
        <div className="flex items-center justify-between gap-2">
          <h3 className="text-xs font-semibold uppercase tracking-wide text-muted">{t('text')}</h3>
          <CopyButton text={citation.text} />
        </div>
        <p className="text-sm" data-testid="citation-text">{citation.text}</p>
      </div>
      <details className="space-y-1">
        <summary className="cursor-pointer text-sm font-medium text-cn">{t('bibtex')}</summary>
        <div className="flex justify-end"><CopyButton text={citation.bibtex} /></div>
        <pre className={block} data-testid="citation-bibtex">{citation.bibtex}</pre>
      </details>
      <details className="space-y-1">
        <summary className="cursor-pointer text-sm font-medium text-cn">{t('csl')}</summary>
        <div className="flex justify-end"><CopyButton text={citation.csl} /></div>
        <pre className={block}>{citation.csl}</pre>
      </details>
    </section>
  );
}
