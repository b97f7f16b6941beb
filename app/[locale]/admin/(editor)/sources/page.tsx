import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { AdminTablePage } from '@/components/admin/admin-table-page';
import { DeletedBadge, SortableTh, Th } from '@/components/admin/table';
import { adminMetadata } from '@/lib/admin/page-metadata';
import { formatPartialDate } from '@/lib/dates/format-partial-date';
import { Link } from '@/lib/i18n/navigation';
import { parseTableParams } from '@/lib/admin/table-params';
import { listSourcesForAdmin, SOURCE_SORTS } from '@/lib/sources/admin-queries';
import { requireEditorPage } from '@/lib/auth/require-page';

export const generateMetadata = adminMetadata('admin.sourcesAdmin');

export default async function AdminSources({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { locale } = await params;
  setRequestLocale(locale);
  // Checked here, not only in the layout: layouts do not re-run on client navigation.
  if (!(await requireEditorPage(locale, '/admin/sources'))) notFound();
  const t = await getTranslations('admin');
  const table = parseTableParams(await searchParams, SOURCE_SORTS, 'title');
  const { rows, total } = await listSourcesForAdmin(table);
  const base = '/admin/sources';
  return (
    <AdminTablePage section="sources" messages="sourcesAdmin" table={table} total={total} isEmpty={rows.length === 0}
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
    </AdminTablePage>
  );
}
