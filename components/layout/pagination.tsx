import { useTranslations } from 'next-intl';
import { Link } from '@/lib/i18n/navigation';

/** Previous/next links for a paged list; the query keeps the filters. Nothing when there is one page. */
export function Pagination({
  page,
  pageCount,
  query,
  pathname = '/',
}: {
  page: number;
  pageCount: number;
  query: (page: number) => Record<string, string>;
  pathname?: '/' | '/timeline';
}) {
  const t = useTranslations('pagination');
  if (pageCount <= 1) return null;
  const link = 'rounded-md border border-line bg-white px-3 py-1.5 hover:border-cn';
  return (
    <nav aria-label={t('label')} className="flex items-center justify-between gap-3 pt-2 text-sm">
      {page > 1 ? (
        <Link href={{ pathname, query: query(page - 1) }} className={link} rel="prev">
          ← {t('previous')}
        </Link>
      ) : (
        <span />
      )}
      <span className="text-muted">{t('status', { page, pageCount })}</span>
      {page < pageCount ? (
        <Link href={{ pathname, query: query(page + 1) }} className={link} rel="next">
          {t('next')} →
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
