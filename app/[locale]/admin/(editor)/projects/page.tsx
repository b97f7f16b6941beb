import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { AdminPageHeader } from '@/components/admin/page-header';
import { DeletedBadge, Pagination, SortableTh, TableFrame, TableToolbar, Th } from '@/components/admin/table';
import { Link } from '@/lib/i18n/navigation';
import { parseTableParams } from '@/lib/admin/table-params';
import { listProjectsForAdmin, PROJECT_SORTS } from '@/lib/projects/admin-queries';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('admin.projects');
  return { title: t('title'), robots: { index: false } };
}

export default async function AdminProjects({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('admin');
  const tStatus = await getTranslations('catalog.projectStatus');
  const table = parseTableParams(await searchParams, PROJECT_SORTS, 'name');
  const { rows, total } = await listProjectsForAdmin(table);
  const base = '/admin/projects';
  return (
    <div className="space-y-4">
      <AdminPageHeader title={t('projects.title')} description={t('projects.intro')} />
      <TableToolbar basePath={base} params={table} total={total} newHref="/admin/projects/new" newLabel={t('projects.new')} searchLabel={t('projects.search')} />
      <TableFrame
        empty={rows.length === 0 ? t('table.empty') : null}
        head={
          <>
            <SortableTh basePath={base} params={table} column="name">{t('place.nameEn')}</SortableTh>
            <Th>{t('place.country')}</Th>
            <Th>{t('projects.location')}</Th>
            <SortableTh basePath={base} params={table} column="status">{t('projects.status')}</SortableTh>
            <SortableTh basePath={base} params={table} column="start">{t('projects.startYear')}</SortableTh>
          </>
        }
      >
        {rows.map((row) => (
          <tr key={row.id} className="hover:bg-paper" data-testid="admin-row">
            <td className="px-3 py-2">
              <Link href={`/admin/projects/${row.id}`} className="font-medium">
                {row.nameEn}
              </Link>
              {row.deletedAt && <DeletedBadge />}
            </td>
            <td className="px-3 py-2">{row.country}</td>
            <td className="px-3 py-2 text-muted">{row.locationText ?? '—'}</td>
            <td className="px-3 py-2">{tStatus(row.status as 'planned')}</td>
            <td className="px-3 py-2 tabular-nums">{row.startYear ?? '—'}</td>
          </tr>
        ))}
      </TableFrame>
      <Pagination basePath={base} params={table} total={total} />
    </div>
  );
}
