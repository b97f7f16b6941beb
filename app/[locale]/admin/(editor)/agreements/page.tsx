import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { AdminPageHeader } from '@/components/admin/page-header';
import { DeletedBadge, Pagination, SortableTh, TableFrame, TableToolbar, Th } from '@/components/admin/table';
import { formatPartialDate } from '@/lib/dates/format-partial-date';
import { Link } from '@/lib/i18n/navigation';
import { parseTableParams } from '@/lib/admin/table-params';
import { AGREEMENT_SORTS, listAgreementsForAdmin } from '@/lib/agreements/admin-queries';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('admin.agreements');
  return { title: t('title'), robots: { index: false } };
}

export default async function AdminAgreements({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('admin');
  const tKind = await getTranslations('agreementKind');
  const table = parseTableParams(await searchParams, AGREEMENT_SORTS, 'date', 'desc');
  const { rows, total } = await listAgreementsForAdmin(table);
  const base = '/admin/agreements';
  return (
    <div className="space-y-4">
      <AdminPageHeader title={t('agreements.title')} description={t('agreements.intro')} />
      <TableToolbar basePath={base} params={table} total={total} newHref="/admin/agreements/new" newLabel={t('agreements.new')} searchLabel={t('agreements.search')} />
      <TableFrame
        empty={rows.length === 0 ? t('table.empty') : null}
        head={
          <>
            <SortableTh basePath={base} params={table} column="date">{t('pairing.agreementDate')}</SortableTh>
            <SortableTh basePath={base} params={table} column="title">{t('pairing.agreementTitle')}</SortableTh>
            <SortableTh basePath={base} params={table} column="kind">{t('pairing.agreementKind')}</SortableTh>
            <Th>{t('agreements.pairing')}</Th>
          </>
        }
      >
        {rows.map((row) => (
          <tr key={row.id} className="hover:bg-paper" data-testid="admin-row">
            <td className="px-3 py-2 tabular-nums">{formatPartialDate(row.date, locale, row.dateApproximate) ?? '—'}</td>
            <td className="px-3 py-2">
              <Link href={`/admin/agreements/${row.id}`} className="font-medium">
                {row.title}
              </Link>
              {row.deletedAt && <DeletedBadge />}
            </td>
            <td className="px-3 py-2">{tKind(row.kind as 'visit')}</td>
            <td className="px-3 py-2">
              <Link href={`/admin/pairings/${row.pairing.id}`} className="text-muted">
                {row.pairing.byPlace.nameEn} – {row.pairing.cnPlace.nameEn}
              </Link>
            </td>
          </tr>
        ))}
      </TableFrame>
      <Pagination basePath={base} params={table} total={total} />
    </div>
  );
}
