import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { AdminTablePage } from '@/components/admin/admin-table-page';
import { DeletedBadge, SortableTh, Th } from '@/components/admin/table';
import { adminMetadata } from '@/lib/admin/page-metadata';
import { formatPartialDate } from '@/lib/dates/format-partial-date';
import { Link } from '@/lib/i18n/navigation';
import { localName } from '@/lib/i18n/place-names';
import { parseTableParams } from '@/lib/admin/table-params';
import { AGREEMENT_SORTS, listAgreementsForAdmin } from '@/lib/agreements/admin-queries';
import { requireEditorPage } from '@/lib/auth/require-page';

export const generateMetadata = adminMetadata('admin.agreements');

export default async function AdminAgreements({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { locale } = await params;
  setRequestLocale(locale);
  // Checked here, not only in the layout: layouts do not re-run on client navigation.
  if (!(await requireEditorPage(locale, '/admin/agreements'))) notFound();
  const t = await getTranslations('admin');
  const tKind = await getTranslations('agreementKind');
  const table = parseTableParams(await searchParams, AGREEMENT_SORTS, 'date', 'desc');
  const { rows, total } = await listAgreementsForAdmin(table);
  const base = '/admin/agreements';
  return (
    <AdminTablePage section="agreements" table={table} total={total} isEmpty={rows.length === 0}
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
                {localName(row.pairing.byPlace, locale)} – {localName(row.pairing.cnPlace, locale)}
              </Link>
            </td>
          </tr>
        ))}
    </AdminTablePage>
  );
}
