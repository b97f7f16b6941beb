'use client';
import { useState, useTransition } from 'react';
import { useTranslations } from 'next-intl';
import { useRouter } from '@/lib/i18n/navigation';
import { deleteRecord } from '@/lib/actions/records/delete-record';
import { restoreRecord } from '@/lib/actions/records/restore-record';
import type { EntityType } from '@/lib/audit/types';

/**
 * Delete (soft) or restore a record, with an Undo right after either. The version
 * guards against deleting something another editor just changed.
 */
export function RecordActions({ entityType, id, version, deleted }: { entityType: EntityType; id: number; version: number; deleted: boolean }) {
  const t = useTranslations('admin.record');
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [state, setState] = useState<{ deleted: boolean; version: number; message: string | null; undo: boolean }>({
    deleted,
    version,
    message: null,
    undo: false,
  });

  function run(kind: 'delete' | 'restore', undo: boolean) {
    startTransition(async () => {
      const action = kind === 'delete' ? deleteRecord : restoreRecord;
      const result = await action({ entityType, id, version: state.version });
      if (result.ok) {
        setState({ deleted: kind === 'delete', version: result.data.version, message: t(kind === 'delete' ? 'deleted' : 'restored'), undo: !undo });
        router.refresh();
      } else {
        setState((s) => ({ ...s, message: result.error, undo: false }));
      }
    });
  }

  return (
    <div className="flex flex-wrap items-center gap-3" data-testid="record-actions">
      {state.deleted ? (
        <button type="button" disabled={pending} onClick={() => run('restore', false)} className="rounded-md border border-cn px-3 py-1.5 text-sm font-medium text-cn hover:bg-cn-soft">
          {t('restore')}
        </button>
      ) : (
        <button
          type="button"
          disabled={pending}
          onClick={() => run('delete', false)}
          className="rounded-md border border-by/40 px-3 py-1.5 text-sm font-medium text-by hover:bg-by-soft"
        >
          {t('delete')}
        </button>
      )}
      {state.message && (
        <p role="status" className="text-sm">
          {state.message}
          {state.undo && (
            <button type="button" disabled={pending} className="ml-2 font-semibold text-cn underline" onClick={() => run(state.deleted ? 'restore' : 'delete', true)}>
              {t('undo')}
            </button>
          )}
        </p>
      )}
    </div>
  );
}
