'use client';
import { useState, useTransition } from 'react';
import { useTranslations } from 'next-intl';
import { Link, useRouter } from '@/lib/i18n/navigation';
import { deleteRecord } from '@/lib/actions/records/delete-record';
import { restoreRecord } from '@/lib/actions/records/restore-record';
import type { ActionResult } from '@/lib/actions/result';
import type { EntityType } from '@/lib/audit/types';

type Failure = Extract<ActionResult<unknown>, { ok: false }>;

/**
 * Delete (soft) or restore a record. A delete is asked for twice (the second click
 * confirms what happens); a refusal because live records still use it lists them with
 * links. A deleted record shows one way back: Restore. The version guards against
 * deleting something another editor just changed.
 */
export function RecordActions({ entityType, id, version, deleted }: { entityType: EntityType; id: number; version: number; deleted: boolean }) {
  const t = useTranslations('editing.lifecycle');
  const entities = useTranslations('admin.audit.entities');
  const noun = entities(entityType);
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [state, setState] = useState({ deleted, version, message: null as string | null });
  const [confirming, setConfirming] = useState(false);
  const [failure, setFailure] = useState<Failure | null>(null);

  function run(kind: 'delete' | 'restore') {
    startTransition(async () => {
      const action = kind === 'delete' ? deleteRecord : restoreRecord;
      const result = await action({ entityType, id, version: state.version });
      setConfirming(false);
      if (result.ok) {
        setFailure(null);
        setState({ deleted: kind === 'delete', version: result.data.version, message: t(kind === 'delete' ? 'deleted' : 'restored', { noun }) });
        router.refresh();
      } else {
        setFailure(result);
        setState((s) => ({ ...s, message: null }));
      }
    });
  }

  return (
    <div className="flex max-w-md flex-col items-end gap-2" data-testid="record-actions">
      {state.deleted ? (
        <button type="button" disabled={pending} onClick={() => run('restore')} className="rounded-md border border-cn px-3 py-1.5 text-sm font-medium text-cn hover:bg-cn-soft">
          {t('restore')}
        </button>
      ) : confirming ? (
        <div role="group" aria-labelledby="confirm-delete-text" className="space-y-2 rounded-lg border border-by/40 bg-by-soft p-3 text-sm" data-testid="confirm-delete">
          <p id="confirm-delete-text">{t('confirmDelete', { noun })}</p>
          <div className="flex justify-end gap-2">
            <button type="button" onClick={() => setConfirming(false)} className="rounded-md px-3 py-1.5 text-muted hover:text-ink">
              {t('cancel')}
            </button>
            <button type="button" disabled={pending} onClick={() => run('delete')} className="rounded-md bg-by px-3 py-1.5 font-semibold text-white hover:bg-by/90">
              {t('confirmDeleteButton', { noun })}
            </button>
          </div>
        </div>
      ) : (
        <button
          type="button"
          disabled={pending}
          onClick={() => {
            setFailure(null);
            setConfirming(true);
          }}
          className="rounded-md border border-by/40 px-3 py-1.5 text-sm font-medium text-by hover:bg-by-soft"
        >
          {t('delete')}
        </button>
      )}
      {state.message && (
        <p role="status" className="text-sm">
          {state.message}
        </p>
      )}
      {failure && (
        <div role="alert" className="space-y-1 rounded-lg border border-by/30 bg-by-soft p-3 text-sm" data-testid="record-action-error">
          <p className="font-medium">{failure.error}</p>
          {failure.references && failure.references.length > 0 && (
            <>
              <p>{t(failure.referencesDeleted ? 'pointsAtDeleted' : 'usedBy', { count: failure.referenceCount ?? failure.references.length })}</p>
              <ul className="list-disc pl-5" data-testid="references">
                {failure.references.map((ref) => (
                  <li key={`${ref.entityType}-${ref.id}`}>
                    <Link href={ref.href}>{ref.label}</Link> <span className="text-muted">({entities(ref.entityType as EntityType)})</span>
                  </li>
                ))}
              </ul>
              {(failure.referenceCount ?? 0) > failure.references.length && (
                <p className="text-muted">{t('andMore', { count: failure.referenceCount! - failure.references.length })}</p>
              )}
            </>
          )}
        </div>
      )}
    </div>
  );
}
