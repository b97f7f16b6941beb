'use client';
import { useId, useState } from 'react';
import { useTranslations } from 'next-intl';
import { Link } from '@/lib/i18n/navigation';
import { MAX_IMPORT_BYTES, MAX_IMPORT_MEGABYTES, MAX_IMPORT_ROWS, type ImportPreview, type ImportProgressEvent } from '@/lib/import/columns';

type Phase =
  | { kind: 'idle' }
  | { kind: 'checking' }
  | { kind: 'checked'; preview: ImportPreview }
  | { kind: 'importing'; preview: ImportPreview; done: number; total: number }
  | { kind: 'done'; result: Extract<ImportProgressEvent, { type: 'done' }> }
  | { kind: 'failed'; error: string; preview?: ImportPreview };

const PREVIEW_LIMIT = 300;

/** Choose a CSV → server checks every row (preview) → import all rows in one transaction, with progress. */
export function ImportWizard() {
  const t = useTranslations('admin.import');
  const inputId = useId();
  const limitsId = useId();
  const [file, setFile] = useState<{ name: string; text: string } | null>(null);
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });

  async function check(text: string) {
    setPhase({ kind: 'checking' });
    try {
      const response = await fetch('/api/admin/import?mode=preview', { method: 'POST', headers: { 'content-type': 'text/csv' }, body: text });
      const body = (await response.json()) as ImportPreview & { error?: string };
      if (!response.ok) setPhase({ kind: 'failed', error: body.error ?? t('failed') });
      else setPhase({ kind: 'checked', preview: body });
    } catch {
      setPhase({ kind: 'failed', error: t('network') });
    }
  }

  async function commit(preview: ImportPreview) {
    if (!file) return;
    setPhase({ kind: 'importing', preview, done: 0, total: preview.counts.rows });
    try {
      const response = await fetch('/api/admin/import?mode=commit', { method: 'POST', headers: { 'content-type': 'text/csv' }, body: file.text });
      if (!response.ok || !response.body) {
        const body = (await response.json().catch(() => ({}))) as { error?: string; preview?: ImportPreview };
        setPhase({ kind: 'failed', error: body.error ?? t('failed'), preview: body.preview });
        return;
      }
      const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
      let buffer = '';
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        buffer += value;
        const lines = buffer.split('\n');
        buffer = lines.pop() ?? '';
        for (const line of lines.filter(Boolean)) {
          const event = JSON.parse(line) as ImportProgressEvent;
          if (event.type === 'progress') setPhase({ kind: 'importing', preview, done: event.done, total: event.total });
          else if (event.type === 'done') setPhase({ kind: 'done', result: event });
          else setPhase({ kind: 'failed', error: event.error });
        }
      }
    } catch {
      setPhase({ kind: 'failed', error: t('network') });
    }
  }

  const preview = phase.kind === 'checked' || phase.kind === 'importing' ? phase.preview : phase.kind === 'failed' ? phase.preview : undefined;

  return (
    <div className="space-y-5">
      <div className="flex flex-wrap items-end gap-3 rounded-lg border border-line bg-white p-4">
        <div className="min-w-0 max-w-full">
          <label htmlFor={inputId} className="block text-sm font-medium">
            {t('chooseFile')}
          </label>
          <input
            id={inputId}
            type="file"
            accept=".csv,text/csv"
            aria-describedby={limitsId}
            className="mt-1 block w-full max-w-full text-sm file:mr-3 file:rounded-md file:border-0 file:bg-cn-soft file:px-3 file:py-2 file:font-medium"
            onChange={async (event) => {
              const chosen = event.target.files?.[0];
              if (!chosen) return;
              if (chosen.size > MAX_IMPORT_BYTES) {
                setFile(null);
                setPhase({ kind: 'failed', error: t('tooLarge', { name: chosen.name, megabytes: MAX_IMPORT_MEGABYTES }) });
                return;
              }
              const text = await chosen.text();
              setFile({ name: chosen.name, text });
              await check(text);
            }}
          />
          <p id={limitsId} className="mt-1 text-xs text-muted">
            {t('limits', { rows: MAX_IMPORT_ROWS, megabytes: MAX_IMPORT_MEGABYTES })}
          </p>
        </div>
        <a href="/api/admin/import/template" className="pb-2 text-sm font-medium text-cn underline" download>
          {t('template')}
        </a>
      </div>

      {phase.kind === 'checking' && (
        <p role="status" className="text-sm text-muted">
          {t('checking')}
        </p>
      )}
      {phase.kind === 'failed' && (
        <p role="alert" className="rounded-lg border border-by/30 bg-by-soft p-3 text-sm font-medium" data-testid="import-error">
          {phase.error}
        </p>
      )}
      {phase.kind === 'done' && (
        <div role="status" className="space-y-2 rounded-lg border border-emerald-300 bg-emerald-50 p-4 text-sm" data-testid="import-done">
          <p className="font-semibold">{t('done', { pairings: phase.result.pairings, agreements: phase.result.agreements, seconds: (phase.result.ms / 1000).toFixed(1) })}</p>
          <Link href="/admin/pairings?sort=updated&dir=desc">{t('seePairings')}</Link>
        </div>
      )}

      {preview && (
        <section className="space-y-3" aria-label={t('preview')}>
          {preview.fileErrors.length > 0 ? (
            <ul role="alert" className="list-disc space-y-1 rounded-lg border border-by/30 bg-by-soft p-4 pl-8 text-sm" data-testid="file-errors">
              {preview.fileErrors.map((e) => (
                <li key={e}>{e}</li>
              ))}
            </ul>
          ) : (
            <div className="flex flex-wrap items-center justify-between gap-3">
              <p className="text-sm" data-testid="import-summary">
                {t('summary', { file: file?.name ?? '', ...preview.counts })}
              </p>
              {phase.kind === 'checked' && (
                <button
                  type="button"
                  disabled={preview.counts.errors > 0}
                  onClick={() => commit(preview)}
                  className="rounded-md bg-cn px-4 py-2 text-sm font-semibold text-white disabled:cursor-not-allowed disabled:opacity-50"
                >
                  {preview.counts.errors > 0 ? t('fixFirst') : t('importAll', { count: preview.counts.rows })}
                </button>
              )}
            </div>
          )}
          {phase.kind === 'importing' && (
            <div className="space-y-1" data-testid="import-progress">
              <progress className="h-3 w-full accent-cn" max={phase.total} value={phase.done} aria-label={t('progress')} />
              <p className="text-xs text-muted">{t('progressText', { done: phase.done, total: phase.total })}</p>
            </div>
          )}
          {preview.rows.length > 0 && (
            <div className="max-h-[32rem] overflow-auto rounded-lg border border-line bg-white">
              <table className="w-full text-sm">
                <thead className="sticky top-0 border-b border-line bg-paper text-xs uppercase text-muted">
                  <tr>
                    <th className="px-3 py-2 text-left">{t('line')}</th>
                    <th className="px-3 py-2 text-left">{t('pairing')}</th>
                    <th className="px-3 py-2 text-left">{t('result')}</th>
                  </tr>
                </thead>
                <tbody className="divide-y divide-line">
                  {[...preview.rows.filter((r) => r.status === 'error'), ...preview.rows.filter((r) => r.status !== 'error')].slice(0, PREVIEW_LIMIT).map((row) => (
                    <tr key={row.line} className={row.status === 'error' ? 'bg-by-soft/60' : ''} data-testid="import-row">
                      <td className="px-3 py-1.5 tabular-nums">{row.line}</td>
                      <td className="px-3 py-1.5">{row.label}</td>
                      <td className="px-3 py-1.5">
                        {row.status === 'error' ? (
                          <ul className="space-y-0.5 text-by">
                            {row.errors.map((e, i) => (
                              <li key={i}>
                                <span className="font-mono text-xs">{e.column}</span>: {e.message}
                              </li>
                            ))}
                          </ul>
                        ) : (
                          t(row.status)
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
              {preview.rows.length > PREVIEW_LIMIT && <p className="p-3 text-center text-xs text-muted">{t('more', { count: preview.rows.length - PREVIEW_LIMIT })}</p>}
            </div>
          )}
        </section>
      )}
    </div>
  );
}
