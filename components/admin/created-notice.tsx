import { getTranslations } from 'next-intl/server';

/** "Created." after a redirect from a new-record form (?created=1). */
export async function CreatedNotice({ searchParams }: { searchParams: Record<string, string | string[] | undefined> }) {
  if (searchParams.created !== '1') return null;
  const t = await getTranslations('admin.form');
  return (
    <p role="status" className="rounded-lg border border-emerald-300 bg-emerald-50 p-3 text-sm font-medium" data-testid="created-notice">
      {t('created')}
    </p>
  );
}
