import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { AdminTablePage } from '@/components/admin/admin-table-page';
import { DeletedBadge, SortableTh, Th } from '@/components/admin/table';
import { adminMetadata } from '@/lib/admin/page-metadata';
import { Link } from '@/lib/i18n/navigation';
import { localName } from '@/lib/i18n/place-names';
import { parseTableParams } from '@/lib/admin/table-params';
import { listTradeFiguresForAdmin, TRADE_SORTS } from '@/lib/trade/admin-queries';
import { requireEditorPage } from '@/lib/auth/require-page';

export const generateMetadata = adminMetadata('admin.trade');

export default async function AdminTrade({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { locale } = await params;
  setRequestLocale(locale);
  // Checked here, not only in the layout: layouts do not re-run on client navigation.
  if (!(await requireEditorPage(locale, '/admin/trade'))) notFound();
  const t = await getTranslations('admin');
  const tv = await getTranslations('admin.vocab');
  const tc = await getTranslations('catalog');
  const table = parseTableParams(await searchParams, TRADE_SORTS, 'year', 'desc');
  const { rows, total } = await listTradeFiguresForAdmin(table);
  const base = '/admin/trade';
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  return (
    <AdminTablePage section="trade" table={table} total={total} isEmpty={rows.length === 0}
        head={
          <>
            <SortableTh basePath={base} params={table} column="year">{t('trade.year')}</SortableTh>
            <SortableTh basePath={base} params={table} column="scope">{t('trade.scope')}</SortableTh>
            <Th>{t('trade.between')}</Th>
            <Th>{t('trade.flow')}</Th>
            <SortableTh basePath={base} params={table} column="value">{t('trade.amount')}</SortableTh>
            <Th>{t('trade.reporter')}</Th>
          </>
        }
      >
        {rows.map((row) => (
          <tr key={row.id} className="hover:bg-paper" data-testid="admin-row">
            <td className="px-3 py-2 tabular-nums">
              <Link href={`/admin/trade/${row.id}`} className="font-medium">
                {row.year ?? '—'}
                {row.periodKind !== 'year' ? ` (${row.monthFrom}–${row.monthTo})` : ''}
              </Link>
              {row.deletedAt && <DeletedBadge />}
            </td>
            <td className="px-3 py-2">{tc(`tradeScope.${row.scope}` as 'tradeScope.country')}</td>
            <td className="px-3 py-2">
              {row.byPlace ? localName(row.byPlace, locale) : t('trade.wholeBelarus')} – {row.cnPlace ? localName(row.cnPlace, locale) : t('trade.wholeChina')}
            </td>
            <td className="px-3 py-2">{tc(`tradeFlow.${row.flow}` as 'tradeFlow.total')}</td>
            <td className="px-3 py-2 tabular-nums">
              {number.format(row.value)} {row.currency} {tv(`scaleShort.${row.scale}` as 'scaleShort.1000000')}
            </td>
            <td className="px-3 py-2 text-muted">{row.reporter ?? '—'}</td>
          </tr>
        ))}
    </AdminTablePage>
  );
}
