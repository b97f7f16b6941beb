import { getTranslations } from 'next-intl/server';
import { Link } from '@/lib/i18n/navigation';
import { adminHref, type AuditEntityType } from '@/lib/audit/types';
import { Timestamp } from '../timestamp';

type Event = { id: number; entityType: string; entityId: number; action: string; label: string; createdAt: Date; user: { name: string } | null };

/** "Ada created pairing Slutsk District – Wuwei · 24 Nov 2026, 18:02 UTC" */
export async function AuditEventLine({ event }: { event: Event }) {
  const t = await getTranslations('admin.audit');
  return (
    <span className="flex flex-wrap items-baseline justify-between gap-2">
      <span>
        <span className="font-medium">{event.user?.name ?? t('someone')}</span> {t(`actions.${event.action}`)} {t(`entities.${event.entityType}`)}{' '}
        <Link href={adminHref(event.entityType as AuditEntityType, event.entityId)}>{event.label || `#${event.entityId}`}</Link>
      </span>
      <Link href={`/admin/audit/${event.id}`} className="text-xs text-muted">
        <Timestamp value={event.createdAt} />
      </Link>
    </span>
  );
}
