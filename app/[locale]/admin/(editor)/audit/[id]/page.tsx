import { ScrollRegion } from '@/components/layout/scroll-region';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { parseRecordId } from '@/lib/admin/page-metadata';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { RevertButton } from '@/components/admin/audit/revert-button';
import { AdminPageHeader, Forbidden } from '@/components/admin/page-header';
import { requireEditorPage } from '@/lib/auth/require-page';
import { diffSnapshots, displayValue } from '@/lib/audit/diff';
import { getAuditEvent } from '@/lib/audit/queries';
import { adminHref, type AuditEntityType } from '@/lib/audit/types';
import { Link } from '@/lib/i18n/navigation';
import { formatTimestamp } from '@/lib/dates/format-timestamp';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('admin.audit');
  return { title: t('change'), robots: { index: false } };
}

export default async function AuditEventPage({ params }: { params: Promise<{ locale: string; id: string }> }) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('admin.audit');
  const me = await requireEditorPage(locale, `/admin/audit/${id}`);
  if (!me) return <Forbidden message={t('editorsOnly')} />;
  const recordId = parseRecordId(id);
  const event = recordId === null ? null : await getAuditEvent(recordId);
  if (!event) notFound();
  const changes = diffSnapshots(event.before, event.after);
  const heading = `${t(`actions.${event.action}` as 'actions.create')} ${t(`entities.${event.entityType}` as 'entities.place')}: ${event.label}`;
  return (
    <div className="space-y-4">
      <AdminPageHeader
        title={heading.charAt(0).toUpperCase() + heading.slice(1)}
        description={
          <>
            {t('by', { name: event.user?.name ?? t('someone'), at: formatTimestamp(event.createdAt, locale) })} ·{' '}
            <Link href={adminHref(event.entityType as AuditEntityType, event.entityId)}>{t('openRecord')}</Link>
            {event.revertOfId && (
              <>
                {' '}
                · <Link href={`/admin/audit/${event.revertOfId}`}>{t('revertOf', { id: event.revertOfId })}</Link>
              </>
            )}
          </>
        }
        actions={
          event.entityType === 'user' || event.revertedBy ? undefined : me.role === 'admin' || event.user?.id === me.id ? (
            <RevertButton eventId={event.id} />
          ) : (
            <p className="max-w-xs text-right text-sm text-muted" data-testid="revert-own-only">
              {t('revertOwnOnly')}
            </p>
          )
        }
      />
      {event.revertedBy && (
        <p className="rounded-lg border border-line bg-white p-3 text-sm">
          <Link href={`/admin/audit/${event.revertedBy.id}`}>{t('revertedBy', { id: event.revertedBy.id })}</Link>
        </p>
      )}
      <ScrollRegion label={(await getTranslations('a11y'))('scrollTable')} className="rounded-lg border border-line bg-white">
        <table className="w-full text-sm" data-testid="audit-diff">
          <thead className="border-b border-line bg-paper text-xs uppercase tracking-wide text-muted">
            <tr>
              <th className="px-3 py-2 text-left font-medium">{t('field')}</th>
              <th className="px-3 py-2 text-left font-medium">{t('before')}</th>
              <th className="px-3 py-2 text-left font-medium">{t('after')}</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-line">
            {changes.map((change) => (
              <tr key={change.field} className="align-top">
                <td className="px-3 py-2 font-mono text-xs">{change.field}</td>
                <td className="max-w-md whitespace-pre-wrap break-words bg-by-soft/50 px-3 py-2">{displayValue(change.before)}</td>
                <td className="max-w-md whitespace-pre-wrap break-words bg-emerald-50 px-3 py-2">{displayValue(change.after)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {changes.length === 0 && <p className="p-6 text-center text-muted">{t('noChanges')}</p>}
      </ScrollRegion>
    </div>
  );
}
