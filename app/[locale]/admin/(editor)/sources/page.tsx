import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { AdminPageHeader } from '@/components/admin/page-header';
import { DeletedBadge, Pagination, SortableTh, TableFrame, TableToolbar, Th } from '@/components/admin/table';
import { formatPartialDate } from '@/lib/dates/format-partial-date';
import { Link } from '@/lib/i18n/navigation';
import { parseTableParams } from '@/lib/admin/table-params';
import { listSourcesForAdmin, SOURCE_SORTS } from '@/lib/sources/admin-queries';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('admin.sourcesAdmin');
  return { title: t('title'), robots: { index: false } };
}

export default async function AdminSources({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('admin');
  const table = parseTableParams(await searchParams, SOURCE_SORTS, 'title');
  const { rows, total } = await listSourcesForAdmin(table);
  const base = '/admin/sources';
  return (
    <div className="space-y-4">
      <AdminPageHeader title={t('sourcesAdmin.title')} description={t('sourcesAdmin.intro')} />
      <TableToolbar basePath={base} params={table} total={total} newHref="/admin/sources/new" newLabel={t('sourcesAdmin.new')} searchLabel={t('sourcesAdmin.search')} />
      <TableFrame
        empty={rows.length === 0 ? t('table.empty') : null}
        head={
          <>
            <SortableTh basePath={base} params={table} column="title">{t('sources.title')}</SortableTh>
            <SortableTh basePath={base} params={table} column="publisher">{t('sources.publisher')}</SortableTh>
            <SortableTh basePath={base} params={table} column="published">{t('sourcesAdmin.published')}</SortableTh>
            <Th>{t('sources.url')}</Th>
          </>
        }
      >
        {rows.map((row) => (
          <tr key={row.id} className="hover:bg-paper" data-testid="admin-row">
            <td className="max-w-md px-3 py-2">
              <Link href={`/admin/sources/${row.id}`} className="font-medium">
                {row.title}
              </Link>
              {row.deletedAt && <DeletedBadge />}
            </td>
            <td className="px-3 py-2">{row.publisher ?? '—'}</td>
            <td className="px-3 py-2 tabular-nums">{formatPartialDate(row.publishedDate, locale) ?? '—'}</td>
            <td className="max-w-xs truncate px-3 py-2 text-xs text-muted">{row.url ?? t('sources.printed')}</td>
          </tr>
        ))}
      </TableFrame>
      <Pagination basePath={base} params={table} total={total} />
    </div>
  );
}
