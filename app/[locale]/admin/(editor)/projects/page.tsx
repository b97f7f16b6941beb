import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { AdminTablePage } from '@/components/admin/admin-table-page';
import { DeletedBadge, SortableTh, Th } from '@/components/admin/table';
import { adminMetadata } from '@/lib/admin/page-metadata';
import { Link } from '@/lib/i18n/navigation';
import { parseTableParams } from '@/lib/admin/table-params';
import { listProjectsForAdmin, PROJECT_SORTS } from '@/lib/projects/admin-queries';
import { requireEditorPage } from '@/lib/auth/require-page';

export const generateMetadata = adminMetadata('admin.projects');

export default async function AdminProjects({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { locale } = await params;
  setRequestLocale(locale);
  // Checked here, not only in the layout: layouts do not re-run on client navigation.
  if (!(await requireEditorPage(locale, '/admin/projects'))) notFound();
  const t = await getTranslations('admin');
  const tStatus = await getTranslations('catalog.projectStatus');
  const table = parseTableParams(await searchParams, PROJECT_SORTS, 'name');
  const { rows, total } = await listProjectsForAdmin(table);
  const base = '/admin/projects';
  return (
    <AdminTablePage section="projects" table={table} total={total} isEmpty={rows.length === 0}
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
    </AdminTablePage>
  );
}
