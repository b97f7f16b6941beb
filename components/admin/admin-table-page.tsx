import type { ReactNode } from 'react';
import { getTranslations } from 'next-intl/server';
import { AdminPageHeader } from './page-header';
import { Pagination, TableFrame, TableToolbar, type TableParams } from './table';

/**
 * The frame every admin list shares: title and intro, search/deleted toolbar with the
 * "new" button, the table and its pagination. `messages` is the section's key under
 * `admin` in the catalogue (defaults to `section`, the URL segment).
 */
export async function AdminTablePage({
  section,
  messages = section,
  table,
  total,
  isEmpty,
  head,
  children,
}: {
  section: string;
  messages?: string;
  table: TableParams;
  total: number;
  isEmpty: boolean;
  head: ReactNode;
  children: ReactNode;
}) {
  const t = await getTranslations('admin');
  const base = `/admin/${section}`;
  const m = (key: string) => t(`${messages}.${key}` as 'places.title');
  return (
    <div className="space-y-4">
      <AdminPageHeader title={m('title')} description={m('intro')} />
      <TableToolbar basePath={base} params={table} total={total} newHref={`${base}/new`} newLabel={m('new')} searchLabel={m('search')} />
      <TableFrame empty={isEmpty ? t('table.empty') : null} head={head}>
        {children}
      </TableFrame>
      <Pagination basePath={base} params={table} total={total} />
    </div>
  );
}
