import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { AuditFilters } from '@/components/admin/audit/audit-filters';
import { AdminPageHeader, Forbidden } from '@/components/admin/page-header';
import { TableFrame, Th } from '@/components/admin/table';
import { requireEditorPage } from '@/lib/auth/require-page';
import { AUDIT_PAGE_SIZE, listAuditEvents, listAuditUsers, parseAuditFilters } from '@/lib/audit/queries';
import { adminHref, type AuditEntityType } from '@/lib/audit/types';
import { Link } from '@/lib/i18n/navigation';
import { Timestamp } from '@/components/admin/timestamp';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('admin.audit');
  return { title: t('title'), robots: { index: false } };
}

export default async function AuditPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('admin.audit');
  if (!(await requireEditorPage(locale, '/admin/audit'))) return <Forbidden message={t('editorsOnly')} />;
  const filters = parseAuditFilters(await searchParams);
  const [{ rows, total }, users] = await Promise.all([listAuditEvents(filters), listAuditUsers()]);
  const pages = Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE));
  const pageHref = (page: number) => {
    const search = new URLSearchParams(Object.entries(filters).filter(([, v]) => v !== undefined).map(([k, v]) => [k, String(v)]));
    search.set('page', String(page));
    return `/admin/audit?${search}`;
  };
  return (
    <div className="space-y-4">
      <AdminPageHeader title={t('title')} description={t('intro')} />
      <AuditFilters filters={filters} users={users} />
      <p className="text-xs text-muted">{t('count', { count: total })}</p>
      <TableFrame
        empty={rows.length === 0 ? t('empty') : null}
        head={
          <>
            <Th>{t('when')}</Th>
            <Th>{t('who')}</Th>
            <Th>{t('what')}</Th>
            <Th>{t('record')}</Th>
            <Th>{t('diff')}</Th>
          </>
        }
      >
        {rows.map((event) => (
          <tr key={event.id} data-testid="audit-row" className="hover:bg-paper">
            <td className="whitespace-nowrap px-3 py-2 text-xs tabular-nums">
              <Timestamp value={event.createdAt} />
            </td>
            <td className="px-3 py-2">{event.user?.name ?? t('someone')}</td>
            <td className="px-3 py-2">
              <span className="rounded bg-cn-soft px-1.5 py-0.5 text-xs font-medium">{t(`actions.${event.action}` as 'actions.create')}</span>{' '}
              {t(`entities.${event.entityType}` as 'entities.place')}
            </td>
            <td className="px-3 py-2">
              <Link href={adminHref(event.entityType as AuditEntityType, event.entityId)}>{event.label || `#${event.entityId}`}</Link>
            </td>
            <td className="px-3 py-2">
              <Link href={`/admin/audit/${event.id}`} className="font-medium">
                {t('view')}
              </Link>
            </td>
          </tr>
        ))}
      </TableFrame>
      {pages > 1 && (
        <nav className="flex items-center justify-center gap-4 text-sm" aria-label={t('pages')}>
          {filters.page > 1 && <Link href={pageHref(filters.page - 1)}>{t('newer')}</Link>}
          <span>{t('pageOf', { page: filters.page, pages })}</span>
          {filters.page < pages && <Link href={pageHref(filters.page + 1)}>{t('older')}</Link>}
        </nav>
      )}
    </div>
  );
}
