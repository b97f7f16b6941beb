import { useTranslations } from 'next-intl';

/**
 * "Export CSV · JSON" for a list view: the public API's export of the same list under the
 * same filters (the whole result, not the page). The API names the file after the list,
 * its filters and the day (lib/api/export-filename.ts).
 */
export function ExportLinks({ endpoint, query }: { endpoint: `/api/v1/${string}`; query: URLSearchParams }) {
  const t = useTranslations('reader.export');
  const href = (format: 'csv' | 'json') => {
    const params = new URLSearchParams(query);
    params.delete('page');
    params.delete('pageSize');
    params.set('format', format);
    return `${endpoint}?${params}`;
  };
  const link = 'rounded border border-line bg-white px-2 py-0.5 font-medium text-cn hover:border-cn';
  return (
    <p className="flex flex-wrap items-center gap-2 text-xs text-muted" data-testid="export-links">
      {t('label')}
      <a href={href('csv')} download className={link}>CSV</a>
      <a href={href('json')} download className={link}>JSON</a>
    </p>
  );
}
