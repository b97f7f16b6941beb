import type { ReactNode } from 'react';
import { getTranslations } from 'next-intl/server';
import type { EntityType } from '@/lib/audit/types';
import { Link } from '@/lib/i18n/navigation';
import { RecordActions } from './form/record-actions';
import { AdminPageHeader } from './page-header';

/** Title of an edit page, with links (extra ones first, then the audit history) and delete/restore. */
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
  return (
    <AdminPageHeader
      title={title}
      description={
        <>
          {links}
          <Link href={`/admin/audit?entity=${entityType}&record=${record.id}`}>{t('form.history')}</Link>
        </>
      }
      actions={<RecordActions entityType={entityType} id={record.id} version={record.version} deleted={record.deletedAt !== null} />}
    />
  );
}
