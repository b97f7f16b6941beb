import type { ReactNode } from 'react';
import { getTranslations } from 'next-intl/server';
import { publicHrefOf } from '@/lib/admin/public-href';
import type { EntityType } from '@/lib/audit/types';
import { Link } from '@/lib/i18n/navigation';
import { RecordActions } from './form/record-actions';
import { AdminPageHeader } from './page-header';

/**
 * Title of an edit page, with links (extra ones first, then where readers see it and
 * the change history) and delete/restore. A deleted record says so here; the form
 * below it is wrapped in ReadOnlyWhenDeleted.
 */
export async function RecordEditHeader({
  entityType,
  record,
  title,
  links,
}: {
  entityType: EntityType;
  record: { id: number; version: number; deletedAt: Date | null };
  title: ReactNode;
  links?: ReactNode;
}) {
  const t = await getTranslations('admin');
  const tl = await getTranslations('editing.lifecycle');
  const publicHref = await publicHrefOf(entityType, record.id);
  return (
    <>
      <AdminPageHeader
        title={title}
        description={
          <>
            {links}
            {publicHref ? (
              <Link href={publicHref} data-testid="public-page-link">
                {t('form.publicPage')}
              </Link>
            ) : (
              <span data-testid="no-public-page">{tl('notPublic')}</span>
            )}{' '}
            · <Link href={`/admin/audit?entity=${entityType}&record=${record.id}`}>{t('form.history')}</Link>
          </>
        }
        actions={<RecordActions entityType={entityType} id={record.id} version={record.version} deleted={record.deletedAt !== null} />}
      />
      {record.deletedAt && (
        <p id="deleted-notice" role="note" data-testid="deleted-notice" className="rounded-lg border border-by/30 bg-by-soft p-3 text-sm">
          {tl('deletedNotice', { noun: t(`audit.entities.${entityType}`) })}
        </p>
      )}
    </>
  );
}

/**
 * A deleted record's form, read-only until it is restored: a disabled fieldset
 * disables every control inside it (the server refuses such a save anyway).
 */
export function ReadOnlyWhenDeleted({ deleted, children }: { deleted: boolean; children: ReactNode }) {
  if (!deleted) return children;
  return (
    <fieldset disabled aria-describedby="deleted-notice" data-testid="read-only-form" className="min-w-0 opacity-70">
      {children}
    </fieldset>
  );
}
