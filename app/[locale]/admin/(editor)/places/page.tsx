import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { AdminTablePage } from '@/components/admin/admin-table-page';
import { DeletedBadge, SortableTh, Th } from '@/components/admin/table';
import { adminMetadata } from '@/lib/admin/page-metadata';
import { Link } from '@/lib/i18n/navigation';
import { localName } from '@/lib/i18n/place-names';
import { parseTableParams } from '@/lib/admin/table-params';
import { listPlacesForAdmin, PLACE_SORTS } from '@/lib/places/admin-queries';
import { requireEditorPage } from '@/lib/auth/require-page';
import { Timestamp } from '@/components/admin/timestamp';

export const generateMetadata = adminMetadata('admin.places');

export default async function AdminPlaces({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { locale } = await params;
  setRequestLocale(locale);
  // Checked here, not only in the layout: layouts do not re-run on client navigation.
  if (!(await requireEditorPage(locale, '/admin/places'))) notFound();
  const t = await getTranslations('admin');
  const tLevel = await getTranslations('level');
  const table = parseTableParams(await searchParams, PLACE_SORTS, 'name');
  const { rows, total } = await listPlacesForAdmin(table);
  const base = '/admin/places';
  return (
    <AdminTablePage section="places" table={table} total={total} isEmpty={rows.length === 0}
        head={
          <>
            <SortableTh basePath={base} params={table} column="name">{t('place.nameEn')}</SortableTh>
            <Th>{t('places.otherNames')}</Th>
            <SortableTh basePath={base} params={table} column="country">{t('place.country')}</SortableTh>
            <SortableTh basePath={base} params={table} column="level">{t('place.level')}</SortableTh>
            <Th>{t('place.region')}</Th>
            <SortableTh basePath={base} params={table} column="updated">{t('table.updated')}</SortableTh>
          </>
        }
      >
        {rows.map((row) => (
          <tr key={row.id} className="hover:bg-paper" data-testid="admin-row">
            <td className="px-3 py-2">
              <Link href={`/admin/places/${row.id}`} className="font-medium">
                {localName(row, locale)}
              </Link>
              {row.deletedAt && <DeletedBadge />}
            </td>
            <td className="px-3 py-2 text-muted">{[row.nameRu, row.nameZh].filter(Boolean).join(' · ')}</td>
            <td className="px-3 py-2">{row.country}</td>
            <td className="px-3 py-2">{tLevel(row.level as 'oblast')}</td>
            <td className="px-3 py-2">{row.region ? localName(row.region, locale) : '—'}</td>
            <td className="px-3 py-2 text-xs text-muted"><Timestamp value={row.updatedAt} time={false} /></td>
          </tr>
        ))}
    </AdminTablePage>
  );
}
