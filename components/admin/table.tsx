import type { ReactNode } from 'react';
import { getTranslations } from 'next-intl/server';
import { ScrollRegion } from '@/components/layout/scroll-region';
import { Link } from '@/lib/i18n/navigation';
import { ADMIN_PAGE_SIZE } from '@/lib/admin/table-params';

export type TableParams = { q: string; sort: string; dir: 'asc' | 'desc'; page: number; showDeleted: boolean };

function hrefWith(basePath: string, params: TableParams, overrides: Partial<TableParams>) {
  const merged = { ...params, ...overrides };
  const search = new URLSearchParams();
  if (merged.q) search.set('q', merged.q);
  search.set('sort', merged.sort);
  search.set('dir', merged.dir);
  if (merged.page > 1) search.set('page', String(merged.page));
  if (merged.showDeleted) search.set('deleted', '1');
  return `${basePath}?${search}`;
}

/** Search box, live/deleted switch and the "new" button above an admin table. */
export async function TableToolbar({
  basePath,
  params,
  newHref,
  newLabel,
  searchLabel,
  total,
}: {
  basePath: string;
  params: TableParams;
  newHref?: string;
  newLabel?: string;
  searchLabel: string;
  total: number;
}) {
  const t = await getTranslations('admin.table');
  return (
    <div className="flex flex-wrap items-end justify-between gap-3">
      <form method="get" className="flex flex-wrap items-end gap-2" role="search">
        <div>
          <label htmlFor="admin-search" className="block text-xs text-muted">
            {searchLabel}
          </label>
          <input
            id="admin-search"
            name="q"
            type="search"
            defaultValue={params.q}
            className="w-64 rounded-md border border-line bg-white px-3 py-2 text-sm"
            placeholder={t('searchPlaceholder')}
          />
        </div>
        <input type="hidden" name="sort" value={params.sort} />
        <input type="hidden" name="dir" value={params.dir} />
        {params.showDeleted && <input type="hidden" name="deleted" value="1" />}
        <button type="submit" className="rounded-md border border-line bg-white px-3 py-2 text-sm hover:border-cn">
          {t('search')}
        </button>
        <span className="pb-2 text-xs text-muted">{t('count', { count: total })}</span>
      </form>
      <div className="flex items-center gap-3">
        <Link href={hrefWith(basePath, params, { showDeleted: !params.showDeleted, page: 1 })} className="text-sm text-muted underline hover:text-ink">
          {params.showDeleted ? t('showLive') : t('showDeleted')}
        </Link>
        {newHref && (
          <Link href={newHref} className="rounded-md bg-cn px-3 py-2 text-sm font-semibold text-white no-underline hover:bg-ink">
            {newLabel}
          </Link>
        )}
      </div>
    </div>
  );
}

export function SortableTh({ basePath, params, column, children }: { basePath: string; params: TableParams; column: string; children: ReactNode }) {
  const active = params.sort === column;
  const dir = active && params.dir === 'asc' ? 'desc' : 'asc';
  return (
    <th scope="col" aria-sort={active ? (params.dir === 'asc' ? 'ascending' : 'descending') : 'none'} className="px-3 py-2 text-left font-medium">
      <Link href={hrefWith(basePath, params, { sort: column, dir, page: 1 })} className="inline-flex items-center gap-1 text-ink no-underline hover:text-cn">
        {children}
        <span aria-hidden className={active ? 'text-cn' : 'text-line'}>
          {active && params.dir === 'desc' ? '▼' : '▲'}
        </span>
      </Link>
    </th>
  );
}

export function Th({ children }: { children: ReactNode }) {
  return (
    <th scope="col" className="px-3 py-2 text-left font-medium">
      {children}
    </th>
  );
}

export async function TableFrame({ head, children, empty }: { head: ReactNode; children: ReactNode; empty: ReactNode | null }) {
  const t = await getTranslations('a11y');
  return (
    <ScrollRegion label={t('scrollTable')} className="rounded-lg border border-line bg-white">
      <table className="w-full min-w-[40rem] text-sm">
        <thead className="border-b border-line bg-paper text-xs uppercase tracking-wide text-muted">
          <tr>{head}</tr>
        </thead>
        <tbody className="divide-y divide-line">{children}</tbody>
      </table>
      {empty && <p className="p-8 text-center text-muted">{empty}</p>}
    </ScrollRegion>
  );
}

export async function Pagination({ basePath, params, total }: { basePath: string; params: TableParams; total: number }) {
  const t = await getTranslations('admin.table');
  const pages = Math.max(1, Math.ceil(total / ADMIN_PAGE_SIZE));
  if (pages <= 1) return null;
  return (
    <nav aria-label={t('pages')} className="flex items-center justify-center gap-4 text-sm">
      {params.page > 1 ? <Link href={hrefWith(basePath, params, { page: params.page - 1 })}>{t('previous')}</Link> : <span className="text-muted">{t('previous')}</span>}
      <span>{t('pageOf', { page: params.page, pages })}</span>
      {params.page < pages ? <Link href={hrefWith(basePath, params, { page: params.page + 1 })}>{t('next')}</Link> : <span className="text-muted">{t('next')}</span>}
    </nav>
  );
}

export async function DeletedBadge() {
  const t = await getTranslations('admin.table');
  return <span className="ml-2 rounded bg-by-soft px-1.5 py-0.5 text-[10px] font-semibold uppercase text-by">{t('deleted')}</span>;
}
