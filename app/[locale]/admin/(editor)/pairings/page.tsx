import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { AdminTablePage } from '@/components/admin/admin-table-page';
import { DeletedBadge, SortableTh, Th } from '@/components/admin/table';
import { adminMetadata } from '@/lib/admin/page-metadata';
import { formatPartialDate } from '@/lib/dates/format-partial-date';
import { Link } from '@/lib/i18n/navigation';
import { localName } from '@/lib/i18n/place-names';
import { parseTableParams } from '@/lib/admin/table-params';
import { listPairingsForAdmin, PAIRING_SORTS } from '@/lib/pairings/admin-queries';
import { requireEditorPage } from '@/lib/auth/require-page';
import { Timestamp } from '@/components/admin/timestamp';

export const generateMetadata = adminMetadata('admin.pairings');

export default async function AdminPairings({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { locale } = await params;
  setRequestLocale(locale);
  // Checked here, not only in the layout: layouts do not re-run on client navigation.
  if (!(await requireEditorPage(locale, '/admin/pairings'))) notFound();
  const t = await getTranslations('admin');
  const tStage = await getTranslations('stage');
  const table = parseTableParams(await searchParams, PAIRING_SORTS, 'updated', 'desc');
  const { rows, total } = await listPairingsForAdmin(table);
  const base = '/admin/pairings';
  return (
    <AdminTablePage section="pairings" table={table} total={total} isEmpty={rows.length === 0}
        head={
          <>
            <SortableTh basePath={base} params={table} column="by">{t('pairing.byPartner')}</SortableTh>
            <SortableTh basePath={base} params={table} column="cn">{t('pairing.cnPartner')}</SortableTh>
            <SortableTh basePath={base} params={table} column="stage">{t('pairing.stage')}</SortableTh>
            <SortableTh basePath={base} params={table} column="established">{t('pairing.established')}</SortableTh>
            <Th>{t('pairing.agreements')}</Th>
            <SortableTh basePath={base} params={table} column="updated">{t('table.updated')}</SortableTh>
          </>
        }
      >
        {rows.map((row) => (
          <tr key={row.id} className="hover:bg-paper" data-testid="admin-row">
            <td className="px-3 py-2">
              <Link href={`/admin/pairings/${row.id}`} className="font-medium">
                {localName(row.byPlace, locale)}
              </Link>
              {row.deletedAt && <DeletedBadge />}
            </td>
            <td className="px-3 py-2">
              {localName(row.cnPlace, locale)}{row.cnPlace.nameZh && row.cnPlace.nameZh !== localName(row.cnPlace, locale) ? <span className="text-muted" lang="zh"> {row.cnPlace.nameZh}</span> : null}
            </td>
            <td className="px-3 py-2">{tStage(row.stage as 'established')}</td>
            <td className="px-3 py-2 tabular-nums">{formatPartialDate(row.establishedDate, locale, row.establishedApproximate) ?? '—'}</td>
            <td className="px-3 py-2 tabular-nums">{row._count.agreements}</td>
            <td className="px-3 py-2 text-xs text-muted"><Timestamp value={row.updatedAt} time={false} /></td>
          </tr>
        ))}
    </AdminTablePage>
  );
}
