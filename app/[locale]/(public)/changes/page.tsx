import type { Metadata } from 'next';
import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server';
import { z } from 'zod';
import { listPublicChanges } from '@/lib/changes/public-changes';
import { localeAlternates } from '@/lib/i18n/alternates';
import { Link } from '@/lib/i18n/navigation';

export const dynamic = 'force-dynamic';

const PAGE_SIZE = 50;

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

/** `?before=<change id>` pages back; anything else shows the newest. */
const beforeParam = z.coerce.number().int().positive().optional().catch(undefined);

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'changes' });
  return {
    title: t('title'),
    description: t('metaDescription'),
    alternates: { ...localeAlternates(locale, '/changes'), types: { 'application/atom+xml': `/feeds/changes.atom?lang=${locale}` } },
  };
}

/** The public change history (docs/data-model.md, "Public changes"): a page of the audit log with public fields only. */
export default async function ChangesPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const before = beforeParam.parse([(await searchParams).before].flat()[0]);
  const [t, tEntity, tField, format] = await Promise.all([
    getTranslations('changes'),
    getTranslations('changes.entity'),
    getTranslations('changes.field'),
    getFormatter(),
  ]);
  const result = await listPublicChanges({ locale, before, take: PAGE_SIZE });
  const items = result?.items ?? [];
  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <h1 className="text-2xl font-semibold tracking-tight sm:text-3xl">{t('title')}</h1>
        <p className="max-w-3xl text-muted">{t('intro')}</p>
        <p>
          <a className="text-sm font-medium" href={`/feeds/changes.atom?lang=${locale}`} type="application/atom+xml">
            {t('feedLink')}
          </a>
        </p>
      </header>
      {items.length === 0 ? (
        <p className="rounded-lg border border-dashed border-line bg-white p-8 text-center text-muted" data-testid="changes-empty">
          {t('empty')}
        </p>
      ) : (
        <ol aria-label={t('listLabel')} className="divide-y divide-line rounded-lg border border-line bg-white" data-testid="changes">
          {items.map((change) => (
            <li key={change.id} className="space-y-1 p-4" data-change-id={change.id}>
              <p className="text-sm text-muted">
                <time dateTime={change.at.toISOString()}>{format.dateTime(change.at, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' })} UTC</time>
                {' · '}
                {change.kind === 'added' ? t('added') : t('updated')} · {tEntity(change.entityType)}
              </p>
              <p className="font-medium">
                <Link href={change.path}>
                  {change.title}
                </Link>
              </p>
              {change.context && <p className="text-sm text-muted">{t('entryContext', { context: change.context })}</p>}
              {change.fields.length > 0 && (
                <p className="text-sm">{t('changedFields', { fields: format.list(change.fields.map((f) => tField(f)), { type: 'conjunction' }) })}</p>
              )}
            </li>
          ))}
        </ol>
      )}
      <nav className="flex gap-4 text-sm" aria-label={t('title')}>
        {before && (
          <Link href="/changes">
            {t('newest')}
          </Link>
        )}
        {result?.next && (
          <Link href={{ pathname: '/changes', query: { before: result.next } }} rel="next">
            {t('older')}
          </Link>
        )}
      </nav>
    </div>
  );
}
